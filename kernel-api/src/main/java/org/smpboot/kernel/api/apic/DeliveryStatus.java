package org.smpboot.kernel.api.apic;

/**
 * The Delivery Status field of the xAPIC Interrupt Command Register, bit 12 (read only): whether
 * the local APIC is still sending the last IPI.
 *
 * <p>The x2APIC ICR has no delivery status: WRMSR ignores bit 12 and its value on RDMSR is
 * undefined, so software must not wait on it in x2APIC mode.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)", field "Delivery Status";
 *     §10.12.9 "ICR Operation in x2APIC Mode" (§11.x in the 2023+ editions)
 */
public enum DeliveryStatus {
    /** {@code 0}: no IPI activity, or the previous IPI was accepted. */
    IDLE(0, "idle"),
    /** {@code 1}: the local APIC has not finished sending the previous IPI. */
    SEND_PENDING(1, "send-pending");

    private final int encoding;
    private final String mnemonic;

    DeliveryStatus(int encoding, String mnemonic) {
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
     * {@return the delivery status with this bit value}
     *
     * @param encoding 0 or 1
     * @throws IllegalArgumentException for any other value
     */
    public static DeliveryStatus fromEncoding(int encoding) {
        return switch (encoding) {
            case 0 -> IDLE;
            case 1 -> SEND_PENDING;
            default -> throw new IllegalArgumentException(
                    "Invalid delivery status encoding %d: the field is 1 bit".formatted(encoding));
        };
    }
}
