package org.smpboot.platform.x86.wakeup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.wakeup.ApArrivals;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;

/**
 * Linux's wake-up: each AP in turn gets INIT assert, INIT de-assert and up to two Start-Ups
 * addressed to its APIC ID, and the BSP waits (bounded) for it to reach the kernel before the next.
 *
 * <p>Unlike Linux, the second Start-Up is skipped when the AP has already reported in: the SDM
 * sends two only because the first may be lost, and a running AP ignores it anyway. A delivery
 * error for one AP is that AP's outcome; the others are still woken.
 *
 * @spec Intel SDM Vol. 3A §8.4.4.1; Linux arch/x86/kernel/smpboot.c
 *     {@code wakeup_secondary_cpu_via_init} (spec digest §3.3)
 */
public final class PerCpuInitSipiSipi extends InitSipiSipi {

    /** The name users select it by. */
    public static final String NAME = "per-cpu";


    /**
     * Creates the strategy.
     *
     * @param hardware the hardware port
     * @param apic     the BSP's local APIC driver
     * @param timing   the waits
     */
    public PerCpuInitSipiSipi(HardwarePort hardware, Apic apic, WakeupTiming timing) {
        super(hardware, apic, timing);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WakeupReport wake(ApBootContext context) {
        Map<ApicId, WakeupOutcome> outcomes = new LinkedHashMap<>();
        for (ApicId target : context.targets()) {
            WakeupOutcome outcome = Addressing.refusal(target, apic.mode())
                    .orElseGet(() -> wakeOne(target, context));
            outcomes.put(target, outcome);
            if (outcome.kicked()) {
                ApArrivals arrivals = context.arrivals();
                hardware.spinUntil(() -> arrivals.hasArrived(target), timing.arrivalTimeout());
            }
        }
        return WakeupReport.of(NAME, context, outcomes);
    }

    private WakeupOutcome wakeOne(ApicId target, ApBootContext context) {
        Optional<WakeupOutcome> failure = sender.send("INIT assert", InitSipiMessages.initAssert(target));
        if (failure.isPresent()) {
            return failure.get();
        }
        hardware.spinFor(timing.afterInitAssert());
        failure = sender.send("INIT de-assert", InitSipiMessages.initDeassert(target));
        if (failure.isPresent()) {
            return failure.get();
        }
        hardware.spinFor(timing.afterInitDeassert());
        for (int attempt = 1; attempt <= 2; attempt++) {
            if (attempt == 2 && context.arrivals().hasArrived(target)) {
                break;
            }
            failure = sender.send("Start-Up #" + attempt, InitSipiMessages.startup(target, context.realModeEntry()));
            if (failure.isPresent()) {
                return failure.get();
            }
            hardware.spinFor(timing.startupSettle() + timing.afterStartup());
        }
        return new WakeupOutcome.Sent(hardware.rdtsc());
    }
}
