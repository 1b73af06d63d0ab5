package org.smpboot.kernel.api.apic;

/**
 * The local APIC ID of a logical processor: the hardware identity that physical-mode IPIs and the
 * ACPI MADT use. It is 8 bits wide in xAPIC mode and 32 bits wide in x2APIC mode; this type holds
 * the full 32-bit unsigned value and says whether it fits the narrower form.
 *
 * <p>An APIC ID is not a CPU index: firmware assigns IDs from the package/core/thread topology,
 * with gaps, and kernels number CPUs densely on top of them.
 *
 * @param value the ID as an unsigned 32-bit value stored in an {@code int}
 * @spec Intel SDM Vol. 3A, §10.4.6 "Local APIC ID" and §10.12.5.1 "x2APIC States" (x2APIC ID);
 *     ACPI 6.5 §5.2.12.2 "Processor Local APIC Structure" and §5.2.12.12 "Processor Local x2APIC
 *     Structure"
 */
public record ApicId(int value) implements Comparable<ApicId> {

    /** The xAPIC physical destination 0xFF, which addresses every processor. */
    public static final ApicId XAPIC_BROADCAST = new ApicId(0xFF);

    /** The x2APIC destination 0xFFFFFFFF, which addresses every processor (physical or logical). */
    public static final ApicId X2APIC_BROADCAST = new ApicId(0xFFFF_FFFF);

    /**
     * {@return the APIC ID with this unsigned value}
     *
     * @param value an unsigned 32-bit value
     * @throws IllegalArgumentException if {@code value} is negative or wider than 32 bits
     */
    public static ApicId of(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(
                    "Invalid APIC ID 0x%x: an APIC ID is an unsigned 32-bit value".formatted(value));
        }
        return new ApicId((int) value);
    }

    /** {@return the ID as a non-negative {@code long}} */
    public long unsignedValue() {
        return Integer.toUnsignedLong(value);
    }

    /** {@return whether this ID can be written in an 8-bit xAPIC ID or destination field} */
    public boolean fitsXApic() {
        return (value & ~0xFF) == 0;
    }

    /** {@return whether a physical destination of this value is representable in {@code mode}} */
    public boolean fits(ApicMode mode) {
        return mode == ApicMode.X2APIC || fitsXApic();
    }

    @Override
    public int compareTo(ApicId other) {
        return Integer.compareUnsigned(value, other.value);
    }

    /** {@return the ID in lower-case hexadecimal, e.g. {@code 0x1f}} */
    @Override
    public String toString() {
        return "0x" + Integer.toHexString(value);
    }
}
