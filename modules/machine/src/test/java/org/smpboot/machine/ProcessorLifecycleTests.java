package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.TriggerMode;
import org.smpboot.kernel.api.boot.ApBootImageLayout;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalMemoryFault;
import org.smpboot.machine.trace.TraceEvent;

/** The SDM's rules for a processor's life: wait-for-SIPI, INIT, SIPI, the trampoline, halt and fault. */
class ProcessorLifecycleTests {

    private static Machine machine(int cpus) {
        return Machine.build(MachineDescription.builder().cpus(cpus).build());
    }

    private static Icr sipiTo(int apicId) {
        return Icr.startup(BootImageFixture.IMAGE_ADDRESS).withPhysicalDestination(new ApicId(apicId));
    }

    private static Icr initTo(int apicId) {
        return Icr.of(DeliveryMode.INIT).withPhysicalDestination(new ApicId(apicId));
    }

    @Nested
    class AfterReset {

        @Test
        void applicationProcessorsWaitForSipiAndTheBspRuns() {
            MachineRun run = machine(3).run(hw -> { }, TestKernel.BUDGET);
            assertEquals(CpuState.HALTED, run.state(0));
            assertEquals(CpuState.WAIT_FOR_SIPI, run.state(1));
            assertEquals(CpuState.WAIT_FOR_SIPI, run.state(2));
            assertFalse(run.budgetExhausted());
        }
    }

    @Nested
    class StartUp {

        @Test
        void aSipiStartsAWaitingApAtVectorTimes4KiB() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            MachineRun run = machine(2).run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
            }, TestKernel.BUDGET);
            assertEquals(CpuState.HALTED, run.state(1));
            TraceEvent.StateChanged running = run.trace().ofType(TraceEvent.StateChanged.class).stream()
                    .filter(change -> change.to() == CpuState.RUNNING).findFirst().orElseThrow();
            assertTrue(running.reason().contains("0x8000"), running.reason());
            assertEquals(1, run.trace().ofType(TraceEvent.KernelEntered.class).size());
        }

        @Test
        void aSipiIsIgnoredUnlessTheTargetWaitsForSipi() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            Machine machine = machine(2);
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
                hw.spinFor(TestKernel.SIPI_DELAY);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
            }, TestKernel.BUDGET);
            assertEquals(1, machine.memory().readInt(BootImageFixture.COUNTER), "the AP ran once");
            TraceEvent.IpiIgnored ignored = run.trace().ofType(TraceEvent.IpiIgnored.class).getFirst();
            assertEquals(DeliveryMode.STARTUP, ignored.mode());
            assertTrue(ignored.reason().contains("HALTED"), ignored.reason());
        }

        @Test
        void aSecondSipiWhileTheApStartsIsIgnored() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            MachineRun run = machine(2).run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
                hw.spinFor(3_000);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
            }, TestKernel.BUDGET);
            assertTrue(run.trace().ofType(TraceEvent.IpiIgnored.class).getFirst().reason().contains("STARTING"));
        }

        @Test
        void theBroadcastSequenceOfTheSdmBootsEveryAp() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            Machine machine = machine(8);
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.initSipiSipi(hw, ApicMode.XAPIC);
            }, TestKernel.BUDGET);
            assertEquals(8, run.count(CpuState.HALTED));
            assertEquals(7, machine.memory().readInt(BootImageFixture.COUNTER));
        }
    }

    @Nested
    class Init {

        @Test
        void initResetsARunningApToWaitForSipi() {
            ApEntryPoint spinsForever = hw -> hw.spinUntil(() -> false, Long.MAX_VALUE);
            MachineRun run = machine(2).run(hw -> {
                BootImageFixture.install(hw, spinsForever);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
                hw.spinFor(TestKernel.SIPI_DELAY);
                TestKernel.send(hw, ApicMode.XAPIC, initTo(1));
            }, TestKernel.BUDGET);
            assertEquals(CpuState.WAIT_FOR_SIPI, run.state(1));
            assertFalse(run.budgetExhausted(), "the unwound AP leaves nothing pending");
        }

        @Test
        void aSipiAfterInitStartsTheApAfresh() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            Machine machine = machine(2);
            machine.run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
                hw.spinFor(TestKernel.SIPI_DELAY);
                TestKernel.send(hw, ApicMode.XAPIC, initTo(1));
                hw.spinFor(TestKernel.INIT_DELAY);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
            }, TestKernel.BUDGET);
            assertEquals(2, machine.memory().readInt(BootImageFixture.COUNTER));
        }

        @Test
        void initCancelsAStartInProgress() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            Machine machine = machine(2);
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
                hw.spinFor(3_000);
                TestKernel.send(hw, ApicMode.XAPIC, initTo(1));
            }, TestKernel.BUDGET);
            assertEquals(CpuState.WAIT_FOR_SIPI, run.state(1));
            assertEquals(0, machine.memory().readInt(BootImageFixture.COUNTER));
        }

        @Test
        void initLevelDeassertIsATracedNoOp() {
            Icr deassert = Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).withTriggerMode(TriggerMode.LEVEL)
                    .withPhysicalDestination(new ApicId(1));
            MachineRun run = machine(2).run(hw -> TestKernel.send(hw, ApicMode.XAPIC, deassert), TestKernel.BUDGET);
            TraceEvent.IpiIgnored ignored = run.trace().ofType(TraceEvent.IpiIgnored.class).getFirst();
            assertTrue(ignored.reason().contains("de-assert"), ignored.reason());
            assertEquals(List.of(), run.trace().ofType(TraceEvent.StateChanged.class).stream()
                    .filter(change -> change.cpu().value() == 1).toList());
        }

        @Test
        void initRevivesAHaltedAp() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            MachineRun run = machine(2).run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
                hw.spinFor(TestKernel.SIPI_DELAY);
                TestKernel.send(hw, ApicMode.XAPIC, initTo(1));
            }, TestKernel.BUDGET);
            assertEquals(CpuState.WAIT_FOR_SIPI, run.state(1));
        }

        @Test
        void initReachingTheBspLosesTheKernel() {
            MachineRun run = machine(2).run(hw -> {
                TestKernel.send(hw, ApicMode.XAPIC, initTo(0));
                hw.spinFor(TestKernel.INIT_DELAY);
            }, TestKernel.BUDGET);
            assertEquals(CpuState.FAULTED, run.state(0));
            assertTrue(run.cpu(0).faultReason().orElseThrow().contains("bootstrap processor"));
        }
    }

    @Nested
    class Trampoline {

        private MachineRun startWith(byte[] image) {
            return machine(2).run(hw -> {
                hw.memory().write(BootImageFixture.IMAGE_ADDRESS, image);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
            }, TestKernel.BUDGET);
        }

        private String faultOf(MachineRun run) {
            assertEquals(CpuState.FAULTED, run.state(1));
            return run.cpu(1).faultReason().orElseThrow();
        }

        @Test
        void startingWhereNoBootImageIsTripleFaults() {
            MachineRun run = machine(2).run(hw -> TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1)), TestKernel.BUDGET);
            assertTrue(faultOf(run).contains("SMPB-RM1"), faultOf(run));
        }

        @Test
        void aReservedStartupVectorStartsTheApInTheBiosAreaWhereItTripleFaults() {
            MachineRun run = machine(2).run(hw -> TestKernel.sendRaw(hw, ApicMode.XAPIC, 0x0100_0000_0000_46A0L),
                    TestKernel.BUDGET);
            assertTrue(faultOf(run).contains("0xa0000"), faultOf(run));
        }

        @Test
        void anUnfilledPageTableSlotTripleFaults() {
            String reason = faultOf(startWith(BootImageFixture.image(0, BootImageFixture.BOOT_INFO, 0)));
            assertTrue(reason.contains("page-table pointer slot"), reason);
        }

        @Test
        void aMisalignedPageTablePointerTripleFaults() {
            String reason = faultOf(startWith(BootImageFixture.image(0, BootImageFixture.BOOT_INFO, 0x20_0010)));
            assertTrue(reason.contains("0x200010"), reason);
        }

        @Test
        void aPageTablePointerIntoAHoleTripleFaults() {
            String reason = faultOf(startWith(BootImageFixture.image(0, BootImageFixture.BOOT_INFO, 0xFEE0_0000)));
            assertTrue(reason.contains("not a 4 KiB-aligned page of RAM"), reason);
        }

        @Test
        void anUnfilledBootInfoSlotTripleFaults() {
            String reason = faultOf(startWith(BootImageFixture.image(0, 0, (int) BootImageFixture.PAGE_TABLE)));
            assertTrue(reason.contains("boot-info pointer slot"), reason);
        }

        @Test
        void aKernelEntryThatIsNoLoadedEntryPointTripleFaults() {
            String reason = faultOf(startWith(BootImageFixture.image(0xFFFF_FFFF_8100_0040L, BootImageFixture.BOOT_INFO,
                    (int) BootImageFixture.PAGE_TABLE)));
            assertTrue(reason.contains("0xffffffff81000040"), reason);
        }

        @Test
        void anUnknownFormatVersionTripleFaults() {
            byte[] image = BootImageFixture.image(0, BootImageFixture.BOOT_INFO, (int) BootImageFixture.PAGE_TABLE);
            image[ApBootImageLayout.VERSION_OFFSET] = 2;
            assertTrue(faultOf(startWith(image)).contains("format version 2"));
        }

        @Test
        void slotsFilledAfterTheSipiButBeforeTheTrampolineReadsThemWork() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            Machine machine = machine(2);
            MachineRun run = machine.run(hw -> {
                hw.memory().write(BootImageFixture.IMAGE_ADDRESS, BootImageFixture.image(hw.addressOf(entry), 0, 0));
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
                hw.memory().writeLong(BootImageFixture.IMAGE_ADDRESS + ApBootImageLayout.BOOT_INFO_POINTER_OFFSET,
                        BootImageFixture.BOOT_INFO);
                hw.memory().writeInt(BootImageFixture.IMAGE_ADDRESS + ApBootImageLayout.PAGE_TABLE_POINTER_OFFSET,
                        (int) BootImageFixture.PAGE_TABLE);
            }, TestKernel.BUDGET);
            assertEquals(CpuState.HALTED, run.state(1));
        }
    }

    @Nested
    class KernelEntry {

        private MachineRun runEntry(ApEntryPoint entry) {
            return machine(2).run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(1));
            }, TestKernel.BUDGET);
        }

        @Test
        void anEntryThatReturnsHaltsTheProcessor() {
            assertEquals(CpuState.HALTED, runEntry(hw -> { }).state(1));
        }

        @Test
        void aHardwareFaultOutOfTheEntryFaultsTheProcessorWithItsMessage() {
            MachineRun run = runEntry(hw -> hw.memory().readInt(0xC000_0000L));
            assertEquals(CpuState.FAULTED, run.state(1));
            assertTrue(run.cpu(1).faultReason().orElseThrow().startsWith("Physical memory fault at 0xc0000000"));
        }

        @Test
        void anyOtherExceptionIsAKernelPanic() {
            MachineRun run = runEntry(hw -> {
                throw new IllegalStateException("no per-CPU area");
            });
            assertEquals("kernel panic on cpu 1: java.lang.IllegalStateException: no per-CPU area",
                    run.cpu(1).faultReason().orElseThrow());
        }

        @Test
        void theEntryRunsOnTheApThatStarted() {
            Machine machine = Machine.build(MachineDescription.builder().topology(1, 3, 1).build());
            ApEntryPoint recordsItsId = hw -> hw.memory().writeInt(BootImageFixture.COUNTER, hw.currentApicId().value());
            machine.run(hw -> {
                BootImageFixture.install(hw, recordsItsId);
                TestKernel.send(hw, ApicMode.XAPIC, sipiTo(2));
            }, TestKernel.BUDGET);
            assertEquals(2, machine.memory().readInt(BootImageFixture.COUNTER));
        }

        @Test
        void aBspProgramThatFaultsStopsTheBspOnly() {
            MachineRun run = machine(2).run((HardwarePort hw) -> {
                throw new PhysicalMemoryFault(0, 1, "test");
            }, TestKernel.BUDGET);
            assertEquals(CpuState.FAULTED, run.state(0));
            assertEquals(CpuState.WAIT_FOR_SIPI, run.state(1));
        }
    }
}
