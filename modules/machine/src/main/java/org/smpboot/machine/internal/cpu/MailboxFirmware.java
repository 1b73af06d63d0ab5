package org.smpboot.machine.internal.cpu;

import java.util.List;
import java.util.Optional;
import org.smpboot.kernel.api.firmware.MailboxCommand;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.machine.CostModel;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.fault.MailboxAction;
import org.smpboot.machine.internal.sched.Scheduler;
import org.smpboot.machine.trace.TraceEvent;

/**
 * The firmware side of the ACPI multiprocessor wakeup mailbox in a TDX guest: the loop each AP
 * runs in firmware, polling the mailbox until a command names its APIC ID.
 *
 * <p>Rather than 65,536 polling loops, the model reacts to writes of the Command field: the AP
 * whose APIC ID the mailbox names (looked up by ID) notices the command one poll interval later,
 * reads the fields as they are then, caches the wakeup vector, acknowledges by writing Noop to
 * Command with release semantics, and jumps to the vector in 64-bit mode. Version 1 mailboxes also
 * serve Test (acknowledged, the AP stays in firmware); version 0 mailboxes treat it as reserved.
 * Reserved commands and APIC IDs no processor in firmware has are recorded, never served, and never
 * a host exception.
 *
 * <p>A {@code mailbox:script} fault replaces this behaviour for the first commands the OS writes,
 * one {@link MailboxAction} each, in order: hostile firmware for fuzzing and for trying a kernel's
 * wakeup policy. Each step acts at its own delay after the command; the later commands are served
 * as above.
 *
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure" and "Multiprocessor Wakeup Mailbox
 *     Structure" (Command, APIC ID, Wakeup Vector; the acknowledgement; version 1's Test command)
 */
public final class MailboxFirmware {

    /**
     * One step of a mailbox script, its delay in cycles.
     *
     * @param action      what the firmware does
     * @param afterCycles when, after the command
     */
    public record ScriptStep(MailboxAction action, long afterCycles) {

        /** {@return the step for {@code action}, its delay converted at {@code tsc}} */
        public static ScriptStep of(MailboxAction action, TscFrequency tsc) {
            long after = switch (action) {
                case MailboxAction.Serve serve -> serve.after().toCycles(tsc);
                case MailboxAction.Acknowledge acknowledge -> acknowledge.after().toCycles(tsc);
                case MailboxAction.Ignore ignore -> 0;
                case MailboxAction.Write write -> write.after().toCycles(tsc);
            };
            return new ScriptStep(action, after);
        }
    }

    private final long address;
    private final int version;
    private final PhysicalMemory memory;
    private final ProcessorTable cpus;
    private final Scheduler scheduler;
    private final TraceRecorder trace;
    private final ProcessorLifecycle lifecycle;
    private final CostModel costs;
    private final Jitter jitter;
    private final List<ScriptStep> script;
    private int commandsSeen;

    /**
     * Creates the firmware loops.
     *
     * @param address   the mailbox's physical address
     * @param version   the mailbox version the MADT announces (0 or 1)
     * @param memory    raw physical memory
     * @param cpus      the processors
     * @param scheduler the scheduler
     * @param trace     the trace
     * @param lifecycle what a wakeup does to the processor
     * @param costs     the poll interval
     * @param jitter    the seeded jitter
     * @param script    the steps of a {@code mailbox:script} fault, empty for firmware that follows the spec
     */
    public MailboxFirmware(long address, int version, PhysicalMemory memory, ProcessorTable cpus, Scheduler scheduler,
            TraceRecorder trace, ProcessorLifecycle lifecycle, CostModel costs, Jitter jitter, List<ScriptStep> script) {
        this.address = address;
        this.version = version;
        this.memory = memory;
        this.cpus = cpus;
        this.scheduler = scheduler;
        this.trace = trace;
        this.lifecycle = lifecycle;
        this.costs = costs;
        this.jitter = jitter;
        this.script = List.copyOf(script);
    }

    /** {@return whether a write of {@code [start, start + length)} touches the Command field} */
    public boolean touchesCommand(long start, long length) {
        long commandEnd = address + MultiprocessorWakeupMailbox.COMMAND_OFFSET + 2;
        long commandStart = address + MultiprocessorWakeupMailbox.COMMAND_OFFSET;
        return length > 0 && start < commandEnd && start + length > commandStart;
    }

    /** The OS wrote the Command field: the firmware loops react. */
    public void commandWritten(int writer, long time) {
        int command = Short.toUnsignedInt(memory.readShort(address + MultiprocessorWakeupMailbox.COMMAND_OFFSET));
        int apicId = memory.readInt(address + MultiprocessorWakeupMailbox.APIC_ID_OFFSET);
        long vector = memory.readLong(address + MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET);
        trace.record(new TraceEvent.MailboxCommandWritten(time, cpus.get(writer).index(), command,
                Integer.toUnsignedLong(apicId), vector));
        Optional<MailboxCommand> known = MailboxCommand.fromEncoding(command);
        if (known.isEmpty()) {
            if (commandsSeen < script.size()) {
                follow(script.get(commandsSeen++), writer, time, apicId);
                return;
            }
            commandsSeen++;
            unserved(writer, time, "command %d is reserved".formatted(command));
            return;
        }
        if (known.get() == MailboxCommand.NOOP) {
            return;
        }
        if (commandsSeen < script.size()) {
            follow(script.get(commandsSeen++), writer, time, apicId);
            return;
        }
        commandsSeen++;
        if (known.get() == MailboxCommand.TEST && version < 1) {
            unserved(writer, time, "Test (2) is defined from mailbox version 1; this mailbox is version %d".formatted(version));
            return;
        }
        int index = cpus.indexOfApicId(apicId);
        if (index < 0 || cpus.get(index).state() != CpuState.IN_FIRMWARE) {
            unserved(writer, time, "no processor in the firmware wait loop has APIC ID 0x%x".formatted(
                    Integer.toUnsignedLong(apicId)));
            return;
        }
        SimulatedCpu target = cpus.get(index);
        if (target.mailboxNeverAcks) {
            return; // injected fault: this AP's loop never notices anything
        }
        long noticed = time + costs.mailboxPollCycles() + jitter.upTo(costs.mailboxPollCycles())
                + target.mailboxLateAckCycles;
        scheduler.schedule(noticed, index, () -> serve(target, noticed));
    }

    /** One poll of {@code target}'s firmware loop that finds a command. */
    private void serve(SimulatedCpu target, long time) {
        if (target.state() != CpuState.IN_FIRMWARE) {
            return;
        }
        int command = Short.toUnsignedInt(memory.readShortAcquire(address + MultiprocessorWakeupMailbox.COMMAND_OFFSET));
        int apicId = memory.readInt(address + MultiprocessorWakeupMailbox.APIC_ID_OFFSET);
        if (apicId != target.apicId().value()) {
            return; // the OS re-targeted the mailbox before this loop looked
        }
        Optional<MailboxCommand> known = MailboxCommand.fromEncoding(command);
        if (known.isEmpty() || known.get() == MailboxCommand.NOOP) {
            return;
        }
        // Cache what the jump needs before acknowledging: after Command reads Noop, the OS owns the mailbox again.
        long vector = memory.readLong(address + MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET);
        memory.writeShortRelease(address + MultiprocessorWakeupMailbox.COMMAND_OFFSET, (short) MailboxCommand.NOOP.encoding());
        trace.record(new TraceEvent.MailboxAcknowledged(time, target.index(), known.get()));
        scheduler.notifyWrite(address + MultiprocessorWakeupMailbox.COMMAND_OFFSET, 2, time);
        if (known.get() == MailboxCommand.WAKEUP) {
            lifecycle.wakeFromFirmware(target, vector, time);
        }
    }

    /** Does what a script step says with the command written at {@code time}. */
    private void follow(ScriptStep step, int writer, long time, int apicId) {
        long at = time + step.afterCycles();
        int index = cpus.indexOfApicId(apicId);
        int order = index < 0 ? writer : index;
        switch (step.action()) {
            case MailboxAction.Serve serve -> scheduler.schedule(at, order, () -> {
                if (index >= 0 && cpus.get(index).state() == CpuState.IN_FIRMWARE) {
                    serve(cpus.get(index), at);
                } else {
                    acknowledge(writer, at, "script: serve acknowledged a command for no processor in firmware");
                }
            });
            case MailboxAction.Acknowledge acknowledge -> scheduler.schedule(at, order,
                    () -> acknowledge(writer, at, "script: acknowledged without waking a processor"));
            case MailboxAction.Ignore ignore -> unserved(writer, time, "script: ignored");
            case MailboxAction.Write write -> scheduler.schedule(at, order, () -> {
                long target = address + write.offset();
                for (int i = 0; i < write.width(); i++) {
                    memory.writeByte(target + i, (byte) (write.value() >>> (8 * i)));
                }
                unserved(writer, at, "script: wrote 0x%x (%d bytes) at mailbox offset 0x%x".formatted(write.value(),
                        write.width(), write.offset()));
                scheduler.notifyWrite(target, write.width(), at);
            });
        }
    }

    /** Writes Noop to Command with release semantics, as an acknowledgement does, and wakes nobody. */
    private void acknowledge(int writer, long time, String reason) {
        memory.writeShortRelease(address + MultiprocessorWakeupMailbox.COMMAND_OFFSET, (short) MailboxCommand.NOOP.encoding());
        unserved(writer, time, reason);
        scheduler.notifyWrite(address + MultiprocessorWakeupMailbox.COMMAND_OFFSET, 2, time);
    }

    private void unserved(int writer, long time, String reason) {
        trace.record(new TraceEvent.MailboxCommandUnserved(time, cpus.get(writer).index(), reason));
    }
}
