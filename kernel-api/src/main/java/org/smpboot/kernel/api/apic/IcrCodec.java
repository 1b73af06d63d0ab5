package org.smpboot.kernel.api.apic;

import static org.smpboot.kernel.api.apic.IcrLayout.DELIVERY_MODE_MASK;
import static org.smpboot.kernel.api.apic.IcrLayout.DELIVERY_MODE_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.DELIVERY_STATUS_MASK;
import static org.smpboot.kernel.api.apic.IcrLayout.DELIVERY_STATUS_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.DESTINATION_MODE_MASK;
import static org.smpboot.kernel.api.apic.IcrLayout.DESTINATION_MODE_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.LEVEL_MASK;
import static org.smpboot.kernel.api.apic.IcrLayout.LEVEL_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.SHORTHAND_MASK;
import static org.smpboot.kernel.api.apic.IcrLayout.SHORTHAND_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.TRIGGER_MODE_MASK;
import static org.smpboot.kernel.api.apic.IcrLayout.TRIGGER_MODE_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.VECTOR_MASK;
import static org.smpboot.kernel.api.apic.IcrLayout.VECTOR_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.X2APIC_DESTINATION_SHIFT;
import static org.smpboot.kernel.api.apic.IcrLayout.XAPIC_DESTINATION_SHIFT;

/**
 * Encodes an {@link Icr} to the raw 64-bit register value of either APIC mode and decodes it back,
 * bit-exact with the SDM; every shift and mask comes from {@link IcrLayout}.
 *
 * <p>Encoding refuses values that break a forbidden {@link IcrRule}, so nothing is silently
 * truncated or sent with undefined effect. Decoding is total: every 64-bit value decodes; in
 * {@link Decoding#STRICT} mode a value with reserved bits set is refused, in {@link Decoding#LENIENT}
 * mode those bits are dropped, as hardware ignores them.
 *
 * <p>Neither direction allocates on success.
 *
 * @implSpec Stateless and thread-safe.
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)" and §10.12.9 "ICR Operation
 *     in x2APIC Mode" (§11.6.1 and §11.12.9 in the 2023+ editions)
 */
public final class IcrCodec {

    /** How {@link #decode} treats reserved bits. */
    public enum Decoding {
        /** Reserved bits set make decoding fail with {@link IcrRule#RESERVED_BITS_SET}. */
        STRICT,
        /** Reserved bits are ignored, as the hardware ignores them on read. */
        LENIENT
    }

    private IcrCodec() {
    }

    /**
     * {@return the raw register value of {@code icr} in {@code mode}} In xAPIC mode, write
     * {@link IcrLayout#high} to offset 0x310 first, then {@link IcrLayout#low} to 0x300; in
     * x2APIC mode write the whole value to MSR 0x830.
     *
     * @throws InvalidIcrException if {@code icr} breaks a forbidden rule in {@code mode}
     */
    public static long encode(Icr icr, ApicMode mode) {
        int low = lowWord(icr);
        IcrRules.requireSendable(icr, mode, low);
        return Integer.toUnsignedLong(low) | icr.unsignedDestination() << destinationShift(mode);
    }

    /** {@return the low 32 bits of the register value of {@code icr}, identical in both modes} */
    static int lowWord(Icr icr) {
        return icr.vector() << VECTOR_SHIFT
                | icr.deliveryMode().encoding() << DELIVERY_MODE_SHIFT
                | icr.destinationMode().encoding() << DESTINATION_MODE_SHIFT
                | icr.level().encoding() << LEVEL_SHIFT
                | icr.triggerMode().encoding() << TRIGGER_MODE_SHIFT
                | icr.shorthand().encoding() << SHORTHAND_SHIFT;
    }

    /**
     * {@return the ICR a raw register value of {@code mode} holds}
     *
     * <p>In x2APIC mode bit 12 has no meaning, so the result's delivery status is always
     * {@link DeliveryStatus#IDLE}; strict decoding reports the bit as reserved.
     *
     * @throws InvalidIcrException in {@link Decoding#STRICT} mode, if a reserved bit is set
     */
    public static Icr decode(long raw, ApicMode mode, Decoding decoding) {
        long strayBits = raw & IcrLayout.reservedMask(mode);
        if (mode == ApicMode.X2APIC) {
            strayBits |= raw & DELIVERY_STATUS_MASK;
        }
        if (decoding == Decoding.STRICT && strayBits != 0) {
            throw new InvalidIcrException(new IcrViolation(IcrRule.RESERVED_BITS_SET,
                    "Reserved bits 0x%016x set in %s ICR 0x%016x".formatted(strayBits, mode.mnemonic(), raw)));
        }
        DeliveryStatus status = mode == ApicMode.X2APIC
                ? DeliveryStatus.IDLE
                : DeliveryStatus.fromEncoding((int) ((raw & DELIVERY_STATUS_MASK) >>> DELIVERY_STATUS_SHIFT));
        long destinationMask = mode == ApicMode.XAPIC ? 0xFFL : 0xFFFF_FFFFL;
        return new Icr(
                (int) ((raw & VECTOR_MASK) >>> VECTOR_SHIFT),
                DeliveryMode.fromEncoding((int) ((raw & DELIVERY_MODE_MASK) >>> DELIVERY_MODE_SHIFT)),
                DestinationMode.fromEncoding((int) ((raw & DESTINATION_MODE_MASK) >>> DESTINATION_MODE_SHIFT)),
                status,
                Level.fromEncoding((int) ((raw & LEVEL_MASK) >>> LEVEL_SHIFT)),
                TriggerMode.fromEncoding((int) ((raw & TRIGGER_MODE_MASK) >>> TRIGGER_MODE_SHIFT)),
                DestinationShorthand.fromEncoding((int) ((raw & SHORTHAND_MASK) >>> SHORTHAND_SHIFT)),
                (int) ((raw >>> destinationShift(mode)) & destinationMask));
    }

    /**
     * {@return the ICR held by the two xAPIC MMIO words}
     *
     * @param high the word at offset 0x310 (destination in bits 24–31)
     * @param low  the word at offset 0x300
     * @throws InvalidIcrException in {@link Decoding#STRICT} mode, if a reserved bit is set
     */
    public static Icr decodeXApic(int high, int low, Decoding decoding) {
        return decode(IcrLayout.join(high, low), ApicMode.XAPIC, decoding);
    }

    private static int destinationShift(ApicMode mode) {
        // A conditional, not a switch: this is on the hot path and the enum has two constants.
        return mode == ApicMode.XAPIC ? XAPIC_DESTINATION_SHIFT : X2APIC_DESTINATION_SHIFT;
    }
}
