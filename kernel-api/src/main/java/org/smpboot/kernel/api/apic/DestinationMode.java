package org.smpboot.kernel.api.apic;

/**
 * The Destination Mode field of the Interrupt Command Register, bit 11: whether the destination
 * field names one APIC ID (physical) or a message destination address matched against each local
 * APIC's logical destination register (logical; flat or cluster model in xAPIC, cluster ID and
 * bitmask in x2APIC).
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)" and §10.6.2.2 "Logical
 *     Destination Mode" (§11.6.x in the 2023+ editions)
 */
public enum DestinationMode {
    /** {@code 0}: the destination field is an APIC ID. */
    PHYSICAL(0, "physical"),
    /** {@code 1}: the destination field is a logical message destination address. */
    LOGICAL(1, "logical");

    private final int encoding;
    private final String mnemonic;

    DestinationMode(int encoding, String mnemonic) {
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
     * {@return the destination mode with this bit value}
     *
     * @param encoding 0 or 1
     * @throws IllegalArgumentException for any other value
     */
    public static DestinationMode fromEncoding(int encoding) {
        return switch (encoding) {
            case 0 -> PHYSICAL;
            case 1 -> LOGICAL;
            default -> throw new IllegalArgumentException(
                    "Invalid destination mode encoding %d: the field is 1 bit".formatted(encoding));
        };
    }
}
