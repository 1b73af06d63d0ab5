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

    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final long EVEN_BYTES = 0x00FF_00FF_00FF_00FFL;
    /** Words per fold: each 16-bit lane gains at most 2 x 255 per word, so 128 words cannot overflow it. */
    private static final int WORDS_PER_FOLD = 128;

    /**
     * {@return the sum modulo 256 of {@code length} bytes from {@code offset}; 0 means valid}
     *
     * <p>Eight bytes at a time: the even and odd bytes of each word are added into four 16-bit
     * lanes (byte order does not matter to a sum), folded before a lane can overflow.
     */
    public static int sum(MemorySegment segment, long offset, long length) {
        long lanes = 0;
        long i = 0;
        int inFold = 0;
        int sum = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long word = segment.get(WORD, offset + i);
            lanes += (word & EVEN_BYTES) + ((word >>> 8) & EVEN_BYTES);
            if (++inFold == WORDS_PER_FOLD) {
                sum += fold(lanes);
                lanes = 0;
                inFold = 0;
            }
        }
        sum += fold(lanes);
        for (; i < length; i++) {
            sum += segment.get(ValueLayout.JAVA_BYTE, offset + i);
        }
        return sum & 0xFF;
    }

    private static int fold(long lanes) {
        return (int) ((lanes & 0xFFFF) + ((lanes >>> 16) & 0xFFFF) + ((lanes >>> 32) & 0xFFFF) + (lanes >>> 48));
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
