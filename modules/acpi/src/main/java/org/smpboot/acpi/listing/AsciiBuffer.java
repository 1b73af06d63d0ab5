package org.smpboot.acpi.listing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable buffer of ASCII text with the few number formats a disassembly listing needs, written
 * without {@code String.format} because the batch decoder prints hundreds of megabytes of it.
 *
 * <p>Not thread-safe. Characters above 0x7F are written as their low byte; callers pass ASCII.
 */
public final class AsciiBuffer {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Field offsets and widths below this print from the tables below, without a division. */
    private static final int TABLED = 0x1000;
    /** {@code HEX3[3 * n ..]}: n in three upper-case hex digits, for every n below {@link #TABLED}. */
    private static final byte[] HEX3 = digits(16, 3);
    /** {@code DECIMAL4[4 * n ..]}: n in four decimal digits, for every n below {@link #TABLED}. */
    private static final byte[] DECIMAL4 = digits(10, 4);

    private byte[] bytes;
    private int size;
    /** The bytes of the hex-dump line being written, copied out of their segment in one call. */
    private final byte[] row = new byte[64];

    /** Creates a buffer with room for {@code capacity} bytes before it grows. */
    public AsciiBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Appends one character. */
    public AsciiBuffer append(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** Appends a string of ASCII characters. */
    public AsciiBuffer append(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Appends bytes as they are. */
    public AsciiBuffer append(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, bytes, size, ascii.length);
        size += ascii.length;
        return this;
    }

    /** Appends {@code count} copies of {@code c}. */
    public AsciiBuffer repeat(char c, int count) {
        if (count > 0) {
            ensure(count);
            Arrays.fill(bytes, size, size + count, (byte) c);
            size += count;
        }
        return this;
    }

    /** Appends {@code text} right-aligned in {@code width} columns (never truncated). */
    public AsciiBuffer rightAligned(String text, int width) {
        return repeat(' ', width - text.length()).append(text);
    }

    /** Appends {@code value} in upper-case hexadecimal, at least {@code digits} digits. */
    public AsciiBuffer hex(long value, int digits) {
        int needed = Math.max(digits, (64 - Long.numberOfLeadingZeros(value) + 3) / 4);
        ensure(needed);
        for (int i = needed - 1; i >= 0; i--) {
            bytes[size + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
        size += needed;
        return this;
    }

    /** Appends a non-negative {@code value} in decimal, zero padded to at least {@code digits}. */
    public AsciiBuffer decimal(long value, int digits) {
        int needed = Math.max(digits, decimalDigits(value));
        ensure(needed);
        for (int i = needed - 1; i >= 0; i--) {
            bytes[size + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += needed;
        return this;
    }

    /** Appends a non-negative {@code value} in decimal, space padded on the left to {@code width}. */
    public AsciiBuffer decimalPadded(long value, int width) {
        return repeat(' ', width - decimalDigits(value)).decimal(value, 1);
    }

    private static int decimalDigits(long value) {
        int digits = 1;
        for (long rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        return digits;
    }

    /**
     * Appends iasl's field-line prefix {@code [OOOh DDDD LLLh] }: the offset in hex (at least 3
     * digits) and decimal (at least 4), the width in hex (at least 3). One bounds check for the line.
     */
    public AsciiBuffer fieldPrefix(int offset, int width) {
        if (offset >= 0 && offset < TABLED && width >= 0 && width < TABLED) {
            ensure(17);
            byte[] b = bytes;
            int at = size;
            b[at] = '[';
            System.arraycopy(HEX3, 3 * offset, b, at + 1, 3);
            b[at + 4] = 'h';
            b[at + 5] = ' ';
            System.arraycopy(DECIMAL4, 4 * offset, b, at + 6, 4);
            b[at + 10] = ' ';
            System.arraycopy(HEX3, 3 * width, b, at + 11, 3);
            b[at + 14] = 'h';
            b[at + 15] = ']';
            b[at + 16] = ' ';
            size = at + 17;
            return this;
        }
        return append('[').hex(offset, 3).append("h ").decimal(offset, 4).append(' ').hex(width, 3).append("h] ");
    }

    /** {@return every n below {@link #TABLED} in {@code radix}, {@code digits} digits each, concatenated} */
    private static byte[] digits(int radix, int digits) {
        byte[] table = new byte[TABLED * digits];
        for (int n = 0; n < TABLED; n++) {
            int rest = n;
            for (int i = digits - 1; i >= 0; i--) {
                table[n * digits + i] = HEX[rest % radix];
                rest /= radix;
            }
        }
        return table;
    }

    /**
     * Appends {@code count} bytes of {@code source} from {@code start} as iasl's hex-dump columns:
     * "XX " per byte, padded to {@code columns} bytes, then {@code separator}, then the bytes as
     * text (printable ASCII as is, anything else as '.'). At most 64 bytes per line.
     */
    public AsciiBuffer hexDump(java.lang.foreign.MemorySegment source, long start, int count, int columns,
            byte[] separator) {
        if (count > row.length || columns > row.length) {
            throw new IllegalArgumentException("a hex-dump line holds at most " + row.length + " bytes, not " + count);
        }
        // One bulk copy per line: element-wise segment reads cost far more before the JIT's last tier.
        java.lang.foreign.MemorySegment.copy(source, java.lang.foreign.ValueLayout.JAVA_BYTE, start, row, 0, count);
        ensure(3 * Math.max(columns, count) + separator.length + count);
        byte[] b = bytes;
        byte[] r = row;
        int at = size;
        for (int i = 0; i < count; i++) {
            int value = r[i] & 0xFF;
            b[at++] = HEX[value >>> 4];
            b[at++] = HEX[value & 0xF];
            b[at++] = ' ';
        }
        for (int i = count; i < columns; i++) {
            b[at++] = ' ';
            b[at++] = ' ';
            b[at++] = ' ';
        }
        System.arraycopy(separator, 0, b, at, separator.length);
        at += separator.length;
        for (int i = 0; i < count; i++) {
            int value = r[i] & 0xFF;
            b[at++] = (byte) (value >= 0x20 && value < 0x7F ? value : '.');
        }
        size = at;
        return this;
    }

    /** Ends the line. */
    public AsciiBuffer newline() {
        return append('\n');
    }

    /** {@return how many bytes are buffered} */
    public int size() {
        return size;
    }

    /** Forgets the content, keeping the capacity. */
    public void clear() {
        size = 0;
    }

    /** Writes the content to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** Writes the content to {@code out}, one char per byte, in chunks. */
    public void writeTo(java.io.Writer out) throws IOException {
        char[] chunk = new char[Math.min(size, 8192)];
        for (int start = 0; start < size; start += chunk.length) {
            int length = Math.min(chunk.length, size - start);
            for (int i = 0; i < length; i++) {
                chunk[i] = (char) (bytes[start + i] & 0xFF);
            }
            out.write(chunk, 0, length);
        }
    }

    /** {@return an output stream that appends to this buffer} (for writers that need a stream, e.g. JSON) */
    public OutputStream asOutputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                ensure(1);
                bytes[size++] = (byte) b;
            }

            @Override
            public void write(byte[] source, int offset, int length) {
                ensure(length);
                System.arraycopy(source, offset, bytes, size, length);
                size += length;
            }
        };
    }

    /** {@return the content as a string} */
    @Override
    public String toString() {
        return new String(bytes, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
