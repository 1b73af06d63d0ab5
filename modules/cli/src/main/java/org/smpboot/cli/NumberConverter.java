package org.smpboot.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a non-negative number written in decimal or in hexadecimal with a {@code 0x} prefix, up
 * to 64 bits ({@code 0xffffffffffffffff} is accepted and kept as its bit pattern).
 */
public final class NumberConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        return parse(text);
    }

    /**
     * {@return the value of {@code text}}
     *
     * @throws TypeConversionException naming the text and what is accepted
     */
    public static long parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
                String digits = trimmed.substring(2).replace("_", "");
                if (digits.isEmpty() || digits.length() > 16) {
                    throw new NumberFormatException();
                }
                return Long.parseUnsignedLong(digits, 16);
            }
            if (trimmed.startsWith("-") || trimmed.startsWith("+")) {
                throw new NumberFormatException();
            }
            return Long.parseUnsignedLong(trimmed);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(
                    "'%s' is not a number: use decimal or 0x hex, 0 to 0xffffffffffffffff".formatted(text));
        }
    }
}
