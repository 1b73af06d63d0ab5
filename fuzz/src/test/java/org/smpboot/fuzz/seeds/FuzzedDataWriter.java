package org.smpboot.fuzz.seeds;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bytes from which Jazzer's {@code FuzzedDataProvider} reads back the values given here,
 * in the same order: how the seeds of the targets that take a provider are made from builder
 * output instead of by hand.
 *
 * <p>The provider reads an integral value in {@code [min, max]} from the end of the data: as many
 * bytes as the range needs, the first byte read the most significant, giving a raw number {@code r}.
 * Jazzer (unlike libFuzzer's {@code FuzzedDataProvider.h}) returns {@code r} itself when it lies in
 * the range, and {@code min + r % (max - min + 1)} otherwise. {@code consumeBytes} takes bytes
 * from the front, in order, and {@code consumeRemainingAsBytes} what is left there. So each value
 * is written as an {@code r} that reads back to it, little-endian, into a tail emitted
 * last-consumed first, after the front bytes.
 * {@code FuzzedDataWriterTests} checks all this against Jazzer's own provider.
 */
public final class FuzzedDataWriter {

    private final List<byte[]> tail = new ArrayList<>();
    private final ByteArrayOutputStream front = new ByteArrayOutputStream();
    private byte[] remaining = new byte[0];

    /** Writes a value that {@code consumeInt(min, max)} reads back. */
    public FuzzedDataWriter consumeInt(int min, int max, int value) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("Invalid value %d for range %d..%d".formatted(value, min, max));
        }
        integral(min, max, value, Integer.BYTES);
        return this;
    }

    /** Writes a value that {@code consumeInt()} reads back. */
    public FuzzedDataWriter consumeInt(int value) {
        return consumeInt(Integer.MIN_VALUE, Integer.MAX_VALUE, value);
    }

    /** Writes a value that {@code consumeLong()} reads back. */
    public FuzzedDataWriter consumeLong(long value) {
        integral(Long.MIN_VALUE, Long.MAX_VALUE, value, Long.BYTES);
        return this;
    }

    /** Writes a value that {@code consumeLong(min, max)} reads back. */
    public FuzzedDataWriter consumeLong(long min, long max, long value) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("Invalid value %d for range %d..%d".formatted(value, min, max));
        }
        integral(min, max, value, Long.BYTES);
        return this;
    }

    /** Writes a value that {@code consumeBoolean()} reads back. */
    public FuzzedDataWriter consumeBoolean(boolean value) {
        integral(Byte.MIN_VALUE, Byte.MAX_VALUE, value ? 1 : 0, Byte.BYTES);
        return this;
    }

    /** Writes the choice that {@code pickValue(values)} reads back. */
    public <T> FuzzedDataWriter pickValue(T[] values, T value) {
        int index = List.of(values).indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException("Invalid choice %s: not among the values".formatted(value));
        }
        return consumeInt(0, values.length - 1, index);
    }

    /**
     * Writes what {@code consumeBytes(bytes.length)} reads back: the caller writes the length
     * first (as the target consumes it), so that the provider takes exactly these bytes.
     */
    public FuzzedDataWriter consumeBytes(byte[] bytes) {
        front.writeBytes(bytes);
        return this;
    }

    /** Writes what {@code consumeRemainingAsBytes()}, the last call, reads back. */
    public FuzzedDataWriter consumeRemainingAsBytes(byte[] bytes) {
        remaining = bytes.clone();
        return this;
    }

    /** {@return the data} */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(front.toByteArray());
        out.writeBytes(remaining);
        for (int i = tail.size() - 1; i >= 0; i--) {
            out.writeBytes(tail.get(i));
        }
        return out.toByteArray();
    }

    /**
     * Records the raw number that reads back as {@code value} from {@code [min, max]} for a type of
     * {@code typeBytes} bytes: {@code value} itself when its bytes read back as it, else the
     * smallest {@code value - min + k (max - min + 1)} that lies outside the range.
     */
    private void integral(long min, long max, long value, int typeBytes) {
        long range = max - min;
        int bytes = (64 - Long.numberOfLeadingZeros(range) + 7) / 8;
        long limit = bytes == Long.BYTES ? -1L : (1L << (8 * bytes)) - 1;
        long raw = value & limit;
        if (asType(raw, bytes, typeBytes) != value) {
            raw = value - min;
            while (asType(raw, bytes, typeBytes) >= min && asType(raw, bytes, typeBytes) <= max) {
                raw += range + 1;
                if (Long.compareUnsigned(raw, limit) > 0) {
                    throw new IllegalArgumentException("No %d-byte number reads back as %d from %d..%d"
                            .formatted(bytes, value, min, max));
                }
            }
        }
        byte[] chunk = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            chunk[i] = (byte) (raw >>> (8 * i));
        }
        tail.add(chunk);
    }

    /** {@return the raw number as the provider's value type sees it: sign-extended only at the type's full width} */
    private static long asType(long raw, int bytes, int typeBytes) {
        if (bytes < typeBytes || bytes == Long.BYTES) {
            return raw;
        }
        return switch (typeBytes) {
            case Byte.BYTES -> (byte) raw;
            case Integer.BYTES -> (int) raw;
            default -> raw;
        };
    }
}
