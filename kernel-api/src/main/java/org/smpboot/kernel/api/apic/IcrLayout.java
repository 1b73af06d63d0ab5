package org.smpboot.kernel.api.apic;

/**
 * The bit layout of the 64-bit local APIC Interrupt Command Register, in both APIC modes.
 *
 * <pre>
 * bits    field                   xAPIC                       x2APIC
 * 0–7     vector                  yes                         yes
 * 8–10    delivery mode           yes                         yes
 * 11      destination mode        yes                         yes
 * 12      delivery status (RO)    yes                         none: ignored on write, undefined on read
 * 13      reserved                0                           0 (#GP if set)
 * 14      level                   yes                         yes
 * 15      trigger mode            yes                         yes
 * 16–17   reserved                0 (82489DX remote read)     0 (#GP if set)
 * 18–19   destination shorthand   yes                         yes
 * 20–31   reserved                0                           0 (#GP if set)
 * 32–55   reserved                0                           destination bits 0–23
 * 56–63   destination             8-bit destination           destination bits 24–31
 * </pre>
 *
 * <p>In xAPIC mode the register is two 32-bit MMIO words, low at offset 0x300 and high at 0x310;
 * writing the low word sends the IPI, so the high word is written first. In x2APIC mode it is the
 * single MSR 0x830 and one WRMSR of the whole value sends.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)", Figure "Interrupt Command
 *     Register (ICR)"; §10.12.9 "ICR Operation in x2APIC Mode", Figure "Interrupt Command Register
 *     (ICR) in x2APIC Mode" (§11.6.1 and §11.12.9 in the 2023+ editions)
 */
public final class IcrLayout {

    /** Vector: bits 0–7. */
    public static final int VECTOR_SHIFT = 0;
    /** Vector field mask, in place. */
    public static final long VECTOR_MASK = 0xFFL << VECTOR_SHIFT;

    /** Delivery mode: bits 8–10. */
    public static final int DELIVERY_MODE_SHIFT = 8;
    /** Delivery mode field mask, in place. */
    public static final long DELIVERY_MODE_MASK = 0b111L << DELIVERY_MODE_SHIFT;

    /** Destination mode: bit 11. */
    public static final int DESTINATION_MODE_SHIFT = 11;
    /** Destination mode field mask, in place. */
    public static final long DESTINATION_MODE_MASK = 1L << DESTINATION_MODE_SHIFT;

    /** Delivery status: bit 12, read only, xAPIC only. */
    public static final int DELIVERY_STATUS_SHIFT = 12;
    /** Delivery status field mask, in place. */
    public static final long DELIVERY_STATUS_MASK = 1L << DELIVERY_STATUS_SHIFT;

    /** Level: bit 14. */
    public static final int LEVEL_SHIFT = 14;
    /** Level field mask, in place. */
    public static final long LEVEL_MASK = 1L << LEVEL_SHIFT;

    /** Trigger mode: bit 15. */
    public static final int TRIGGER_MODE_SHIFT = 15;
    /** Trigger mode field mask, in place. */
    public static final long TRIGGER_MODE_MASK = 1L << TRIGGER_MODE_SHIFT;

    /** Destination shorthand: bits 18–19. */
    public static final int SHORTHAND_SHIFT = 18;
    /** Destination shorthand field mask, in place. */
    public static final long SHORTHAND_MASK = 0b11L << SHORTHAND_SHIFT;

    /** xAPIC destination: bits 56–63 (bits 24–31 of the high word at MMIO offset 0x310). */
    public static final int XAPIC_DESTINATION_SHIFT = 56;
    /** xAPIC destination field mask, in place. */
    public static final long XAPIC_DESTINATION_MASK = 0xFFL << XAPIC_DESTINATION_SHIFT;

    /** x2APIC destination: bits 32–63. */
    public static final int X2APIC_DESTINATION_SHIFT = 32;
    /** x2APIC destination field mask, in place. */
    public static final long X2APIC_DESTINATION_MASK = 0xFFFF_FFFFL << X2APIC_DESTINATION_SHIFT;

    /** The bits of the low word every mode defines. */
    private static final long LOW_FIELDS = VECTOR_MASK | DELIVERY_MODE_MASK | DESTINATION_MODE_MASK
            | LEVEL_MASK | TRIGGER_MODE_MASK | SHORTHAND_MASK;

    /** xAPIC reserved bits: 13, 16–17 and 20–55. */
    public static final long XAPIC_RESERVED_MASK =
            ~(LOW_FIELDS | DELIVERY_STATUS_MASK | XAPIC_DESTINATION_MASK);

    /**
     * x2APIC reserved bits: 13, 16–17 and 20–31; a WRMSR that sets one raises #GP. Bit 12 is not
     * among them: the x2APIC ignores it on write (see {@link #DELIVERY_STATUS_MASK}).
     */
    public static final long X2APIC_RESERVED_MASK =
            ~(LOW_FIELDS | DELIVERY_STATUS_MASK | X2APIC_DESTINATION_MASK);

    /** MMIO offset of the low ICR word in the xAPIC register page; writing it sends the IPI. */
    public static final int XAPIC_ICR_LOW_OFFSET = 0x300;
    /** MMIO offset of the high ICR word (the destination) in the xAPIC register page. */
    public static final int XAPIC_ICR_HIGH_OFFSET = 0x310;
    /** The x2APIC ICR MSR; there is no MSR 0x831. */
    public static final int X2APIC_ICR_MSR = 0x830;

    private IcrLayout() {
    }

    /** {@return the low 32-bit word of a raw ICR value (MMIO offset 0x300 in xAPIC mode)} */
    public static int low(long raw) {
        return (int) raw;
    }

    /** {@return the high 32-bit word of a raw ICR value (MMIO offset 0x310 in xAPIC mode)} */
    public static int high(long raw) {
        return (int) (raw >>> 32);
    }

    /** {@return the raw 64-bit ICR value made of two 32-bit words} */
    public static long join(int high, int low) {
        return ((long) high << 32) | Integer.toUnsignedLong(low);
    }

    /** {@return the reserved-bit mask of {@code mode}} */
    public static long reservedMask(ApicMode mode) {
        return switch (mode) {
            case XAPIC -> XAPIC_RESERVED_MASK;
            case X2APIC -> X2APIC_RESERVED_MASK;
        };
    }
}
