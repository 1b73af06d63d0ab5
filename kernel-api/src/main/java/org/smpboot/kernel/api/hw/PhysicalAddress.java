package org.smpboot.kernel.api.hw;

/**
 * A physical memory address: where firmware puts a table, the mailbox lives, or AP boot code is
 * copied. A distinct type so that it cannot be confused with a virtual address, a length or an
 * APIC ID.
 *
 * @param value the address, 0 to 2^63−1 (x86-64 implements at most 52 physical address bits)
 */
public record PhysicalAddress(long value) implements Comparable<PhysicalAddress> {

    /** The size of a base page. */
    public static final long PAGE_SIZE = 4096;

    /** Validates that the address is not negative. */
    public PhysicalAddress {
        if (value < 0) {
            throw new IllegalArgumentException("Invalid physical address %#x: negative".formatted(value));
        }
    }

    /** {@return the physical address {@code value}} */
    public static PhysicalAddress of(long value) {
        return new PhysicalAddress(value);
    }

    /** {@return whether the address is 4 KiB aligned} */
    public boolean isPageAligned() {
        return value % PAGE_SIZE == 0;
    }

    /** {@return this address plus {@code offset} bytes} */
    public PhysicalAddress plus(long offset) {
        return new PhysicalAddress(Math.addExact(value, offset));
    }

    @Override
    public int compareTo(PhysicalAddress other) {
        return Long.compare(value, other.value);
    }

    /** {@return the address in lower-case hexadecimal, e.g. {@code 0x8000}} */
    @Override
    public String toString() {
        return "0x" + Long.toHexString(value);
    }
}
