package org.smpboot.acpi.internal;

/**
 * Upper-case hexadecimal for the details of problem reports, as {@code %0NX} formats them but
 * without a {@link java.util.Formatter}: readers report problems for every malformed table they
 * meet (a fuzzer feeds them millions), and parsing a format string per problem cost more than
 * finding the problem.
 */
public final class Hex {

    private Hex() {
    }

    /** {@return {@code value} in upper-case hexadecimal, zero-padded to at least {@code digits} digits} */
    public static String of(long value, int digits) {
        String hex = Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return hex.length() >= digits ? hex : "0".repeat(digits - hex.length()) + hex;
    }

    /** {@return the byte {@code value} as two upper-case hexadecimal digits, like {@code %02X}} */
    public static String ofByte(int value) {
        return of(value & 0xFF, 2);
    }
}
