package org.smpboot.platform.x86.apic;

/**
 * The Spurious-Interrupt Vector Register (xAPIC offset 0xF0, x2APIC MSR 0x80F): the spurious
 * vector and the APIC software-enable bit.
 *
 * <pre>
 * bits   field
 * 0–7    spurious vector
 * 8      APIC software enable
 * 9      focus processor checking (not in x2APIC)
 * 12     EOI-broadcast suppression
 * </pre>
 *
 * @spec Intel SDM Vol. 3A, §10.9 "Spurious Interrupt", Figure "Spurious-Interrupt Vector Register"
 *     (§11.9 in the 2023+ editions)
 */
public final class SpuriousVector {

    /** Bit 8: software-enables the local APIC. */
    public static final int SOFTWARE_ENABLE = 1 << 8;
    /** The spurious vector smpboot programs: 0xFF, Linux's choice; its low nibble is 1111 as P6 requires. */
    public static final int VECTOR = 0xFF;
    /** The value smpboot writes to enable an APIC. */
    public static final int ENABLED = SOFTWARE_ENABLE | VECTOR;

    private SpuriousVector() {
    }
}
