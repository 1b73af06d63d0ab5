package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.machine.fault.FaultSpec;
import org.smpboot.machine.trace.Trace;
import org.smpboot.machine.trace.TraceEvent;

/** Virtual time, the one-at-a-time scheduler, spin-waits, the end of a run, and determinism. */
class SchedulingTests {

    /** A small bring-up whose interleaving depends on the seed's jitter: APs race for the counter. */
    private static Trace bringUp(long seed) {
        ApEntryPoint entry = hw -> {
            int order = hw.memory().getAndAddInt(BootImageFixture.COUNTER, 1);
            hw.memory().writeInt(BootImageFixture.BOOT_INFO + 4L * order, hw.currentApicId().value());
        };
        Machine machine = Machine.build(MachineDescription.builder().cpus(8).seed(seed).build());
        return machine.run(hw -> {
            BootImageFixture.install(hw, entry);
            TestKernel.initSipiSipi(hw, ApicMode.XAPIC);
            hw.spinUntil(() -> hw.memory().readInt(BootImageFixture.COUNTER) == 7, TestKernel.BUDGET);
        }, TestKernel.BUDGET).trace();
    }

    @Nested
    class Determinism {

        @Test
        void theSameSeedGivesAnIdenticalTrace() {
            assertEquals(bringUp(42), bringUp(42));
        }

        @Test
        void differentSeedsGiveDifferentInterleavings() {
            assertNotEquals(bringUp(1).events(), bringUp(2).events());
        }

        @Test
        void theTraceIsInVirtualTimeOrder() {
            List<TraceEvent> events = bringUp(3).events();
            for (int i = 1; i < events.size(); i++) {
                assertTrue(events.get(i - 1).cycle() <= events.get(i).cycle(), "event %d goes back in time".formatted(i));
            }
        }
    }

    @Nested
    class SpinWaits {

        @Test
        void aSpinWaitWakesOnTheWriteThatSatisfiesItAtTheWritersTime() {
            long[] times = new long[2];
            ApEntryPoint writer = hw -> {
                hw.spinFor(1_000_000);
                times[0] = hw.rdtsc();
                hw.memory().writeIntRelease(BootImageFixture.COUNTER, 1);
            };
            Machine.build(MachineDescription.builder().cpus(2).build()).run(hw -> {
                BootImageFixture.install(hw, writer);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS)
                        .withPhysicalDestination(new ApicId(1)));
                assertTrue(hw.spinUntil(() -> hw.memory().readIntAcquire(BootImageFixture.COUNTER) == 1, TestKernel.BUDGET));
                times[1] = hw.rdtsc();
            }, TestKernel.BUDGET);
            long woken = times[1] - times[0];
            assertTrue(woken > 0 && woken < 1_000, "woken %d cycles after the write".formatted(woken));
        }

        @Test
        void aSpinWaitThatNothingSatisfiesEndsAtItsDeadline() {
            long[] elapsed = new long[1];
            boolean[] held = {true};
            Machine.build(MachineDescription.builder().cpus(1).build()).run(hw -> {
                long start = hw.rdtsc();
                held[0] = hw.spinUntil(() -> hw.memory().readInt(BootImageFixture.COUNTER) == 1, 5_000_000);
                elapsed[0] = hw.rdtsc() - start;
            }, TestKernel.BUDGET);
            assertFalse(held[0]);
            assertTrue(elapsed[0] >= 5_000_000 && elapsed[0] < 5_001_000, "elapsed " + elapsed[0]);
        }

        @Test
        void aWriteToMemoryTheConditionDoesNotReadDoesNotWakeIt() {
            List<Long> wakes = new ArrayList<>();
            ApEntryPoint unrelated = hw -> hw.memory().writeInt(BootImageFixture.COUNTER + 4096, 1);
            Machine.build(MachineDescription.builder().cpus(2).build()).run(hw -> {
                BootImageFixture.install(hw, unrelated);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS)
                        .withPhysicalDestination(new ApicId(1)));
                long start = hw.rdtsc();
                hw.spinUntil(() -> hw.memory().readInt(BootImageFixture.COUNTER) == 1, 10_000_000);
                wakes.add(hw.rdtsc() - start);
            }, TestKernel.BUDGET);
            assertTrue(wakes.getFirst() >= 10_000_000);
        }

        @Test
        void aFaultRaisedWhileReEvaluatingAConditionIsTheWaitersFault() {
            ApEntryPoint waitsThenReadsAHole = hw -> hw.spinUntil(() -> hw.memory().readInt(BootImageFixture.COUNTER) == 1
                    && hw.memory().readInt(0xC000_0000L) == 0, TestKernel.BUDGET);
            MachineRun run = Machine.build(MachineDescription.builder().cpus(2).build()).run(hw -> {
                BootImageFixture.install(hw, waitsThenReadsAHole);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS).withPhysicalDestination(new ApicId(1)));
                hw.spinFor(TestKernel.SIPI_DELAY);
                hw.memory().writeInt(BootImageFixture.COUNTER, 1);
            }, TestKernel.BUDGET);
            assertEquals(CpuState.HALTED, run.state(0), "the writer is unharmed");
            assertEquals(CpuState.FAULTED, run.state(1));
            assertTrue(run.cpu(1).faultReason().orElseThrow().startsWith("Physical memory fault at 0xc0000000"));
        }

        @Test
        void aConditionMustNotWrite() {
            MachineRun run = Machine.build(MachineDescription.builder().cpus(1).build()).run(hw ->
                    hw.spinUntil(() -> {
                        hw.memory().writeInt(BootImageFixture.COUNTER, 1);
                        return true;
                    }, 100), TestKernel.BUDGET);
            assertTrue(run.cpu(0).faultReason().orElseThrow().contains("must not write"));
        }

        @Test
        void spinForAdvancesVirtualTimeWithoutHostTime() {
            long[] elapsed = new long[1];
            long hostStart = System.nanoTime();
            Machine.build(MachineDescription.builder().cpus(1).build()).run(hw -> {
                long start = hw.rdtsc();
                hw.spinFor(2_000_000_000_000L);
                elapsed[0] = hw.rdtsc() - start;
            }, Long.MAX_VALUE);
            assertTrue(elapsed[0] >= 2_000_000_000_000L);
            assertTrue(System.nanoTime() - hostStart < 5_000_000_000L, "a virtual 1000 s took host seconds");
        }
    }

    @Nested
    class EndOfRun {

        @Test
        void theRunOutlivesTheBspProgramSoALateApIsObserved() {
            ApEntryPoint entry = BootImageFixture.countingEntry();
            MachineRun run = Machine.build(MachineDescription.builder().cpus(2)
                    .fault(FaultSpec.parse("cpu=1:late=50ms")).build()).run(hw -> {
                        BootImageFixture.install(hw, entry);
                        TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS)
                                .withPhysicalDestination(new ApicId(1)));
                    }, TestKernel.BUDGET);
            assertEquals(CpuState.HALTED, run.state(1));
            assertTrue(run.cpu(1).tsc() > 100_000_000L, "the AP halted after the BSP program ended");
            assertFalse(run.budgetExhausted());
        }

        @Test
        void theBudgetEndsARunWithWorkPending() {
            ApEntryPoint spins = hw -> hw.spinUntil(() -> false, Long.MAX_VALUE);
            MachineRun run = Machine.build(MachineDescription.builder().cpus(2).build()).run(hw -> {
                BootImageFixture.install(hw, spins);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS)
                        .withPhysicalDestination(new ApicId(1)));
            }, 10_000_000);
            assertTrue(run.budgetExhausted());
            assertEquals(10_000_000, run.endCycle());
            assertEquals(CpuState.RUNNING, run.state(1));
        }

        @Test
        void noProcessorThreadOutlivesTheRun() {
            AtomicReference<Thread> apThread = new AtomicReference<>();
            ApEntryPoint spins = hw -> {
                apThread.set(Thread.currentThread());
                hw.spinUntil(() -> false, Long.MAX_VALUE);
            };
            Machine.build(MachineDescription.builder().cpus(2).build()).run(hw -> {
                BootImageFixture.install(hw, spins);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS)
                        .withPhysicalDestination(new ApicId(1)));
            }, 10_000_000);
            assertFalse(apThread.get().isAlive());
        }

        @Test
        void aMachineRunsOnce() {
            Machine machine = Machine.build(MachineDescription.builder().cpus(1).build());
            machine.run(hw -> { }, 0);
            assertThrows(IllegalStateException.class, () -> machine.run(hw -> { }, 0));
        }

        @Test
        void thePortRefusesThreadsThatAreNotSimulatedProcessors() {
            MachineRun run = Machine.build(MachineDescription.builder().cpus(1).build()).run(hw -> {
                AtomicReference<RuntimeException> refused = new AtomicReference<>();
                Thread foreign = Thread.ofPlatform().start(() -> {
                    try {
                        hw.rdtsc();
                    } catch (RuntimeException expected) {
                        refused.set(expected);
                    }
                });
                try {
                    foreign.join();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw refused.get();
            }, TestKernel.BUDGET);
            assertTrue(run.cpu(0).faultReason().orElseThrow().contains("not the running simulated processor"));
        }

        @Test
        void everyOperationCostsVirtualTime() {
            long[] tsc = new long[2];
            Machine.build(MachineDescription.builder().cpus(1).build()).run(hw -> {
                tsc[0] = hw.rdtsc();
                hw.pause();
                tsc[1] = hw.rdtsc();
            }, TestKernel.BUDGET);
            assertEquals(CostModel.RDTSC_CYCLES + CostModel.PAUSE_CYCLES, tsc[1] - tsc[0]);
        }
    }
}
