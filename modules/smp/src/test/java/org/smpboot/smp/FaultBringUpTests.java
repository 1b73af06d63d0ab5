package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.fault.Fault;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * Every fault the machine can inject, booted end to end: the kernel must end with a complete report
 * naming each CPU's fate, and never hang.
 */
class FaultBringUpTests {

    private static MachineDescription.Builder machine(int cpus) {
        return MachineDescription.builder().cpus(cpus).apicMode(ApicMode.XAPIC).seed(5);
    }

    private static CpuReport cpu(BootReport report, int apicId) {
        return report.cpu(ApicId.of(apicId)).orElseThrow();
    }

    private static void assertEveryListedCpuIsReported(BootReport report, int listed) {
        assertEquals(listed, report.cpus().stream().filter(cpu -> cpu.status() != CpuStatus.UNLISTED).count(),
                "one report line per listed CPU: " + report.cpus());
    }

    @Nested
    class DeadAndSilentCpus {

        @Test
        void aBroadcastCannotTellADeadCpuFromASlowOneItNeverAnswers() {
            SimulatedBoot boot = SimulatedBoot.x86(machine(6).fault(new Fault.Dead(new CpuIndex(3))).build(),
                    "wakeup=broadcast");
            BootReport report = boot.requireReport();
            assertEquals(6, report.expected());
            assertEquals(5, report.online());
            CpuReport dead = cpu(report, 3);
            assertEquals(CpuStatus.FAILED, dead.status());
            assertEquals("never answered", dead.reason().orElseThrow());
            assertEquals(CpuState.DEAD, boot.run().state(3));
            assertFalse(report.bootAreaReclaimed(), "a kicked AP is outstanding: the boot page stays reserved");
            assertEveryListedCpuIsReported(report, 6);
        }

        @ParameterizedTest(name = "wakeup {0}")
        @ValueSource(strings = {"per-cpu", "parallel"})
        void aUnicastInitToADeadCpuFailsWithASendAcceptError(String wakeup) {
            SimulatedBoot boot = SimulatedBoot.x86(machine(6).fault(new Fault.Dead(new CpuIndex(3))).build(),
                    "wakeup=" + wakeup, "delays=modern");
            BootReport report = boot.requireReport();
            assertEquals(5, report.online());
            assertEquals("INIT assert failed: ESR 0x04 [send-accept]", cpu(report, 3).reason().orElseThrow());
            // Refused before any SIPI: nothing can wake it later, so the boot page is released.
            assertTrue(report.bootAreaReclaimed());
            assertEveryListedCpuIsReported(report, 6);
        }

        @Test
        void aCpuThatFaultsInItsBootCodeIsReportedAndTheMachineSaysWhy() {
            SimulatedBoot boot = SimulatedBoot.of(machine(4).fault(new Fault.BadBootCode(new CpuIndex(2))).build());
            BootReport report = boot.requireReport();
            assertEquals(CpuStatus.FAILED, cpu(report, 2).status());
            assertEquals(CpuState.FAULTED, boot.run().state(2));
            assertTrue(boot.run().cpu(2).faultReason().isPresent());
            assertEquals(3, report.online());
        }

        @Test
        void phantomCpusTheMadtInventsNeverAnswer() {
            BootReport report = SimulatedBoot.of(machine(4).fault(new Fault.MadtPhantomCpus(2)).build()).requireReport();
            assertEquals(6, report.expected());
            assertEquals(4, report.online());
            assertEquals(2, report.withStatus(CpuStatus.FAILED).size());
            report.withStatus(CpuStatus.FAILED).forEach(cpu -> assertEquals("never answered", cpu.reason().orElseThrow()));
        }
    }

    @Nested
    class SipiRules {

        @Test
        void aCpuThatIgnoresTheFirstSipiComesUpOnTheSecond() {
            SimulatedBoot boot = SimulatedBoot.of(machine(4).fault(new Fault.IgnoresFirstSipi(new CpuIndex(1))).build());
            assertTrue(boot.requireReport().complete(), boot.requireReport().cpus().toString());
        }

        @Test
        void perCpuSkipsTheSecondSipiOnlyForCpusAlreadyUp() {
            SimulatedBoot boot = SimulatedBoot.x86(machine(4).fault(new Fault.IgnoresFirstSipi(new CpuIndex(2))).build(),
                    "wakeup=per-cpu", "delays=modern");
            assertTrue(boot.requireReport().complete(), boot.requireReport().cpus().toString());
        }
    }

    @Nested
    class LateCpus {

        @Test
        void aCpuLateWithinTheBoundComesOnline() {
            SimulatedBoot boot = SimulatedBoot.of(machine(4).fault(new Fault.StartsLate(new CpuIndex(1), Delay.millis(2))).build());
            assertTrue(boot.requireReport().complete());
        }

        @Test
        void aCpuLateBeyondTheBoundParksWhenItArrives() {
            SimulatedBoot boot = SimulatedBoot.x86(
                    machine(4).fault(new Fault.StartsLate(new CpuIndex(3), Delay.millis(500))).build(),
                    "wakeup=parallel", "delays=modern");
            BootReport report = boot.requireReport();
            CpuReport late = cpu(report, 3);
            assertEquals(CpuStatus.FAILED, late.status());
            assertEquals(3, report.online());
            // It arrives after the report; the kernel had closed its slot, so it parks: it halts
            // without taking a CPU number or a boot record.
            assertEquals(CpuState.HALTED, boot.run().state(3));
            assertFalse(report.bootAreaReclaimed());
        }
    }

    @Nested
    class CpusTheMadtOmits {

        @Test
        void aBroadcastWakesTheOmittedCpuWhichReportsInUnlisted() {
            BootReport report = SimulatedBoot.x86(machine(4).fault(new Fault.MadtOmitsCpu(new CpuIndex(2))).build(),
                    "wakeup=broadcast").requireReport();
            assertEquals(3, report.expected());
            assertEquals(3, report.online());
            List<CpuReport> unlisted = report.withStatus(CpuStatus.UNLISTED);
            assertEquals(1, unlisted.size());
            assertEquals(ApicId.of(2), unlisted.getFirst().apicId());
            assertTrue(report.complete(), "an unlisted arrival does not make the listed boot incomplete");
        }

        @Test
        void perCpuWakeupLeavesTheOmittedCpuWaiting() {
            SimulatedBoot boot = SimulatedBoot.x86(machine(4).fault(new Fault.MadtOmitsCpu(new CpuIndex(2))).build(),
                    "wakeup=per-cpu", "delays=modern");
            assertTrue(boot.requireReport().withStatus(CpuStatus.UNLISTED).isEmpty());
            assertEquals(CpuState.WAIT_FOR_SIPI, boot.run().state(2));
        }
    }
}
