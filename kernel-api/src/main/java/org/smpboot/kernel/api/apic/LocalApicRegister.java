package org.smpboot.kernel.api.apic;

import java.util.Optional;

/**
 * The local APIC registers smpboot uses, with their xAPIC MMIO offset and x2APIC MSR.
 *
 * <p>In x2APIC mode a register at xAPIC offset {@code o} is the MSR {@code 0x800 + (o >> 4)}, with
 * the exceptions this type records: the ICR becomes one 64-bit MSR (0x830, there is no 0x831), the
 * DFR does not exist, and the SELF IPI register exists only in x2APIC mode. A simulated APIC
 * dispatches both access paths through this one table.
 *
 * @spec Intel SDM Vol. 3A, §10.4.1 Table "Local APIC Register Address Map" and §10.12.1.2 Table
 *     "Local APIC Register Address Map Supported by x2APIC" (§11.x in the 2023+ editions)
 */
public enum LocalApicRegister {
    /** Local APIC ID; read only in x2APIC mode. */
    ID(0x020, true),
    /** Version. */
    VERSION(0x030, true),
    /** Task priority. */
    TPR(0x080, true),
    /** Processor priority. */
    PPR(0x0A0, true),
    /** End of interrupt; write only. */
    EOI(0x0B0, true),
    /** Logical destination; read only in x2APIC mode. */
    LDR(0x0D0, true),
    /** Destination format; xAPIC only. */
    DFR(0x0E0, false),
    /** Spurious interrupt vector; bit 8 software-enables the APIC. */
    SVR(0x0F0, true),
    /** Error status. */
    ESR(0x280, true),
    /** Interrupt command, low word in xAPIC mode; the whole 64-bit ICR in x2APIC mode. */
    ICR_LOW(0x300, true),
    /** Interrupt command, high word (destination); xAPIC only. */
    ICR_HIGH(0x310, false),
    /** LVT timer. */
    LVT_TIMER(0x320, true),
    /** LVT LINT0. */
    LVT_LINT0(0x350, true),
    /** LVT LINT1. */
    LVT_LINT1(0x360, true),
    /** LVT error. */
    LVT_ERROR(0x370, true),
    /** Timer initial count. */
    TIMER_INITIAL_COUNT(0x380, true),
    /** Timer current count; read only. */
    TIMER_CURRENT_COUNT(0x390, true),
    /** Timer divide configuration. */
    TIMER_DIVIDE(0x3E0, true),
    /** SELF IPI; x2APIC only, write only. */
    SELF_IPI(0x3F0, true);

    /** The first x2APIC MSR. */
    public static final int X2APIC_MSR_BASE = 0x800;
    /** The last MSR of the x2APIC range the SDM reserves. */
    public static final int X2APIC_MSR_LAST = 0x8FF;

    private final int mmioOffset;
    private final boolean inX2Apic;

    LocalApicRegister(int mmioOffset, boolean inX2Apic) {
        this.mmioOffset = mmioOffset;
        this.inX2Apic = inX2Apic;
    }

    /** {@return the offset of the register in the xAPIC MMIO page} */
    public int mmioOffset() {
        return mmioOffset;
    }

    /** {@return whether the register is reachable through the xAPIC MMIO page} */
    public boolean inXApic() {
        return this != SELF_IPI;
    }

    /** {@return the x2APIC MSR of this register, if it exists in x2APIC mode} */
    public Optional<Integer> msr() {
        return inX2Apic ? Optional.of(X2APIC_MSR_BASE + (mmioOffset >> 4)) : Optional.empty();
    }

    /** {@return the register at this xAPIC MMIO offset, if smpboot models it} */
    public static Optional<LocalApicRegister> atMmioOffset(int offset) {
        for (LocalApicRegister register : values()) {
            if (register.inXApic() && register.mmioOffset == offset) {
                return Optional.of(register);
            }
        }
        return Optional.empty();
    }

    /** {@return the register behind this x2APIC MSR, if smpboot models it} */
    public static Optional<LocalApicRegister> atMsr(int msr) {
        for (LocalApicRegister register : values()) {
            if (register.inX2Apic && X2APIC_MSR_BASE + (register.mmioOffset >> 4) == msr) {
                return Optional.of(register);
            }
        }
        return Optional.empty();
    }
}
