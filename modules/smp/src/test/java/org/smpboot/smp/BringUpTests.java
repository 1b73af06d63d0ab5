package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.MachineDescription;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * End-to-end bring-up on the simulated machine: counts, modes, strategies. Every test boots real
 * kernel code against the machine and checks both the kernel's report and what the machine saw.
 */
class BringUpTests {

    private static MachineDescription.Builder machine(int cpus, ApicMode mode) {
        return MachineDescription.builder().cpus(cpus).apicMode(mode).seed(1);
    }

    private static void assertAllOnline(SimulatedBoot boot, int cpus) {
        BootReport report = boot.requireReport();
        assertEquals(cpus, report.expected(), "expected");
        assertEquals(cpus, report.online(), () -> "online; report: " + report.cpus());
        assertTrue(report.complete());
        assertEquals(cpus, report.withStatus(CpuStatus.ONLINE).size());
        assertEquals(cpus, boot.run().count(CpuState.HALTED) + (boot.run().state(0) == CpuState.HALTED ? 0 : 1),
                "every AP halted after its entry returned");
    }

    @Nested
    class Counts {

        @Test
        void aOneCpuMachineBootsTheBspAlone() {
            SimulatedBoot boot = SimulatedBoot.of(machine(1, ApicMode.XAPIC).build());
            BootReport report = boot.requireReport();
            assertEquals(1, report.expected());
            assertEquals(1, report.online());
            assertTrue(report.cpus().getFirst().bsp());
        }

        @ParameterizedTest(name = "{0} CPUs, {1}")
        @CsvSource({"2, XAPIC", "8, XAPIC", "8, X2APIC", "255, XAPIC", "256, X2APIC"})
        void everyCpuComesOnline(int cpus, ApicMode mode) {
            assertAllOnline(SimulatedBoot.of(machine(cpus, mode).build()), cpus);
        }

        @Test
        void fourThousandNinetySixCpusComeOnlineInX2ApicMode() {
            SimulatedBoot boot = SimulatedBoot.x86(machine(4096, ApicMode.X2APIC).memoryBytes(1L << 30).build(),
                    "wakeup=parallel", "delays=modern");
            assertAllOnline(boot, 4096);
        }

        @Test
        void apicIdsWithTopologyGapsBootByTheirRealIds() {
            // 2 packages x 3 cores x 2 threads: core IDs round up to 4, so IDs have gaps.
            MachineDescription description = MachineDescription.builder().topology(2, 3, 2).seed(3).build();
            BootReport report = SimulatedBoot.of(description).requireReport();
            Set<ApicId> online = report.withStatus(CpuStatus.ONLINE).stream().map(CpuReport::apicId)
                    .collect(Collectors.toSet());
            assertEquals(Set.copyOf(description.assignedApicIds()), online);
            assertTrue(online.stream().anyMatch(id -> id.value() > 11), "gapped IDs beyond the CPU count: " + online);
        }

        @Test
        void cpuNumbersAreDenseInArrivalOrderAndTheBspIsZero() {
            BootReport report = SimulatedBoot.of(machine(8, ApicMode.XAPIC).build()).requireReport();
            List<Integer> numbers = report.withStatus(CpuStatus.ONLINE).stream()
                    .map(cpu -> cpu.cpuNumber().orElseThrow()).sorted().toList();
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), numbers);
            assertEquals(0, report.cpus().getFirst().cpuNumber().orElseThrow());
        }
    }

    @Nested
    class Strategies {

        @ParameterizedTest(name = "{0}, {1}, {2} delays")
        @CsvSource({
            "broadcast, XAPIC, seed", "broadcast, X2APIC, sdm",
            "per-cpu, XAPIC, sdm", "per-cpu, X2APIC, modern",
            "parallel, XAPIC, modern", "parallel, X2APIC, seed",
        })
        void everyStrategyBringsUpEveryCpu(String wakeup, ApicMode mode, String delays) {
            SimulatedBoot boot = SimulatedBoot.x86(machine(8, mode).build(), "wakeup=" + wakeup, "delays=" + delays);
            assertAllOnline(boot, 8);
            assertEquals(wakeup, boot.requireReport().wakeup());
            assertEquals(mode, boot.requireReport().apicMode());
        }

        @Test
        void theSeedsBroadcastSpinsItsFourDelays() {
            BootReport report = SimulatedBoot.x86(machine(4, ApicMode.XAPIC).build(), "wakeup=broadcast").requireReport();
            assertTrue(report.endTsc() >= 160_000_000L, "100M + 3 x 20M cycles of spinning, got " + report.endTsc());
        }

        @Test
        void modernDelaysBootFasterThanTheSdmsInVirtualTime() {
            long sdm = SimulatedBoot.x86(machine(8, ApicMode.XAPIC).build(), "wakeup=per-cpu", "delays=sdm")
                    .requireReport().endTsc();
            long modern = SimulatedBoot.x86(machine(8, ApicMode.XAPIC).build(), "wakeup=per-cpu", "delays=modern")
                    .requireReport().endTsc();
            assertTrue(modern < sdm, "modern " + modern + " vs sdm " + sdm);
        }
    }

    @Nested
    class Determinism {

        @Test
        void theSameMachineAndSeedGiveTheSameReport() {
            BootReport first = SimulatedBoot.x86(machine(16, ApicMode.X2APIC).build(), "wakeup=parallel").requireReport();
            BootReport second = SimulatedBoot.x86(machine(16, ApicMode.X2APIC).build(), "wakeup=parallel").requireReport();
            assertEquals(first, second);
        }

        @Test
        void bootAreaIsReclaimedWhenNoApIsOutstanding() {
            assertTrue(SimulatedBoot.of(machine(4, ApicMode.XAPIC).build()).requireReport().bootAreaReclaimed());
            assertFalse(SimulatedBoot.of(machine(4, ApicMode.XAPIC).build()).requireReport().cpus().isEmpty());
        }
    }
}
