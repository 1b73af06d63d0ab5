package org.smpboot.kernel.api.apic;

/**
 * The Level field of the Interrupt Command Register, bit 14.
 *
 * <p>Only an INIT level de-assert message has it 0; for every other message the SDM requires 1.
 * Pentium 4, Xeon and later processors always issue 1 for messages other than INIT de-assert, which
 * is why Linux's SIPI with the bit clear still works on them.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)", field "Level", and note 3
 *     of the table "Valid Combinations for the P6 Family Processors' Local APIC ICR"
 */
public enum Level {
    /** {@code 0}: de-assert; meaningful only for INIT level de-assert. */
    DEASSERT(0, "deassert"),
    /** {@code 1}: assert; required for every other message. */
    ASSERT(1, "assert");

    private final int encoding;
    private final String mnemonic;

    Level(int encoding, String mnemonic) {
        this.encoding = encoding;
        this.mnemonic = mnemonic;
    }

    /** {@return the 1-bit field value} */
    public int encoding() {
        return encoding;
    }

    /** {@return the short lower-case name used on the command line and in JSON} */
    public String mnemonic() {
        return mnemonic;
    }

    /**
     * {@return the level with this bit value}
     *
     * @param encoding 0 or 1
     * @throws IllegalArgumentException for any other value
     */
    public static Level fromEncoding(int encoding) {
        return switch (encoding) {
            case 0 -> DEASSERT;
            case 1 -> ASSERT;
            default -> throw new IllegalArgumentException(
                    "Invalid level encoding %d: the field is 1 bit".formatted(encoding));
        };
    }
}
