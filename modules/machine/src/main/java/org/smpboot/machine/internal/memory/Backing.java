package org.smpboot.machine.internal.memory;

/**
 * A range of physical addresses that simulated RAM backs, and how its host memory is allocated.
 *
 * @param base  the first address, 4 KiB aligned
 * @param size  the size in bytes, a positive multiple of 4 KiB
 * @param dense whether the range is allocated as one block on first touch (small ranges that
 *              kernel code views whole, such as ACPI tables) rather than in sparse chunks
 */
public record Backing(long base, long size, boolean dense) {

    private static final long PAGE = 4096;

    /** Validates alignment and size. */
    public Backing {
        if (base < 0 || base % PAGE != 0) {
            throw new IllegalArgumentException("Invalid backing base 0x%x: it must be 4 KiB aligned".formatted(base));
        }
        if (size <= 0 || size % PAGE != 0) {
            throw new IllegalArgumentException(
                    "Invalid backing size 0x%x at 0x%x: it must be a positive multiple of 4 KiB".formatted(size, base));
        }
        if (base > Long.MAX_VALUE - size) {
            throw new IllegalArgumentException("Invalid backing 0x%x + 0x%x: it overflows".formatted(base, size));
        }
    }

    /** {@return the first address after the range} */
    public long end() {
        return base + size;
    }
}
