package org.smpboot.cli;

/**
 * Fixed-width lower-case hexadecimal, the form every register value takes in smpboot's output.
 */
public final class Hex {

    private Hex() {
    }

    /** {@return {@code value} as {@code 0x} and 8 hex digits} */
    public static String u32(long value) {
        return "0x%08x".formatted(value & 0xFFFF_FFFFL);
    }

    /** {@return {@code value} as {@code 0x} and 16 hex digits} */
    public static String u64(long value) {
        return "0x%016x".formatted(value);
    }
}
