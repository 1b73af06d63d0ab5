package org.smpboot.kernel.api.apic;

/**
 * The IA32_APIC_BASE MSR (0x1B): where the xAPIC page is, whether the APIC is enabled and in which
 * mode, and whether this processor is the bootstrap processor.
 *
 * <pre>
 * bits     field
 * 8        BSP: set by hardware on the processor chosen at reset
 * 10       EXTD: x2APIC mode enable
 * 11       EN: APIC global enable
 * 12–51    APIC base: physical page of the xAPIC MMIO registers (default 0xFEE00)
 * </pre>
 *
 * @param raw the 64-bit MSR value
 * @spec Intel SDM Vol. 3A, §10.4.4 "Local APIC Status and Location", Figure "IA32_APIC_BASE MSR";
 *     §10.12.1 "Detecting and Enabling x2APIC Mode" (§11.x in the 2023+ editions)
 */
public record ApicBase(long raw) {

    /** The MSR number. */
    public static final int MSR = 0x1B;
    /** BSP flag: bit 8. */
    public static final long BSP = 1L << 8;
    /** x2APIC enable: bit 10. */
    public static final long EXTD = 1L << 10;
    /** Global enable: bit 11. */
    public static final long ENABLE = 1L << 11;
    /** Base address: bits 12–51. */
    public static final long BASE_MASK = 0x000F_FFFF_FFFF_F000L;
    /** The architectural default xAPIC MMIO base. */
    public static final long DEFAULT_BASE = 0xFEE0_0000L;

    /** {@return whether this is the bootstrap processor} */
    public boolean isBsp() {
        return (raw & BSP) != 0;
    }

    /** {@return whether the APIC is globally enabled} */
    public boolean isEnabled() {
        return (raw & ENABLE) != 0;
    }

    /** {@return whether x2APIC mode is on (EN and EXTD both set)} */
    public boolean isX2Apic() {
        return (raw & (ENABLE | EXTD)) == (ENABLE | EXTD);
    }

    /** {@return the mode the two enable bits select, when the APIC is enabled} */
    public ApicMode mode() {
        return isX2Apic() ? ApicMode.X2APIC : ApicMode.XAPIC;
    }

    /** {@return the physical base address of the xAPIC MMIO page} */
    public long base() {
        return raw & BASE_MASK;
    }

    /** {@return a copy with the given bits set} */
    public ApicBase with(long bits) {
        return new ApicBase(raw | bits);
    }
}
