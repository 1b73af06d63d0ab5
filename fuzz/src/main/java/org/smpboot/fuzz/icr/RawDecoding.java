package org.smpboot.fuzz.icr;

import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.IcrRule;
import org.smpboot.kernel.api.apic.IcrRules;
import org.smpboot.kernel.api.apic.InvalidIcrException;

/**
 * Any 64-bit value decodes: leniently always, strictly unless a reserved bit is set, and then
 * only with {@link IcrRule#RESERVED_BITS_SET}. The decoded fields are checked against a second,
 * independent reading of the SDM's bit table (the oracle does not reuse {@code IcrLayout}'s
 * masks), and a sendable decoding encodes back to the value's defined bits.
 *
 * <pre>
 * bits   0-7 vector, 8-10 delivery mode, 11 destination mode, 12 delivery status (xAPIC only),
 *        14 level, 15 trigger mode, 18-19 shorthand,
 *        56-63 destination (xAPIC) or 32-63 destination (x2APIC); every other bit reserved
 * </pre>
 *
 * @spec Intel SDM Vol. 3A, Figure 10-12 "Interrupt Command Register (ICR)" and Figure 10-28
 *     "Interrupt Command Register (ICR) in x2APIC Mode"
 */
final class RawDecoding {

    /** The defined bits of the low word in both modes, bit 12 (delivery status) excluded. */
    private static final long LOW_DEFINED = 0xFFL | 0b111L << 8 | 1L << 11 | 1L << 14 | 1L << 15 | 0b11L << 18;
    private static final long STATUS_BIT = 1L << 12;

    private RawDecoding() {
    }

    static void check(long raw, ApicMode mode) {
        boolean x2Apic = mode == ApicMode.X2APIC;
        long destinationBits = x2Apic ? 0xFFFF_FFFFL << 32 : 0xFFL << 56;
        long defined = LOW_DEFINED | destinationBits | (x2Apic ? 0 : STATUS_BIT);
        Icr lenient = IcrCodec.decode(raw, mode, IcrCodec.Decoding.LENIENT);
        int status = x2Apic ? 0 : (int) (raw >>> 12 & 1);
        int destination = (int) (x2Apic ? raw >>> 32 : raw >>> 56 & 0xFF);
        if (lenient.vector() != (int) (raw & 0xFF) || lenient.deliveryMode().encoding() != (int) (raw >>> 8 & 0b111)
                || lenient.destinationMode().encoding() != (int) (raw >>> 11 & 1)
                || lenient.deliveryStatus().encoding() != status || lenient.level().encoding() != (int) (raw >>> 14 & 1)
                || lenient.triggerMode().encoding() != (int) (raw >>> 15 & 1)
                || lenient.shorthand().encoding() != (int) (raw >>> 18 & 0b11) || lenient.destination() != destination) {
            throw Finding.of("0x%016x in %s decodes to %s", raw, mode, lenient);
        }
        boolean reserved = (raw & ~defined) != 0;
        try {
            Icr strict = IcrCodec.decode(raw, mode, IcrCodec.Decoding.STRICT);
            if (reserved || !strict.equals(lenient)) {
                throw Finding.of("0x%016x in %s decodes strictly to %s (leniently %s)", raw, mode, strict, lenient);
            }
        } catch (InvalidIcrException refused) {
            if (!reserved || refused.rule() != IcrRule.RESERVED_BITS_SET) {
                throw Finding.of("0x%016x in %s refused by a strict decode for %s", raw, mode, refused.rule());
            }
        }
        if (!x2Apic) {
            Icr words = IcrCodec.decodeXApic(IcrLayout.high(raw), IcrLayout.low(raw), IcrCodec.Decoding.LENIENT);
            if (!words.equals(lenient)) {
                throw Finding.of("0x%016x as MMIO words decodes to %s, as one value to %s", raw, words, lenient);
            }
        }
        if (lenient.deliveryStatus() == DeliveryStatus.IDLE && IcrRules.isSendable(lenient, mode)) {
            long encoded = IcrCodec.encode(lenient, mode);
            if (encoded != (raw & defined & ~STATUS_BIT)) {
                throw Finding.of("0x%016x in %s decodes to %s, which encodes to 0x%016x", raw, mode, lenient, encoded);
            }
        }
    }
}
