package org.smpboot.kernel.api.apic;

/**
 * The Trigger Mode field of the Interrupt Command Register, bit 15.
 *
 * <p>It matters only for INIT level de-assert, which must be level triggered. Pentium 4, Xeon and
 * later local xAPICs issue every other IPI as edge triggered whatever this bit says.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)", field "Trigger Mode", and
 *     note 2 of the table "Valid Combinations for the Pentium 4 and Intel Xeon Processors' Local
 *     xAPIC ICR"
 */
public enum TriggerMode {
    /** {@code 0}: edge triggered. */
    EDGE(0, "edge"),
    /** {@code 1}: level triggered. */
    LEVEL(1, "level");

    private final int encoding;
    private final String mnemonic;

    TriggerMode(int encoding, String mnemonic) {
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
     * {@return the trigger mode with this bit value}
     *
     * @param encoding 0 or 1
     * @throws IllegalArgumentException for any other value
     */
    public static TriggerMode fromEncoding(int encoding) {
        return switch (encoding) {
            case 0 -> EDGE;
            case 1 -> LEVEL;
            default -> throw new IllegalArgumentException(
                    "Invalid trigger mode encoding %d: the field is 1 bit".formatted(encoding));
        };
    }
}
