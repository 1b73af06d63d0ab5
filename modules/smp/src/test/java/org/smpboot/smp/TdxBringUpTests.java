package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.fault.Fault;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * Bring-up inside a TDX guest: the mailbox by real APIC ID, both mailbox versions, the
 * acknowledgement policy, and the INIT-SIPI-SIPI mistake failing cleanly.
 */
class TdxBringUpTests {

    private static MachineDescription.Builder tdx(int cpus, int mailboxVersion) {
        return MachineDescription.builder().cpus(cpus).tdxGuest(mailboxVersion).seed(9);
    }

    private static CpuReport cpu(BootReport report, int apicId) {
        return report.cpu(ApicId.of(apicId)).orElseThrow();
    }

    @ParameterizedTest(name = "mailbox version {0}")
    @ValueSource(ints = {0, 1})
    void autoSelectsTdxAndWakesEveryApThroughTheMailbox(int version) {
        BootReport report = SimulatedBoot.of(tdx(8, version).build()).requireReport();
        assertEquals("tdx", report.platform());
        assertEquals("mailbox", report.wakeup());
        assertTrue(report.complete(), report.cpus().toString());
    }

    @Test
    void apsAreWokenByTheirRealApicIdsNotALoopCounter() {
        // Topology gaps: APIC IDs are not 1..n-1, which the seed's loop index assumed.
        // Two packages of three cores: the second package starts at APIC ID 8.
        BootReport report = SimulatedBoot.of(MachineDescription.builder().topology(2, 3, 2).tdxGuest(1).seed(2).build())
                .requireReport();
        assertTrue(report.complete(), report.cpus().toString());
        assertTrue(report.cpus().stream().anyMatch(cpu -> cpu.apicId().value() > report.cpus().size()),
                "gapped APIC IDs: " + report.cpus());
    }

    @Test
    void initSipiSipiInsideATdxGuestFailsCleanlyWithEveryApReported() {
        SimulatedBoot boot = SimulatedBoot.of(Machine.build(tdx(4, 1).build()), new PlatformChoice("x86"),
                PlatformOptions.NONE);
        BootReport report = boot.requireReport();
        assertEquals("x86", report.platform());
        assertEquals(1, report.online());
        assertEquals(3, report.withStatus(CpuStatus.FAILED).size());
        report.withStatus(CpuStatus.FAILED).forEach(cpu -> assertEquals("never answered", cpu.reason().orElseThrow()));
        assertEquals(CpuState.IN_FIRMWARE, boot.run().state(1), "the VMM dropped INIT and SIPI");
    }

    @Test
    void anApWhoseFirmwareNeverAcknowledgesIsReportedAndTheMailboxStaysForbidden() {
        BootReport report = SimulatedBoot.of(tdx(5, 1).fault(new Fault.MailboxNeverAcks(new CpuIndex(2))).build())
                .requireReport();
        assertEquals(CpuStatus.ONLINE, cpu(report, 1).status());
        assertTrue(cpu(report, 2).reason().orElseThrow().startsWith("mailbox wakeup not acknowledged"),
                cpu(report, 2).toString());
        // ACPI forbids a new command before the pending one is acknowledged.
        assertTrue(cpu(report, 3).reason().orElseThrow().contains("unacknowledged command"), cpu(report, 3).toString());
        assertTrue(cpu(report, 4).reason().orElseThrow().contains("unacknowledged command"));
        assertEquals(2, report.online());
    }

    @Test
    void anAcknowledgementLaterThanTwoBoundsLeavesTheRestRefused() {
        BootReport report = SimulatedBoot.of(Machine.build(tdx(4, 1)
                        .fault(new Fault.MailboxAcksLate(new CpuIndex(2), Delay.millis(50))).build()),
                PlatformChoice.auto(), SimulatedBoot.options("ack-timeout=10ms")).requireReport();
        assertTrue(cpu(report, 3).reason().orElseThrow().contains("unacknowledged command"), cpu(report, 3).toString());
    }

    @Test
    void aLateAcknowledgementWithinTheBoundIsJustSlow() {
        BootReport report = SimulatedBoot.of(tdx(4, 1)
                .fault(new Fault.MailboxAcksLate(new CpuIndex(2), Delay.millis(5))).build()).requireReport();
        assertTrue(report.complete(), report.cpus().toString());
    }

    @Test
    void aLateAcknowledgementBeyondTheBoundIsReportedAndTheApParksWhenItArrives() {
        // Acknowledged 15 ms after the command: after the 10 ms bound, within the next AP's wait.
        SimulatedBoot boot = SimulatedBoot.of(Machine.build(tdx(4, 1)
                        .fault(new Fault.MailboxAcksLate(new CpuIndex(2), Delay.millis(15))).build()),
                PlatformChoice.auto(), SimulatedBoot.options("ack-timeout=10ms"));
        BootReport report = boot.requireReport();
        assertTrue(cpu(report, 2).reason().orElseThrow().startsWith("mailbox wakeup not acknowledged"));
        // The next AP waited for the late acknowledgement to clear the mailbox, then booted.
        assertEquals(CpuStatus.ONLINE, cpu(report, 3).status(), report.cpus().toString());
        assertEquals(CpuState.HALTED, boot.run().state(2), "it parked when it finally arrived");
    }
}
