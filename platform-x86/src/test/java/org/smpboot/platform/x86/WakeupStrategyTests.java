package org.smpboot.platform.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.kernel.api.wakeup.ApArrivals;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.machine.MachineDescription;
import org.smpboot.platform.x86.apic.ApicDrivers;
import org.smpboot.platform.x86.wakeup.BroadcastInitSipiSipi;
import org.smpboot.platform.x86.wakeup.IpiDelays;
import org.smpboot.platform.x86.wakeup.ParallelInitSipiSipi;
import org.smpboot.platform.x86.wakeup.PerCpuInitSipiSipi;
import org.smpboot.platform.x86.wakeup.WakeupTiming;

/**
 * The IPI sequences each INIT-SIPI-SIPI strategy sends, read from the machine's trace. No boot
 * image is installed, so no AP reports in: the strategies run their full sequences.
 */
class WakeupStrategyTests {

    /** Linux's modern delays at the machine's default 2 GHz TSC, with a short arrival bound. */
    private static final WakeupTiming MODERN = WakeupTiming.resolve(IpiDelays.MODERN, WakeupTiming.ICR_IDLE_TIMEOUT,
            Delay.micros(100), Optional.of(new TscFrequency(2_000_000_000L)));

    private static OnMachine<WakeupReport> wake(ApicMode mode, List<ApicId> targets,
            BiFunction<HardwarePort, Apic, WakeupStrategy> strategy) {
        List<ApicId> ids = new ArrayList<>(List.of(ApicId.of(0)));
        ids.addAll(targets.stream().filter(id -> id.fits(ApicMode.XAPIC) && id.value() != 0xFF).toList());
        MachineDescription description = MachineDescription.builder().apicIds(ids).apicMode(mode).seed(1).build();
        return OnMachine.run(description, hardware -> {
            Apic apic = ApicDrivers.forHardware(hardware);
            apic.enable();
            return strategy.apply(hardware, apic).wake(new ApBootContext(PhysicalAddress.of(0x8000),
                    PhysicalAddress.of(0x8040), 4096, targets, ApArrivals.NONE));
        });
    }

    private static List<Integer> lowWords(List<Icr> sent, ApicMode mode) {
        return sent.stream().map(icr -> IcrLayout.low(IcrCodec.encode(icr, mode))).toList();
    }

    private static List<ApicId> ids(int... values) {
        return java.util.Arrays.stream(values).mapToObj(ApicId::of).toList();
    }

    @Test
    void theSeedsBroadcastIsCc500Then88500ThenC4608Twice() {
        OnMachine<WakeupReport> run = wake(ApicMode.XAPIC, ids(1, 2, 3),
                (hw, apic) -> new BroadcastInitSipiSipi(hw, apic, MODERN));
        assertEquals(List.of(0x000C_C500, 0x0008_8500, 0x000C_4608, 0x000C_4608), lowWords(run.sent(), ApicMode.XAPIC));
        run.result().outcomes().values().forEach(outcome -> assertInstanceOf(WakeupOutcome.Sent.class, outcome));
    }

    @Test
    void perCpuSendsInitInitStartupStartupToOneApicIdAtATime() {
        OnMachine<WakeupReport> run = wake(ApicMode.XAPIC, ids(1, 2),
                (hw, apic) -> new PerCpuInitSipiSipi(hw, apic, MODERN));
        List<Icr> sent = run.sent();
        assertEquals(8, sent.size());
        assertEquals(List.of(0xC500, 0x8500, 0x4608, 0x4608, 0xC500, 0x8500, 0x4608, 0x4608),
                lowWords(sent, ApicMode.XAPIC));
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2), sent.stream().map(Icr::destination).toList());
    }

    @Test
    void parallelSendsEachPhaseToEveryTargetBeforeTheNextPhase() {
        OnMachine<WakeupReport> run = wake(ApicMode.X2APIC, ids(1, 2, 3),
                (hw, apic) -> new ParallelInitSipiSipi(hw, apic, MODERN));
        List<Icr> sent = run.sent();
        assertEquals(List.of(1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3), sent.stream().map(Icr::destination).toList());
        assertEquals(List.of(0xC500, 0xC500, 0xC500, 0x8500, 0x8500, 0x8500, 0x4608, 0x4608, 0x4608, 0x4608, 0x4608,
                0x4608), lowWords(sent, ApicMode.X2APIC));
    }

    @Test
    void idsAnXApicCannotAddressAreRefusedAndTheRestAreWoken() {
        OnMachine<WakeupReport> run = wake(ApicMode.XAPIC, ids(1, 0xFF, 0x100),
                (hw, apic) -> new ParallelInitSipiSipi(hw, apic, MODERN));
        WakeupReport report = run.result();
        assertInstanceOf(WakeupOutcome.Sent.class, report.outcomes().get(ApicId.of(1)));
        assertTrue(((WakeupOutcome.Refused) report.outcomes().get(ApicId.of(0xFF))).reason().contains("broadcast"));
        assertTrue(((WakeupOutcome.Refused) report.outcomes().get(ApicId.of(0x100))).reason().contains("x2APIC"));
        assertTrue(run.sent().stream().allMatch(icr -> icr.destination() == 1));
    }

    @Test
    void aTargetThatAcceptsNothingFailsAloneWithItsEsr() {
        // APIC ID 7 is in the context but not in the machine: nobody accepts its INIT.
        OnMachine<WakeupReport> run = OnMachine.run(MachineDescription.builder().cpus(3).apicMode(ApicMode.XAPIC).build(),
                hardware -> {
                    Apic apic = ApicDrivers.forHardware(hardware);
                    apic.enable();
                    return new PerCpuInitSipiSipi(hardware, apic, MODERN).wake(new ApBootContext(PhysicalAddress.of(0x8000),
                            PhysicalAddress.of(0x8040), 4096, ids(1, 7, 2), ApArrivals.NONE));
                });
        WakeupOutcome.DeliveryFailed failed = (WakeupOutcome.DeliveryFailed) run.result().outcomes().get(ApicId.of(7));
        assertEquals("INIT assert", failed.step());
        assertInstanceOf(WakeupOutcome.Sent.class, run.result().outcomes().get(ApicId.of(2)));
    }
}
