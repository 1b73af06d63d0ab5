package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.boot.ApBootImageLayout;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.MailboxCommand;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.machine.fault.FaultSpec;
import org.smpboot.machine.trace.TraceEvent;

/** The ACPI multiprocessor wakeup protocol as a TDX guest's firmware serves it, versions 0 and 1. */
class TdxMailboxTests {

    /** The long-mode entry of the image at 0x8000: what the OS puts in Wakeup Vector. */
    private static final long WAKEUP_VECTOR = BootImageFixture.IMAGE_ADDRESS + ApBootImageLayout.LONG_MODE_ENTRY_OFFSET;
    /** 10 ms at 2 GHz: far longer than any acknowledgement takes. */
    private static final long ACK_TIMEOUT = 20_000_000;

    private static Machine tdx(int version, int cpus, String... faults) {
        MachineDescription.Builder builder = MachineDescription.builder().cpus(cpus).tdxGuest(version);
        for (String fault : faults) {
            builder.fault(FaultSpec.parse(fault));
        }
        return Machine.build(builder.build());
    }

    /**
     * The OS side of one command: fill APIC ID and vector, publish Command with a release store,
     * wait for the acknowledgement.
     *
     * @return whether firmware acknowledged
     */
    static boolean command(HardwarePort hw, long mailbox, int command, int apicId, long vector) {
        hw.memory().writeInt(mailbox + MultiprocessorWakeupMailbox.APIC_ID_OFFSET, apicId);
        hw.memory().writeLong(mailbox + MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET, vector);
        hw.memory().writeShortRelease(mailbox + MultiprocessorWakeupMailbox.COMMAND_OFFSET, (short) command);
        return hw.spinUntil(() -> hw.memory().readShortAcquire(mailbox + MultiprocessorWakeupMailbox.COMMAND_OFFSET) == 0,
                ACK_TIMEOUT);
    }

    @Nested
    class Wakeup {

        @Test
        void applicationProcessorsStartInFirmware() {
            MachineRun run = tdx(0, 3).run(hw -> { }, TestKernel.BUDGET);
            assertEquals(CpuState.IN_FIRMWARE, run.state(1));
            assertEquals(CpuState.IN_FIRMWARE, run.state(2));
        }

        @Test
        void aWakeupCommandIsAcknowledgedAndTheApEntersTheLongModeEntry() {
            for (int version : new int[] {0, 1}) {
                Machine machine = tdx(version, 3);
                long mailbox = machine.mailboxAddress().orElseThrow().value();
                ApEntryPoint entry = BootImageFixture.countingEntry();
                boolean[] acked = new boolean[2];
                MachineRun run = machine.run(hw -> {
                    BootImageFixture.install(hw, entry);
                    acked[0] = command(hw, mailbox, MailboxCommand.WAKEUP.encoding(), 1, WAKEUP_VECTOR);
                    acked[1] = command(hw, mailbox, MailboxCommand.WAKEUP.encoding(), 2, WAKEUP_VECTOR);
                }, TestKernel.BUDGET);
                assertTrue(acked[0] && acked[1], "version " + version);
                assertEquals(3, run.count(CpuState.HALTED), "version " + version);
                assertEquals(2, machine.memory().readInt(BootImageFixture.COUNTER));
                assertEquals(2, run.trace().ofType(TraceEvent.MailboxAcknowledged.class).size());
                assertTrue(run.trace().ofType(TraceEvent.StateChanged.class).stream()
                        .anyMatch(change -> change.reason().contains("wakeup vector 0x8040")));
            }
        }

        @Test
        void theAckComesBeforeTheApRunsTheKernel() {
            Machine machine = tdx(0, 2);
            long mailbox = machine.mailboxAddress().orElseThrow().value();
            ApEntryPoint entry = BootImageFixture.countingEntry();
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, entry);
                command(hw, mailbox, MailboxCommand.WAKEUP.encoding(), 1, WAKEUP_VECTOR);
            }, TestKernel.BUDGET);
            long acked = run.trace().ofType(TraceEvent.MailboxAcknowledged.class).getFirst().cycle();
            long entered = run.trace().ofType(TraceEvent.KernelEntered.class).getFirst().cycle();
            assertTrue(acked < entered);
        }

        @Test
        void aWakeupVectorWithoutTheLongModeSignatureTripleFaults() {
            Machine machine = tdx(0, 2);
            long mailbox = machine.mailboxAddress().orElseThrow().value();
            ApEntryPoint entry = BootImageFixture.countingEntry();
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, entry);
                command(hw, mailbox, MailboxCommand.WAKEUP.encoding(), 1, BootImageFixture.IMAGE_ADDRESS);
            }, TestKernel.BUDGET);
            assertEquals(CpuState.FAULTED, run.state(1));
            assertTrue(run.cpu(1).faultReason().orElseThrow().contains("SMPB-LM1"));
        }

        @Test
        void aWakeupIntoAHoleTripleFaultsRatherThanCrashingTheSimulator() {
            Machine machine = tdx(0, 2);
            long mailbox = machine.mailboxAddress().orElseThrow().value();
            MachineRun run = machine.run(hw -> command(hw, mailbox, 1, 1, 0xFFFF_FFFF_FFFF_FFF0L), TestKernel.BUDGET);
            assertEquals(CpuState.FAULTED, run.state(1));
        }
    }

    @Nested
    class UnservedCommands {

        private MachineRun runCommand(int version, int command, int apicId) {
            Machine machine = tdx(version, 2);
            long mailbox = machine.mailboxAddress().orElseThrow().value();
            boolean[] acked = new boolean[1];
            MachineRun run = machine.run(hw -> acked[0] = command(hw, mailbox, command, apicId, WAKEUP_VECTOR),
                    TestKernel.BUDGET);
            assertFalse(acked[0]);
            return run;
        }

        @Test
        void aReservedCommandIsRecordedAndNeverServed() {
            MachineRun run = runCommand(1, 7, 1);
            assertTrue(run.trace().ofType(TraceEvent.MailboxCommandUnserved.class).getFirst().reason().contains("reserved"));
            assertEquals(CpuState.IN_FIRMWARE, run.state(1));
        }

        @Test
        void anApicIdNoProcessorInFirmwareHasIsRecorded() {
            MachineRun run = runCommand(0, MailboxCommand.WAKEUP.encoding(), 9);
            assertTrue(run.trace().ofType(TraceEvent.MailboxCommandUnserved.class).getFirst().reason().contains("0x9"));
        }

        @Test
        void testIsReservedInAVersion0Mailbox() {
            MachineRun run = runCommand(0, MailboxCommand.TEST.encoding(), 1);
            assertTrue(run.trace().ofType(TraceEvent.MailboxCommandUnserved.class).getFirst().reason().contains("version 1"));
        }
    }

    @Nested
    class Version1 {

        @Test
        void testIsAcknowledgedAndTheApStaysInFirmware() {
            Machine machine = tdx(1, 2);
            long mailbox = machine.mailboxAddress().orElseThrow().value();
            boolean[] acked = new boolean[1];
            MachineRun run = machine.run(hw -> acked[0] = command(hw, mailbox, MailboxCommand.TEST.encoding(), 1, 0),
                    TestKernel.BUDGET);
            assertTrue(acked[0]);
            assertEquals(CpuState.IN_FIRMWARE, run.state(1));
            assertEquals(MailboxCommand.TEST, run.trace().ofType(TraceEvent.MailboxAcknowledged.class).getFirst().command());
        }
    }

    @Nested
    class HandBack {

        private long resetVectorOf(Machine machine) {
            return Madt.parse(MemorySegment.ofArray(FirmwareTests.madtOf(machine)), Strictness.STRICT)
                    .multiprocessorWakeup().orElseThrow().resetVector().orElseThrow();
        }

        @Test
        void anApThatJumpsToTheResetVectorIsBackInFirmwareAndCanBeWokenAgain() {
            Machine machine = tdx(1, 2);
            long mailbox = machine.mailboxAddress().orElseThrow().value();
            long resetVector = resetVectorOf(machine);
            ApEntryPoint handsBack = hw -> {
                hw.memory().getAndAddInt(BootImageFixture.COUNTER, 1);
                hw.jump(resetVector);
            };
            boolean[] acked = new boolean[2];
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, handsBack);
                command(hw, mailbox, MailboxCommand.WAKEUP.encoding(), 1, WAKEUP_VECTOR);
                hw.spinUntil(() -> hw.memory().readInt(BootImageFixture.COUNTER) == 1, TestKernel.BUDGET);
                hw.spinFor(TestKernel.SIPI_DELAY);
                acked[0] = command(hw, mailbox, MailboxCommand.TEST.encoding(), 1, 0);
                acked[1] = command(hw, mailbox, MailboxCommand.WAKEUP.encoding(), 1, WAKEUP_VECTOR);
                hw.spinUntil(() -> hw.memory().readInt(BootImageFixture.COUNTER) == 2, TestKernel.BUDGET);
            }, TestKernel.BUDGET);
            assertTrue(acked[0], "Test confirms the hand-back");
            assertTrue(acked[1], "the AP answers the mailbox again");
            assertEquals(2, machine.memory().readInt(BootImageFixture.COUNTER));
            assertEquals(CpuState.IN_FIRMWARE, run.state(1));
            assertTrue(run.trace().ofType(TraceEvent.StateChanged.class).stream()
                    .anyMatch(change -> change.to() == CpuState.IN_FIRMWARE && change.reason().contains("reset vector")));
        }

        @Test
        void aJumpToTheLongModeEntryReentersTheKernel() {
            ApEntryPoint reenters = hw -> {
                if (hw.memory().getAndAddInt(BootImageFixture.COUNTER, 1) < 2) {
                    hw.jump(WAKEUP_VECTOR);
                }
            };
            Machine machine = Machine.build(MachineDescription.builder().cpus(2).build());
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, reenters);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS).withPhysicalDestination(new ApicId(1)));
            }, TestKernel.BUDGET);
            assertEquals(3, machine.memory().readInt(BootImageFixture.COUNTER));
            assertEquals(3, run.trace().ofType(TraceEvent.KernelEntered.class).size());
            assertEquals(CpuState.HALTED, run.state(1));
        }

        @Test
        void aJumpWhereNoCodeIsTripleFaults() {
            ApEntryPoint strays = hw -> hw.jump(0x9000);
            MachineRun run = Machine.build(MachineDescription.builder().cpus(2).build()).run(hw -> {
                BootImageFixture.install(hw, strays);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS).withPhysicalDestination(new ApicId(1)));
            }, TestKernel.BUDGET);
            assertTrue(run.cpu(1).faultReason().orElseThrow().startsWith("triple fault after a jump to 0x9000"));
        }
    }

    @Nested
    class ProtocolViolations {

        @Test
        void initAndStartupIpisAreDroppedAndRecorded() {
            MachineRun run = tdx(0, 2).run(hw -> {
                TestKernel.send(hw, ApicMode.X2APIC, Icr.of(DeliveryMode.INIT).withPhysicalDestination(new ApicId(1)));
                TestKernel.send(hw, ApicMode.X2APIC, Icr.startup(0x8000).withPhysicalDestination(new ApicId(1)));
                hw.spinFor(TestKernel.SIPI_DELAY);
            }, TestKernel.BUDGET);
            List<TraceEvent.IpiDropped> dropped = run.trace().ofType(TraceEvent.IpiDropped.class);
            assertEquals(2, dropped.size());
            assertTrue(dropped.getFirst().reason().startsWith("protocol violation"));
            assertEquals(CpuState.IN_FIRMWARE, run.state(1));
            assertEquals(List.of(), run.trace().ofType(TraceEvent.IpiSent.class));
        }

        @Test
        void otherIpisAreDeliveredAsUsual() {
            MachineRun run = tdx(0, 2).run(hw -> {
                TestKernel.send(hw, ApicMode.X2APIC, Icr.of(DeliveryMode.NMI).withPhysicalDestination(new ApicId(1)));
                hw.spinFor(TestKernel.SIPI_DELAY);
            }, TestKernel.BUDGET);
            assertEquals(1, run.trace().ofType(TraceEvent.IpiDelivered.class).size());
        }
    }
}
