package org.smpboot.fuzz.icr;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DeliveryStatus;
import org.smpboot.kernel.api.apic.DestinationMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.TriggerMode;

/**
 * Fuzzes the local APIC Interrupt Command Register codec in both APIC modes, from both ends.
 *
 * <p>Each input is, in the order {@link FuzzedDataProvider} consumes it:
 * <ol>
 *   <li>the APIC mode;</li>
 *   <li>field choices, each within its field's range: vector, delivery mode, destination mode,
 *       delivery status, level, trigger mode, shorthand, destination (32 bits): the ICR software
 *       means to send ({@link RoundTrip});</li>
 *   <li>a raw 64-bit register value, as a register read returns it ({@link RawDecoding});</li>
 *   <li>a vector as an unconstrained {@code int}, for the record's own range check;</li>
 *   <li>a Start-Up address as an unconstrained {@code long}, for {@code Icr.startupVector}.</li>
 * </ol>
 *
 * <p>Seeds: the messages of a multiprocessor boot (INIT, INIT de-assert, Start-Up at 0x8000 and
 * 0x9F000, fixed IPIs, NMI, broadcast shorthands) in both modes, as field choices and as the raw
 * values {@code IcrCodec} encodes them to.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)" and §10.12.9 "ICR Operation
 *     in x2APIC Mode" (§11.6.1 and §11.12.9 in the 2023+ editions)
 */
public final class IcrTarget {

    private IcrTarget() {
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        ApicMode mode = data.pickValue(ApicMode.values());
        Icr chosen = new Icr(data.consumeInt(0, 0xFF), data.pickValue(DeliveryMode.values()),
                data.pickValue(DestinationMode.values()), data.pickValue(DeliveryStatus.values()),
                data.pickValue(Level.values()), data.pickValue(TriggerMode.values()),
                data.pickValue(DestinationShorthand.values()), data.consumeInt());
        RoundTrip.check(chosen, mode);
        RawDecoding.check(data.consumeLong(), mode);
        RoundTrip.checkVectorRange(chosen, data.consumeInt());
        RoundTrip.checkStartupAddress(data.consumeLong());
    }
}
