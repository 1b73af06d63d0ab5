package org.smpboot.kernel.api.firmware;

import java.util.Objects;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * One range of the physical memory map: {@code [base, base + length)} and its type.
 *
 * @param base   the first byte
 * @param length the size in bytes, greater than 0
 * @param type   what the range is for
 * @spec ACPI 6.5 §15 "System Address Map Interfaces"
 */
public record MemoryRegion(PhysicalAddress base, long length, MemoryType type) {

    /** Validates the range: positive length, no overflow past 2^63. */
    public MemoryRegion {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(type, "type");
        if (length <= 0) {
            throw new IllegalArgumentException("Invalid memory region length %d at %s: it must be positive"
                    .formatted(length, base));
        }
        if (base.value() > Long.MAX_VALUE - length) {
            throw new IllegalArgumentException("Invalid memory region %s + %#x: it overflows the address space"
                    .formatted(base, length));
        }
    }

    /** {@return the first address after the region} */
    public long end() {
        return base.value() + length;
    }

    /** {@return whether {@code [address, address + size)} lies entirely inside this region} */
    public boolean contains(long address, long size) {
        return address >= base.value() && size >= 0 && address <= end() - size;
    }

    /** {@return whether {@code [address, address + size)} shares at least one byte with this region} */
    public boolean overlaps(long address, long size) {
        return size > 0 && address < end() && address + size > base.value();
    }

    @Override
    public String toString() {
        return "[%s-0x%x) %s".formatted(base, end(), type);
    }
}
