package org.smpboot.platform.x86.wakeup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;

/**
 * Parallel wake-up: every AP is kicked before any is waited for, in phases — INIT (assert and
 * de-assert) to each, one INIT delay; Start-Up to each, one Start-Up delay; a second Start-Up to
 * each that has not reported in, one more delay. The delays are paid once per phase instead of
 * once per AP, as in Linux's parallel bring-up (v6.5+), while every IPI stays addressed to one
 * APIC ID, so only listed processors wake and each gets its own outcome.
 *
 * @spec Intel SDM Vol. 3A §8.4.4.1; Linux arch/x86/kernel/smpboot.c parallel bring-up
 *     (spec digest §3.3)
 */
public final class ParallelInitSipiSipi extends InitSipiSipi {

    /** The name users select it by. */
    public static final String NAME = "parallel";


    /**
     * Creates the strategy.
     *
     * @param hardware the hardware port
     * @param apic     the BSP's local APIC driver
     * @param timing   the waits
     */
    public ParallelInitSipiSipi(HardwarePort hardware, Apic apic, WakeupTiming timing) {
        super(hardware, apic, timing);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WakeupReport wake(ApBootContext context) {
        // A target leaves the sequence at its first failure; the failure is its outcome.
        Map<ApicId, WakeupOutcome> failed = new LinkedHashMap<>();
        for (ApicId target : context.targets()) {
            Addressing.refusal(target, apic.mode()).ifPresent(refused -> failed.put(target, refused));
        }
        List<ApicId> targets = context.targets();
        phase(targets, failed, "INIT assert", InitSipiMessages::initAssert);
        hardware.spinFor(timing.afterInitAssert());
        phase(targets, failed, "INIT de-assert", InitSipiMessages::initDeassert);
        hardware.spinFor(timing.afterInitDeassert());
        phase(targets, failed, "Start-Up #1", target -> InitSipiMessages.startup(target, context.realModeEntry()));
        hardware.spinFor(timing.startupSettle() + timing.afterStartup());
        List<ApicId> late = targets.stream().filter(target -> !context.arrivals().hasArrived(target)).toList();
        if (late.stream().anyMatch(target -> !failed.containsKey(target))) {
            phase(late, failed, "Start-Up #2", target -> InitSipiMessages.startup(target, context.realModeEntry()));
            hardware.spinFor(timing.startupSettle() + timing.afterStartup());
        }
        long sentAt = hardware.rdtsc();
        Map<ApicId, WakeupOutcome> outcomes = new LinkedHashMap<>();
        for (ApicId target : targets) {
            outcomes.put(target, failed.getOrDefault(target, new WakeupOutcome.Sent(sentAt)));
        }
        return WakeupReport.of(NAME, context, outcomes);
    }

    /** Sends one step to every target that has not failed yet, recording new failures. */
    private void phase(List<ApicId> targets, Map<ApicId, WakeupOutcome> failed, String step,
            Function<ApicId, Icr> message) {
        for (ApicId target : targets) {
            if (!failed.containsKey(target)) {
                sender.send(step, message.apply(target)).ifPresent(failure -> failed.put(target, failure));
            }
        }
    }
}
