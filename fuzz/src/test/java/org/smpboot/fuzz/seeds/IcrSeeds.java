package org.smpboot.fuzz.seeds;

import java.util.LinkedHashMap;
import java.util.Map;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DeliveryStatus;
import org.smpboot.kernel.api.apic.DestinationMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrRules;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.TriggerMode;

/**
 * Seeds of the ICR target: the messages a multiprocessor boot sends, in both APIC modes, as the
 * field choices and the raw value {@code IcrCodec} encodes them to (an unsendable one gets a value
 * with reserved bits set instead).
 */
final class IcrSeeds {

    private IcrSeeds() {
    }

    static Map<String, byte[]> all() {
        Map<String, Icr> messages = new LinkedHashMap<>();
        messages.put("init-all-but-self", Icr.of(DeliveryMode.INIT).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF));
        messages.put("init-deassert-all", Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT)
                .withTriggerMode(TriggerMode.LEVEL).withShorthand(DestinationShorthand.ALL_INCLUDING_SELF));
        messages.put("sipi-8000-to-1", Icr.startup(0x8000).withPhysicalDestination(ApicId.of(1)));
        messages.put("sipi-9f000-all-but-self", Icr.startup(0x9F000).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF));
        messages.put("fixed-30-to-3", Icr.fixed(0x30).withPhysicalDestination(ApicId.of(3)));
        messages.put("fixed-self", Icr.fixed(0xEF).withShorthand(DestinationShorthand.SELF));
        messages.put("nmi-logical", Icr.of(DeliveryMode.NMI).withDestinationMode(DestinationMode.LOGICAL).withDestination(0x0F));
        messages.put("lowest-priority", Icr.of(DeliveryMode.LOWEST_PRIORITY).withVector(0x41).withDestination(0x3));
        messages.put("smi-to-2", Icr.of(DeliveryMode.SMI).withPhysicalDestination(ApicId.of(2)));
        messages.put("reserved-startup-vector", Icr.of(DeliveryMode.STARTUP).withVector(0xA0));
        messages.put("pending-status", Icr.fixed(0x20).withDeliveryStatus(DeliveryStatus.SEND_PENDING));
        messages.put("wide-destination", Icr.startup(0x8000).withDestination(0x1_0000));
        // One message per rule the boot's messages keep: each reaches its predicate and its description.
        messages.put("rule-destination-ignored-with-shorthand", Icr.fixed(0xEF).withShorthand(DestinationShorthand.SELF)
                .withDestination(3));
        messages.put("rule-smi-with-vector", Icr.of(DeliveryMode.SMI).withVector(0x40).withPhysicalDestination(ApicId.of(2)));
        messages.put("rule-nmi-with-vector", Icr.of(DeliveryMode.NMI).withVector(0x40).withPhysicalDestination(ApicId.of(2)));
        messages.put("rule-illegal-vector", Icr.fixed(0x05).withPhysicalDestination(ApicId.of(1)));
        messages.put("rule-shorthand-only-with-fixed", Icr.of(DeliveryMode.NMI).withShorthand(DestinationShorthand.SELF));
        messages.put("rule-level-trigger-sent-as-edge", Icr.fixed(0x30).withTriggerMode(TriggerMode.LEVEL)
                .withPhysicalDestination(ApicId.of(1)));
        messages.put("rule-deassert-only-for-init", Icr.fixed(0x30).withLevel(Level.DEASSERT).withPhysicalDestination(ApicId.of(1)));
        messages.put("rule-init-deassert-needs-level-trigger", Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT)
                .withShorthand(DestinationShorthand.ALL_INCLUDING_SELF));
        messages.put("rule-lowest-priority-all-but-self", Icr.of(DeliveryMode.LOWEST_PRIORITY).withVector(0x41)
                .withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF));
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (ApicMode mode : ApicMode.values()) {
            messages.forEach((name, icr) -> seeds.put("builder-%s-%s".formatted(mode.mnemonic(), name), seed(mode, icr)));
        }
        return seeds;
    }

    private static byte[] seed(ApicMode mode, Icr icr) {
        long raw = IcrRules.isSendable(icr, mode) ? IcrCodec.encode(icr, mode) : 0xFFFF_0000_FFF0_2000L;
        return new FuzzedDataWriter()
                .pickValue(ApicMode.values(), mode)
                .consumeInt(0, 0xFF, icr.vector())
                .pickValue(DeliveryMode.values(), icr.deliveryMode())
                .pickValue(DestinationMode.values(), icr.destinationMode())
                .pickValue(DeliveryStatus.values(), icr.deliveryStatus())
                .pickValue(Level.values(), icr.level())
                .pickValue(TriggerMode.values(), icr.triggerMode())
                .pickValue(DestinationShorthand.values(), icr.shorthand())
                .consumeInt(icr.destination())
                .consumeLong(raw)
                .consumeInt(icr.vector() + 0x100)
                .toBytes();
    }
}
