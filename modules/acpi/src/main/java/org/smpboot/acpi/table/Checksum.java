package org.smpboot.acpi.table;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The ACPI checksum: the bytes of a structure, checksum byte included, add up to zero modulo 256.
 *
 * @spec ACPI 6.5 §5.2.5.3 (RSDP "Checksum", "Extended Checksum") and §5.2.6 (table "Checksum")
 */
public final class Checksum {

    private Checksum() {
    }

    /** {@return the sum modulo 256 of {@code length} bytes from {@code offset}; 0 means valid} */
    public static int sum(MemorySegment segment, long offset, long length) {
        int sum = 0;
        for (long i = 0; i < length; i++) {
            sum += segment.get(ValueLayout.JAVA_BYTE, offset + i);
        }
        return sum & 0xFF;
    }

    /** {@return whether {@code length} bytes from {@code offset} sum to zero} */
    public static boolean isValid(MemorySegment segment, long offset, long length) {
        return sum(segment, offset, length) == 0;
    }

    /**
     * {@return the checksum byte that makes the range sum to zero}, given the range with its
     * checksum byte set to 0.
     */
    public static int complement(MemorySegment segment, long offset, long length) {
        return (0x100 - sum(segment, offset, length)) & 0xFF;
    }
}
