package org.smpboot.acpi.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Unsigned little-endian reads from a {@link MemorySegment}, the byte order of every ACPI table.
 *
 * <p>ACPI structures are byte packed, so every multi-byte field may be unaligned. The segment's
 * own bounds checks are the last line of defence; callers check ranges first so that bad firmware
 * becomes a typed problem, never an {@link IndexOutOfBoundsException}.
 *
 * @spec ACPI 6.5 §5.2 "ACPI System Description Tables": numeric values in ACPI tables are little endian
 */
public final class LittleEndian {

    private static final ValueLayout.OfShort U16 =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt U32 =
            ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong U64 =
            ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {
    }

    /** {@return the byte at {@code offset}, 0 to 255} */
    public static int u8(MemorySegment segment, long offset) {
        return Byte.toUnsignedInt(segment.get(ValueLayout.JAVA_BYTE, offset));
    }

    /** {@return the 16-bit value at {@code offset}, 0 to 65535} */
    public static int u16(MemorySegment segment, long offset) {
        return Short.toUnsignedInt(segment.get(U16, offset));
    }

    /** {@return the 32-bit value at {@code offset}, 0 to 2^32-1} */
    public static long u32(MemorySegment segment, long offset) {
        return Integer.toUnsignedLong(segment.get(U32, offset));
    }

    /** {@return the 32-bit value at {@code offset} as its raw bits} */
    public static int u32Bits(MemorySegment segment, long offset) {
        return segment.get(U32, offset);
    }

    /** {@return the 64-bit value at {@code offset} as its raw bits} */
    public static long u64(MemorySegment segment, long offset) {
        return segment.get(U64, offset);
    }

    /**
     * {@return the {@code width}-byte unsigned value at {@code offset} as raw bits}
     *
     * @param width 1 to 8 bytes, e.g. 3 for ACPICA's 24-bit reserved fields
     */
    public static long unsigned(MemorySegment segment, long offset, int width) {
        return switch (width) {
            case 1 -> u8(segment, offset);
            case 2 -> u16(segment, offset);
            case 4 -> u32(segment, offset);
            case 8 -> u64(segment, offset);
            default -> {
                long value = 0;
                for (int i = width - 1; i >= 0; i--) {
                    value = (value << 8) | u8(segment, offset + i);
                }
                yield value;
            }
        };
    }

    /** Writes one byte. */
    public static void putU8(MemorySegment segment, long offset, int value) {
        segment.set(ValueLayout.JAVA_BYTE, offset, (byte) value);
    }

    /** Writes the low {@code width} bytes of {@code value}, least significant first. */
    public static void putUnsigned(MemorySegment segment, long offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            segment.set(ValueLayout.JAVA_BYTE, offset + i, (byte) (value >>> (8 * i)));
        }
    }
}
