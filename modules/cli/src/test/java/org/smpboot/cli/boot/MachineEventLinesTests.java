package org.smpboot.cli.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.trace.Trace;
import org.smpboot.machine.trace.TraceEvent;

/** The rules by which the machine's trace becomes log lines, on hand-made traces. */
class MachineEventLinesTests {

    private static final long[] NO_KERNEL_LINES = {};

    private static TraceEvent.IpiSent broadcastInit(long cycle) {
        return new TraceEvent.IpiSent(cycle, CpuIndex.BSP, Icr.of(DeliveryMode.INIT)
                .withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF), ApicMode.XAPIC, false);
    }

    private static TraceEvent.IpiDelivered init(long cycle, int cpu) {
        return new TraceEvent.IpiDelivered(cycle, CpuIndex.of(cpu), CpuIndex.BSP, DeliveryMode.INIT, 0);
    }

    private static List<String> lines(long[] kernel, TraceEvent... events) {
        return MachineEventLines.of(new Trace(2_000_000_000L, List.of(events)), kernel).stream().map(LogEntry::text)
                .toList();
    }

    @Test
    void identicalConsequencesOfOneStepMergeIntoOneLine() {
        assertEquals(List.of("machine: cpu 0: sent init vector 0x00 physical dest 0x0 shorthand all-but-self",
                "machine: cpus 1-3,5 (4): accepted init vector 0x00 from cpu 0"),
                lines(NO_KERNEL_LINES, broadcastInit(10), init(12, 2), init(13, 1), init(14, 5), init(15, 3)));
    }

    @Test
    void theSameConsequenceOfTheNextStepIsANewLine() {
        assertEquals(List.of("machine: cpu 0: sent init vector 0x00 physical dest 0x0 shorthand all-but-self",
                "machine: cpu 1: accepted init vector 0x00 from cpu 0",
                "machine: cpu 0: sent init vector 0x00 physical dest 0x0 shorthand all-but-self",
                "machine: cpu 1: accepted init vector 0x00 from cpu 0"),
                lines(NO_KERNEL_LINES, broadcastInit(10), init(12, 1), broadcastInit(20), init(22, 1)));
    }

    @Test
    void aKernelLineEndsTheGroupsBeforeIt() {
        List<LogEntry> entries = MachineEventLines.of(new Trace(2_000_000_000L, List.of(broadcastInit(10), init(12, 1),
                init(30, 2))), new long[] {20});
        assertEquals(List.of("machine: cpu 0: sent init vector 0x00 physical dest 0x0 shorthand all-but-self",
                "machine: cpu 1: accepted init vector 0x00 from cpu 0",
                "machine: cpu 2: accepted init vector 0x00 from cpu 0"), entries.stream().map(LogEntry::text).toList());
        assertEquals(List.of(10L, 12L, 30L), entries.stream().map(LogEntry::cycle).toList());
    }

    @Test
    void aConsequenceLongAfterItsGroupStartsANewLine() {
        // 2 GHz: 100 µs is 200,000 cycles. cpu 2 accepts 300 µs after cpu 1, cpu 3 just after cpu 2.
        assertEquals(List.of("machine: cpu 0: sent init vector 0x00 physical dest 0x0 shorthand all-but-self",
                "machine: cpu 1: accepted init vector 0x00 from cpu 0",
                "machine: cpus 2-3 (2): accepted init vector 0x00 from cpu 0"),
                lines(NO_KERNEL_LINES, broadcastInit(10), init(12, 1), init(600_012, 2), init(600_100, 3)));
    }

    @Test
    void aMergedLineIsStampedWithItsFirstEvent() {
        List<LogEntry> entries = MachineEventLines.of(new Trace(2_000_000_000L, List.of(broadcastInit(10), init(12, 2),
                init(17, 1))), NO_KERNEL_LINES);
        assertEquals(12, entries.get(1).cycle());
    }

    @Test
    void faultsAndViolationsAreNeverMerged() {
        TraceEvent.StateChanged fault1 = new TraceEvent.StateChanged(40, CpuIndex.of(1), CpuState.RUNNING,
                CpuState.FAULTED, "triple fault");
        TraceEvent.StateChanged fault2 = new TraceEvent.StateChanged(41, CpuIndex.of(2), CpuState.RUNNING,
                CpuState.FAULTED, "triple fault");
        TraceEvent.IpiNotAccepted refused = new TraceEvent.IpiNotAccepted(50, CpuIndex.BSP, DeliveryMode.INIT, 7);
        assertEquals(List.of("machine: cpu 1: RUNNING -> FAULTED: triple fault",
                "machine: cpu 2: RUNNING -> FAULTED: triple fault",
                "machine: cpu 0: no processor accepted init to destination 0x7: send accept error"),
                lines(NO_KERNEL_LINES, fault1, fault2, refused));
    }

    @Test
    void anEmptyTraceHasNoLines() {
        assertEquals(List.of(), lines(NO_KERNEL_LINES));
    }
}
