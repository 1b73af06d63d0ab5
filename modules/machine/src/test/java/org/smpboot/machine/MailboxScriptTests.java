package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.boot.ApBootImageLayout;
import org.smpboot.kernel.api.firmware.MailboxCommand;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.machine.fault.Fault;
import org.smpboot.machine.fault.FaultSpec;
import org.smpboot.machine.fault.MailboxAction;
import org.smpboot.machine.trace.TraceEvent;

/** A {@code mailbox:script} fault: hostile TDX firmware that answers each command as its script says. */
class MailboxScriptTests {

    private static final long WAKEUP_VECTOR = BootImageFixture.IMAGE_ADDRESS + ApBootImageLayout.LONG_MODE_ENTRY_OFFSET;
    private static final int WAKEUP = MailboxCommand.WAKEUP.encoding();

    /** What the OS saw: whether each of its commands was acknowledged, and the machine's record. */
    private record Outcome(boolean[] acknowledged, MachineRun run, Machine machine) {
    }

    /** Runs the OS's commands to APIC IDs 1, 2, ... on a 3-CPU TDX guest with this script. */
    private static Outcome wake(String script, int commands) {
        Machine machine = Machine.build(MachineDescription.builder().cpus(3).tdxGuest(1).fault(FaultSpec.parse(script)).build());
        long mailbox = machine.mailboxAddress().orElseThrow().value();
        boolean[] acknowledged = new boolean[commands];
        MachineRun run = machine.run(hw -> {
            BootImageFixture.install(hw, BootImageFixture.countingEntry());
            for (int i = 0; i < commands; i++) {
                acknowledged[i] = TdxMailboxTests.command(hw, mailbox, WAKEUP, 1 + i, WAKEUP_VECTOR);
            }
        }, TestKernel.BUDGET);
        return new Outcome(acknowledged, run, machine);
    }

    @Nested
    class Steps {

        @Test
        void serveWithNoDelayAcknowledgesAtTheInstantOfTheCommandAndWakes() {
            Outcome outcome = wake("mailbox:script=serve@0ns", 1);
            assertTrue(outcome.acknowledged()[0]);
            TraceEvent.MailboxCommandWritten written = outcome.run().trace().ofType(TraceEvent.MailboxCommandWritten.class).getFirst();
            assertEquals(written.cycle(), outcome.run().trace().ofType(TraceEvent.MailboxAcknowledged.class).getFirst().cycle());
            assertEquals(CpuState.HALTED, outcome.run().state(1));
        }

        @Test
        void ackAcknowledgesButWakesNobody() {
            Outcome outcome = wake("mailbox:script=ack@5us", 1);
            assertTrue(outcome.acknowledged()[0]);
            assertEquals(CpuState.IN_FIRMWARE, outcome.run().state(1));
            assertTrue(outcome.run().trace().ofType(TraceEvent.MailboxCommandUnserved.class).getFirst().reason()
                    .contains("without waking"));
        }

        @Test
        void ignoreNeverAnswers() {
            Outcome outcome = wake("mailbox:script=ignore", 1);
            assertFalse(outcome.acknowledged()[0]);
            assertEquals(WAKEUP, outcome.machine().memory().readShort(outcome.machine().mailboxAddress().orElseThrow().value()));
        }

        @Test
        void writeStoresItsValueInTheMailboxPage() {
            Outcome outcome = wake("mailbox:script=write=0x800:8:0x1122334455667788@1us", 1);
            long mailbox = outcome.machine().mailboxAddress().orElseThrow().value();
            assertEquals(0x1122334455667788L, outcome.machine().memory().readLong(mailbox + MultiprocessorWakeupMailbox.FIRMWARE_SECTION_OFFSET));
            assertFalse(outcome.acknowledged()[0], "a write elsewhere than Command acknowledges nothing");
        }

        @Test
        void garbageInCommandLeavesTheOsWaiting() {
            Outcome outcome = wake("mailbox:script=write=0x0:2:0x7@0ns", 1);
            assertFalse(outcome.acknowledged()[0]);
            assertEquals(7, outcome.machine().memory().readShort(outcome.machine().mailboxAddress().orElseThrow().value()));
        }

        @Test
        void stepsAnswerCommandsInOrderThenTheFirmwareFollowsTheSpec() {
            Outcome outcome = wake("mailbox:script=ack@0ns", 2);
            assertTrue(outcome.acknowledged()[0] && outcome.acknowledged()[1]);
            assertEquals(CpuState.IN_FIRMWARE, outcome.run().state(1), "the scripted command woke nobody");
            assertEquals(CpuState.HALTED, outcome.run().state(2), "the next command was served as the spec asks");
        }
    }

    @Nested
    class Syntax {

        @Test
        void everyStepParsesAndPrintsBack() {
            String spec = "mailbox:script=serve@5us/ack@0ns/ignore/write=0x8:4:0xdead@1ms";
            Fault fault = FaultSpec.parse(spec);
            assertEquals(new Fault.MailboxScript(List.of(new MailboxAction.Serve(Delay.micros(5)),
                    new MailboxAction.Acknowledge(new Delay.Time(0)), new MailboxAction.Ignore(),
                    new MailboxAction.Write(8, 4, 0xdead, Delay.millis(1)))), fault);
            assertEquals(spec, fault.spec());
        }

        @Test
        void aMisalignedWriteIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("mailbox:script=write=0x3:2:0x1@0ns"));
        }

        @Test
        void aStepWithoutDelayIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("mailbox:script=serve"));
        }

        @Test
        void aScriptNeedsATdxGuest() {
            assertThrows(IllegalArgumentException.class, () -> MachineDescription.builder().cpus(2)
                    .fault(FaultSpec.parse("mailbox:script=ignore")).build());
        }

        @Test
        void aMachineFollowsOneScript() {
            assertThrows(IllegalArgumentException.class, () -> MachineDescription.builder().cpus(2).tdxGuest(1)
                    .fault(FaultSpec.parse("mailbox:script=ignore")).fault(FaultSpec.parse("mailbox:script=ignore")).build());
        }
    }
}
