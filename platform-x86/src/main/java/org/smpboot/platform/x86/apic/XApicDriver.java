package org.smpboot.platform.x86.apic;

import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.ApicVersion;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.LocalApicRegister;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * The local APIC in xAPIC mode, reached through its 4 KiB MMIO page at the base IA32_APIC_BASE
 * names (0xFEE00000 by default).
 *
 * <p>The ID register holds the 8-bit APIC ID in bits 24–31; Asterinas before PR #3757 returned the
 * raw register and so saw every CPU as 0, which this driver does not. The ICR is written high word
 * first, because the write of the low word sends the IPI.
 *
 * @spec Intel SDM Vol. 3A, §10.4.1 "The Local APIC Block Diagram" (register map), §10.4.6 "Local
 *     APIC ID", §10.6.1 "Interrupt Command Register (ICR)", §10.5.3 "Error Handling"
 */
public final class XApicDriver implements Apic {

    /** The ID register's APIC ID field: bits 24–31. */
    static final int ID_SHIFT = 24;

    private final HardwarePort hardware;
    private final long base;

    /**
     * Creates a driver for the APIC page at the base the executing processor's IA32_APIC_BASE
     * reports. All processors share the base (the MMIO page is per-processor, at the same address).
     *
     * @param hardware the hardware port
     */
    public XApicDriver(HardwarePort hardware) {
        this.hardware = hardware;
        this.base = new ApicBase(hardware.readMsr(ApicBase.MSR)).base();
    }

    @Override
    public ApicMode mode() {
        return ApicMode.XAPIC;
    }

    @Override
    public void enable() {
        ApicBase apicBase = new ApicBase(hardware.readMsr(ApicBase.MSR));
        if (!apicBase.isEnabled()) {
            hardware.writeMsr(ApicBase.MSR, apicBase.with(ApicBase.ENABLE).raw());
        }
        write(LocalApicRegister.SVR, read(LocalApicRegister.SVR) | SpuriousVector.ENABLED);
    }

    @Override
    public ApicId id() {
        return ApicId.of(Integer.toUnsignedLong(read(LocalApicRegister.ID)) >>> ID_SHIFT);
    }

    @Override
    public ApicVersion version() {
        return ApicVersion.decode(read(LocalApicRegister.VERSION));
    }

    @Override
    public void sendIpi(Icr icr) {
        long raw = IcrCodec.encode(icr, ApicMode.XAPIC);
        // Order matters: the low-word write sends the IPI, so the destination must be in place.
        write(LocalApicRegister.ICR_HIGH, IcrLayout.high(raw));
        write(LocalApicRegister.ICR_LOW, IcrLayout.low(raw));
    }

    @Override
    public ErrorStatus readErrorStatus() {
        // The ESR is updated by a write: errors since the previous write become readable.
        write(LocalApicRegister.ESR, 0);
        return ErrorStatus.decode(read(LocalApicRegister.ESR));
    }

    @Override
    public void clearErrorStatus() {
        // The first write latches pending errors, the second replaces them with "none since".
        write(LocalApicRegister.ESR, 0);
        write(LocalApicRegister.ESR, 0);
    }

    @Override
    public boolean waitForIdle(long timeoutCycles) {
        return hardware.spinUntil(
                () -> (read(LocalApicRegister.ICR_LOW) & IcrLayout.DELIVERY_STATUS_MASK) == 0, timeoutCycles);
    }

    private int read(LocalApicRegister register) {
        return hardware.mmioRead32(base + register.mmioOffset());
    }

    private void write(LocalApicRegister register, int value) {
        hardware.mmioWrite32(base + register.mmioOffset(), value);
    }
}
