package org.smpboot.platform.x86.wakeup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;

/**
 * The seed's wake-up: INIT assert, INIT de-assert, Start-Up, Start-Up, each broadcast to all
 * processors but the BSP with a shorthand, each followed by a fixed spin.
 *
 * <p>A broadcast cannot tell one target from another, so every target gets the same outcome, and
 * processors the MADT does not list wake up too: the bring-up must expect arrivals it did not
 * count (the seed's hazard: its per-AP array was sized from the MADT count). The second Start-Up
 * is sent unconditionally; it is harmless to processors already running, which ignore it.
 *
 * @spec Intel SDM Vol. 3A §8.4.4.1 "Typical BSP Initialization Sequence"; spec digest §1.5
 *     (Asterinas {@code send_boot_ipis})
 */
public final class BroadcastInitSipiSipi extends InitSipiSipi {

    /** The name users select it by. */
    public static final String NAME = "broadcast";


    /**
     * Creates the strategy.
     *
     * @param hardware the hardware port
     * @param apic     the BSP's local APIC driver
     * @param timing   the waits
     */
    public BroadcastInitSipiSipi(HardwarePort hardware, Apic apic, WakeupTiming timing) {
        super(hardware, apic, timing);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WakeupReport wake(ApBootContext context) {
        if (context.targets().isEmpty()) {
            return WakeupReport.of(NAME, context, Map.of());
        }
        Icr startup = InitSipiMessages.broadcastStartup(context.realModeEntry());
        Optional<WakeupOutcome> failure = step("INIT assert", InitSipiMessages.broadcastInitAssert(),
                timing.afterInitAssert())
                .or(() -> step("INIT de-assert", InitSipiMessages.broadcastInitDeassert(), timing.afterInitDeassert()))
                .or(() -> step("Start-Up #1", startup, timing.afterStartup()))
                .or(() -> step("Start-Up #2", startup, timing.afterStartup()));
        WakeupOutcome outcome = failure.orElseGet(() -> new WakeupOutcome.Sent(hardware.rdtsc()));
        Map<ApicId, WakeupOutcome> outcomes = new LinkedHashMap<>();
        context.targets().forEach(target -> outcomes.put(target, outcome));
        return WakeupReport.of(NAME, context, outcomes);
    }

    /** Sends one broadcast and spins after it; a failure stops the sequence. */
    private Optional<WakeupOutcome> step(String name, Icr icr, long spinCycles) {
        Optional<WakeupOutcome> failure = sender.send(name, icr);
        if (failure.isEmpty()) {
            hardware.spinFor(spinCycles);
        }
        return failure;
    }
}
