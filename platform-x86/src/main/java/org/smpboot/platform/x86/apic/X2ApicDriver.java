package org.smpboot.platform.x86.apic;

import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.ApicVersion;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.LocalApicRegister;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * The local APIC in x2APIC mode, reached through MSRs 0x800–0x8FF.
 *
 * <p>The ID register (MSR 0x802) is the full 32-bit x2APIC ID; the ICR is one 64-bit MSR (0x830)
 * written once; it has no delivery status, so there is nothing to wait for after a send. The ESR
 * accepts only 0 as a write (anything else raises #GP).
 *
 * @spec Intel SDM Vol. 3A, §10.12 "Extended xAPIC (x2APIC)": §10.12.1.2 (MSR address map),
 *     §10.12.5 (state transitions), §10.12.9 "ICR Operation in x2APIC Mode"
 */
public final class X2ApicDriver implements Apic {

    private final HardwarePort hardware;

    /**
     * Creates a driver.
     *
     * @param hardware the hardware port
     */
    public X2ApicDriver(HardwarePort hardware) {
        this.hardware = hardware;
    }

    @Override
    public ApicMode mode() {
        return ApicMode.X2APIC;
    }

    @Override
    public void enable() {
        ApicBase apicBase = new ApicBase(hardware.readMsr(ApicBase.MSR));
        if (!apicBase.isX2Apic()) {
            // The SDM's state diagram has no edge from "disabled" to "x2APIC": enable xAPIC first.
            if (!apicBase.isEnabled()) {
                apicBase = apicBase.with(ApicBase.ENABLE);
                hardware.writeMsr(ApicBase.MSR, apicBase.raw());
            }
            hardware.writeMsr(ApicBase.MSR, apicBase.with(ApicBase.EXTD).raw());
        }
        write(LocalApicRegister.SVR, read(LocalApicRegister.SVR) | SpuriousVector.ENABLED);
    }

    @Override
    public ApicId id() {
        return ApicId.of(read(LocalApicRegister.ID) & 0xFFFF_FFFFL);
    }

    @Override
    public ApicVersion version() {
        return ApicVersion.decode((int) read(LocalApicRegister.VERSION));
    }

    @Override
    public void sendIpi(Icr icr) {
        write(LocalApicRegister.ICR_LOW, IcrCodec.encode(icr, ApicMode.X2APIC));
    }

    @Override
    public ErrorStatus readErrorStatus() {
        write(LocalApicRegister.ESR, 0);
        return ErrorStatus.decode((int) read(LocalApicRegister.ESR));
    }

    @Override
    public void clearErrorStatus() {
        write(LocalApicRegister.ESR, 0);
        write(LocalApicRegister.ESR, 0);
    }

    /** The x2APIC ICR has no delivery status: a WRMSR to 0x830 completes the send. */
    @Override
    public boolean waitForIdle(long timeoutCycles) {
        return true;
    }

    private long read(LocalApicRegister register) {
        return hardware.readMsr(msr(register));
    }

    private void write(LocalApicRegister register, long value) {
        hardware.writeMsr(msr(register), value);
    }

    private static int msr(LocalApicRegister register) {
        return register.msr().orElseThrow(() -> new IllegalStateException(register + " has no x2APIC MSR"));
    }
}
