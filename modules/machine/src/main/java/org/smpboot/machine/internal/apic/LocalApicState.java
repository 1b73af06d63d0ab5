package org.smpboot.machine.internal.apic;

import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.apic.ApicMode;

/**
 * The architectural registers of one simulated local APIC: the device state that the MMIO page and
 * the x2APIC MSRs both reach through {@link ApicRegisterFile}.
 *
 * <p>Reset values follow the SDM: after RESET and after INIT every register but the ID (and, for
 * INIT, the mode in IA32_APIC_BASE) is re-initialised: SVR 0xFF (software disabled), DFR all ones
 * (flat model), LVT entries masked, everything else 0.
 *
 * <p>Mutable; touched only by the simulation's baton holder.
 *
 * @spec Intel SDM Vol. 3A, §10.4.7.1 "Local APIC State After Power-Up or Reset", §10.4.7.3 "Local
 *     APIC State After an INIT Reset" and §10.12.5.1 "x2APIC States" (§11.x in the 2023+ editions)
 */
public final class LocalApicState {

    /** SVR after reset: spurious vector 0xFF, APIC software disabled (bit 8 clear). */
    static final int SVR_RESET = 0xFF;
    /** SVR bit 8: APIC software enable. */
    static final int SVR_APIC_ENABLED = 1 << 8;
    /** DFR after reset: all ones, the flat model. */
    static final int DFR_RESET = 0xFFFF_FFFF;
    /** LVT bit 16: masked, set in every LVT entry at reset. */
    static final int LVT_MASKED = 1 << 16;

    private final int id;
    private final boolean x2ApicCapable;
    long apicBase;
    int tpr;
    int ldr;
    int dfr;
    int svr;
    /** Errors collected since the last ESR write (SDM: the ESR latches them on write). */
    int esrPending;
    /** The readable ESR: what was pending at the last ESR write. */
    int esrLatched;
    int icrLow;
    int icrHigh;
    long x2ApicIcr;
    int lvtTimer;
    int lvtLint0;
    int lvtLint1;
    int lvtError;
    int timerInitialCount;
    int timerDivide;
    long timerArmedAt;
    /** The xAPIC delivery status is "send pending" until this TSC value. */
    long deliveryBusyUntil;

    /**
     * Creates an APIC after RESET.
     *
     * @param id            the initial (x2)APIC ID
     * @param bsp           whether this processor is the BSP (IA32_APIC_BASE bit 8)
     * @param mode          the mode firmware left the APIC in
     * @param x2ApicCapable whether the processor supports x2APIC (CPUID.01H:ECX[21])
     */
    public LocalApicState(int id, boolean bsp, ApicMode mode, boolean x2ApicCapable) {
        this.id = id;
        this.x2ApicCapable = x2ApicCapable;
        long base = ApicBase.DEFAULT_BASE | ApicBase.ENABLE | (bsp ? ApicBase.BSP : 0);
        this.apicBase = mode == ApicMode.X2APIC ? base | ApicBase.EXTD : base;
        resetRegisters();
    }

    /** INIT: every register but the ID and IA32_APIC_BASE returns to its reset value. */
    public void init() {
        resetRegisters();
    }

    private void resetRegisters() {
        tpr = 0;
        ldr = 0;
        dfr = DFR_RESET;
        svr = SVR_RESET;
        esrPending = 0;
        esrLatched = 0;
        icrLow = 0;
        icrHigh = 0;
        x2ApicIcr = 0;
        lvtTimer = LVT_MASKED;
        lvtLint0 = LVT_MASKED;
        lvtLint1 = LVT_MASKED;
        lvtError = LVT_MASKED;
        timerInitialCount = 0;
        timerDivide = 0;
        timerArmedAt = 0;
        deliveryBusyUntil = 0;
    }

    /** {@return the 32-bit x2APIC ID (in xAPIC mode the low 8 bits are the APIC ID)} */
    public int id() {
        return id;
    }

    /** {@return whether the processor supports x2APIC mode} */
    public boolean x2ApicCapable() {
        return x2ApicCapable;
    }

    /** {@return the IA32_APIC_BASE value} */
    public long apicBase() {
        return apicBase;
    }

    /** Sets IA32_APIC_BASE; the caller has checked the transition. */
    public void setApicBase(long value) {
        apicBase = value;
    }

    /** {@return the TSC until which the xAPIC delivery status reads "send pending"} */
    public long deliveryBusyUntil() {
        return deliveryBusyUntil;
    }

    /** Makes the xAPIC delivery status read "send pending" until {@code tsc}. */
    public void markBusyUntil(long tsc) {
        deliveryBusyUntil = tsc;
    }

    /** {@return whether the APIC is globally enabled (IA32_APIC_BASE.EN)} */
    public boolean globallyEnabled() {
        return (apicBase & ApicBase.ENABLE) != 0;
    }

    /** {@return whether the APIC is in x2APIC mode (EN and EXTD)} */
    public boolean x2ApicMode() {
        return new ApicBase(apicBase).isX2Apic();
    }

    /** {@return whether the xAPIC MMIO page decodes: globally enabled and not in x2APIC mode} */
    public boolean mmioPageDecoded() {
        return globallyEnabled() && !x2ApicMode();
    }

    /** {@return whether the APIC is software enabled (SVR bit 8)} */
    public boolean softwareEnabled() {
        return (svr & SVR_APIC_ENABLED) != 0;
    }

    /** {@return the task priority (TPR bits 0–7)} */
    public int taskPriority() {
        return tpr;
    }

    /** {@return the xAPIC logical destination register} */
    public int ldr() {
        return ldr;
    }

    /** {@return the xAPIC destination format register} */
    public int dfr() {
        return dfr;
    }

    /** Collects an error to be latched by the next ESR write. */
    public void raiseError(int bits) {
        esrPending |= bits;
    }

    /** {@return the errors collected since the last ESR write} */
    public int pendingErrors() {
        return esrPending;
    }
}
