package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * How the records target draws an argument: one of the value's edges (0, the largest value its
 * field holds and one past it, -1, the type's extremes, whatever the caller names) or any value
 * of the Java type. Edges first, so that a short input already lands on
 * every boundary a constructor checks; the raw value lets the fuzzer reach everything between.
 *
 * <p>The choice is one byte, 0 to {@value #RAW}: below the number of edges it picks an edge, from
 * there on the raw value. The seeds ({@code RecordsSeeds}) write {@value #RAW} followed by the
 * value, so every seed reads back exactly the argument it was built from, whatever the edges.
 */
public final class Draw {

    /** The choice that always takes the raw value: one more than any list of edges may hold. */
    public static final int RAW = 63;
    /** One in this many object arguments is {@code null} (a choice of 0 out of 0..{@value}-1). */
    public static final int NULL_ONE_IN = 8;
    /** The longest text drawn: longer than every fixed-width text field (8 bytes) and a Local SAPIC UID needs. */
    public static final int MAX_TEXT = 24;
    /** The highest char drawn: twice the Latin-1 range, so half of them do not fit one byte. */
    public static final int MAX_CHAR = 0x1FF;
    /** The longest byte array drawn: past a structure's 255-byte Length limit. */
    public static final int MAX_BYTES = 260;

    private Draw() {
    }

    /** {@return one of {@code edges}, or any {@code long}} */
    public static long int64(FuzzedDataProvider data, long... edges) {
        int pick = choice(data, edges);
        return pick < edges.length ? edges[pick] : data.consumeLong();
    }

    /** {@return one of {@code edges} (cut to 32 bits), or any {@code int}} */
    public static int int32(FuzzedDataProvider data, long... edges) {
        int pick = choice(data, edges);
        return pick < edges.length ? (int) edges[pick] : data.consumeInt();
    }

    private static int choice(FuzzedDataProvider data, long[] edges) {
        if (edges.length >= RAW) {
            throw new IllegalArgumentException("Invalid edges: %d, at most %d".formatted(edges.length, RAW - 1));
        }
        return data.consumeInt(0, RAW);
    }

    /** {@return the edges of an unsigned field of {@code bytes} bytes: 0, 1, its largest value and one past, -1, extremes} */
    public static long[] unsignedEdges(int bytes) {
        if (bytes >= Long.BYTES) {
            return new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        }
        long max = (1L << (8 * bytes)) - 1;
        return new long[] {0, 1, max, max + 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE};
    }

    /** {@return whether the next object argument is {@code null}} */
    public static boolean isNull(FuzzedDataProvider data) {
        return data.consumeInt(0, NULL_ONE_IN - 1) == 0;
    }

    /** {@return text of 0 to {@value #MAX_TEXT} chars, each 0 to {@value #MAX_CHAR}: NULs and chars beyond a byte included} */
    public static String text(FuzzedDataProvider data) {
        char[] chars = new char[data.consumeInt(0, MAX_TEXT)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) data.consumeInt(0, MAX_CHAR);
        }
        return new String(chars);
    }

    /** {@return 0 to {@value #MAX_BYTES} bytes} */
    public static byte[] bytes(FuzzedDataProvider data) {
        byte[] bytes = new byte[data.consumeInt(0, MAX_BYTES)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) data.consumeInt(0, 0xFF);
        }
        return bytes;
    }

    /** {@return whether {@code value} fits an unsigned field of {@code bytes} bytes (8 bytes hold every {@code long})} */
    public static boolean fitsUnsigned(long value, int bytes) {
        return bytes >= Long.BYTES || (value >= 0 && value >>> (8 * bytes) == 0);
    }

    /** {@return whether every char of {@code text} is one byte, 0x00 to 0xFF} */
    public static boolean isLatin1(String text) {
        return text.chars().allMatch(c -> c <= 0xFF);
    }
}
