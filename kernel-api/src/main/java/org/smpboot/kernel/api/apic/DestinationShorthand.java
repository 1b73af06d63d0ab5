package org.smpboot.kernel.api.apic;

/**
 * The Destination Shorthand field of the Interrupt Command Register, bits 18–19: a way to address
 * the sender itself or every processor without naming a destination.
 *
 * <p>With a shorthand other than {@link #NO_SHORTHAND} the destination field is not used.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)", field "Destination
 *     Shorthand" (§11.6.1 in the 2023+ editions)
 */
public enum DestinationShorthand {
    /** {@code 00}: the destination field names the target. */
    NO_SHORTHAND(0b00, "none"),
    /** {@code 01}: the issuing APIC is the only target. */
    SELF(0b01, "self"),
    /** {@code 10}: every processor, the sender included. */
    ALL_INCLUDING_SELF(0b10, "all"),
    /** {@code 11}: every processor except the sender. */
    ALL_EXCLUDING_SELF(0b11, "all-but-self");

    private static final DestinationShorthand[] BY_ENCODING = values();

    private final int encoding;
    private final String mnemonic;

    DestinationShorthand(int encoding, String mnemonic) {
        this.encoding = encoding;
        this.mnemonic = mnemonic;
    }

    /** {@return the 2-bit field value} */
    public int encoding() {
        return encoding;
    }

    /** {@return the short lower-case name used on the command line and in JSON} */
    public String mnemonic() {
        return mnemonic;
    }

    /**
     * {@return the shorthand with this field value}
     *
     * @param encoding the 2-bit field value
     * @throws IllegalArgumentException if {@code encoding} does not fit in 2 bits
     */
    public static DestinationShorthand fromEncoding(int encoding) {
        if ((encoding & ~0b11) != 0) {
            throw new IllegalArgumentException(
                    "Invalid destination shorthand encoding 0x%x: the field is 2 bits".formatted(encoding));
        }
        return BY_ENCODING[encoding];
    }
}
