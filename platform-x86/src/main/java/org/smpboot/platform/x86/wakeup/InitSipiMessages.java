package org.smpboot.platform.x86.wakeup;

import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.TriggerMode;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * The ICR values of the INIT-SIPI-SIPI sequence, broadcast (the seed's) and unicast (Linux's).
 *
 * <p>INIT is sent level triggered with Level asserted, then de-asserted, as the MP spec's universal
 * algorithm does for old APICs; modern processors treat the first as edge triggered and ignore the
 * second (see {@link org.smpboot.kernel.api.apic.IcrRule}). Start-Up carries Level = 1 as the SDM
 * requires; Linux clears it (0x600|page), which works only because Pentium 4 and later ignore it.
 *
 * @spec Intel SDM Vol. 3A §8.4.4.1 "Typical BSP Initialization Sequence"; MP Spec 1.4 §B.4
 */
final class InitSipiMessages {

    private InitSipiMessages() {
    }

    /** INIT assert to all but self: the seed's 0x000CC500. */
    static Icr broadcastInitAssert() {
        return Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL)
                .withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF);
    }

    /** INIT de-assert to all including self, as the SDM recommends: the seed's 0x00088500. */
    static Icr broadcastInitDeassert() {
        return Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).withTriggerMode(TriggerMode.LEVEL)
                .withShorthand(DestinationShorthand.ALL_INCLUDING_SELF);
    }

    /** Start-Up to all but self: the seed's 0x000C4608 for 0x8000. */
    static Icr broadcastStartup(PhysicalAddress entry) {
        return Icr.startup(entry.value()).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF);
    }

    /** INIT assert to one APIC ID: Linux's 0xC500. */
    static Icr initAssert(ApicId target) {
        return Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL).withPhysicalDestination(target);
    }

    /** INIT de-assert to one APIC ID: Linux's 0x8500. */
    static Icr initDeassert(ApicId target) {
        return Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).withTriggerMode(TriggerMode.LEVEL)
                .withPhysicalDestination(target);
    }

    /** Start-Up to one APIC ID, Level asserted: 0x4600 | page. */
    static Icr startup(ApicId target, PhysicalAddress entry) {
        return Icr.startup(entry.value()).withPhysicalDestination(target);
    }
}
