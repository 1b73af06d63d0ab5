package org.smpboot.platform.x86.wakeup;

import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;

/**
 * What the INIT-SIPI-SIPI strategies share: the BSP's APIC driver, an {@link IpiSender} that checks
 * each IPI left, and the waits. Each variant decides whom it addresses and when it waits.
 *
 * @spec Intel SDM Vol. 3A §8.4.4.1 "Typical BSP Initialization Sequence"
 */
public abstract sealed class InitSipiSipi implements WakeupStrategy
        permits BroadcastInitSipiSipi, PerCpuInitSipiSipi, ParallelInitSipiSipi {

    /** The hardware port. */
    final HardwarePort hardware;
    /** The BSP's local APIC driver. */
    final Apic apic;
    /** Sends one IPI and checks it left. */
    final IpiSender sender;
    /** The waits, in TSC cycles. */
    final WakeupTiming timing;

    InitSipiSipi(HardwarePort hardware, Apic apic, WakeupTiming timing) {
        this.hardware = hardware;
        this.apic = apic;
        this.sender = new IpiSender(apic, timing.icrIdleTimeout());
        this.timing = timing;
    }
}
