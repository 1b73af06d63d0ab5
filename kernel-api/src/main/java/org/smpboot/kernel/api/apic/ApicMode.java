package org.smpboot.kernel.api.apic;

/**
 * The operating mode of a local APIC: how software reaches its registers and how wide an APIC ID
 * and an ICR destination are.
 *
 * <p>The mode is always passed to code that depends on it, never read from a global: one machine
 * can be observed in both modes, and a test can encode the same ICR both ways.
 *
 * @spec Intel SDM Vol. 3A, §10.12 "Extended xAPIC (x2APIC)", §10.12.1 "Detecting and Enabling
 *     x2APIC Mode" (§11.12 in the 2023+ editions)
 */
public enum ApicMode {
    /** Registers in a 4 KiB MMIO page (default base 0xFEE00000); 8-bit APIC IDs and destinations. */
    XAPIC("xapic", 8),
    /** Registers as MSRs 0x800–0x8FF; 32-bit APIC IDs and destinations; no delivery status. */
    X2APIC("x2apic", 32);

    private final String mnemonic;
    private final int idBits;

    ApicMode(String mnemonic, int idBits) {
        this.mnemonic = mnemonic;
        this.idBits = idBits;
    }

    /** {@return the short lower-case name used on the command line and in JSON} */
    public String mnemonic() {
        return mnemonic;
    }

    /** {@return how many bits an APIC ID and a physical ICR destination have in this mode} */
    public int idBits() {
        return idBits;
    }

    /** {@return the largest destination value this mode can encode, as an unsigned value} */
    public long maxDestination() {
        return (1L << idBits) - 1;
    }

    /** {@return the physical destination that addresses every processor in this mode} */
    public ApicId broadcast() {
        return this == XAPIC ? ApicId.XAPIC_BROADCAST : ApicId.X2APIC_BROADCAST;
    }
}
