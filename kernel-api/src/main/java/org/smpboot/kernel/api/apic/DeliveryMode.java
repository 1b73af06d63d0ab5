package org.smpboot.kernel.api.apic;

/**
 * The Delivery Mode field of the local APIC Interrupt Command Register, bits 8–10: the kind of
 * inter-processor message the ICR sends.
 *
 * <p>Each constant carries its SDM encoding. Decoding is total over the three bits: the two values
 * the SDM leaves reserved for the ICR ({@code 011}, Remote Read on the 82489DX, and {@code 111},
 * ExtINT in the LVT but never in the ICR) are constants of their own, so a value read from hardware
 * or from a hostile source round-trips unchanged instead of being rejected or rewritten.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 (§11.6.1 in the 2023+ editions) "Interrupt Command Register
 *     (ICR)", Figure "Interrupt Command Register (ICR)", field "Delivery Mode"
 */
public enum DeliveryMode {
    /** {@code 000}: deliver the interrupt in the vector field to the destination. */
    FIXED(0b000, "fixed"),
    /** {@code 001}: deliver to the lowest-priority processor of the destination; model specific. */
    LOWEST_PRIORITY(0b001, "lowest"),
    /** {@code 010}: a System Management Interrupt; the vector field must be 0. */
    SMI(0b010, "smi"),
    /** {@code 011}: reserved in the ICR (the 82489DX's Remote Read). */
    RESERVED_011(0b011, "reserved-011"),
    /** {@code 100}: a Non-Maskable Interrupt; the vector field is ignored. */
    NMI(0b100, "nmi"),
    /** {@code 101}: INIT, or INIT level de-assert when the Level bit is 0; the vector must be 0. */
    INIT(0b101, "init"),
    /** {@code 110}: Start-Up (SIPI); the vector is the 4 KiB page, below 1 MiB, where the AP starts. */
    STARTUP(0b110, "startup"),
    /** {@code 111}: reserved in the ICR (ExtINT exists only in the LVT). */
    RESERVED_111(0b111, "reserved-111");

    private static final DeliveryMode[] BY_ENCODING = values();

    private final int encoding;
    private final String mnemonic;

    DeliveryMode(int encoding, String mnemonic) {
        this.encoding = encoding;
        this.mnemonic = mnemonic;
    }

    /** {@return the 3-bit field value, 0 to 7} */
    public int encoding() {
        return encoding;
    }

    /** {@return the short lower-case name used on the command line and in JSON} */
    public String mnemonic() {
        return mnemonic;
    }

    /** {@return whether the SDM reserves this encoding in the ICR} */
    public boolean isReserved() {
        return this == RESERVED_011 || this == RESERVED_111;
    }

    /**
     * {@return the delivery mode with this field value} Total over 0–7.
     *
     * @param encoding the 3-bit field value
     * @throws IllegalArgumentException if {@code encoding} does not fit in 3 bits
     */
    public static DeliveryMode fromEncoding(int encoding) {
        if ((encoding & ~0b111) != 0) {
            throw new IllegalArgumentException(
                    "Invalid delivery mode encoding 0x%x: the field is 3 bits".formatted(encoding));
        }
        return BY_ENCODING[encoding];
    }
}
