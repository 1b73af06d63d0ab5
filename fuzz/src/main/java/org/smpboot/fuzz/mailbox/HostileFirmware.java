package org.smpboot.fuzz.mailbox;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.List;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.fault.Fault;
import org.smpboot.machine.fault.MailboxAction;

/**
 * A TDX guest whose firmware the fuzzer scripts: how many processors, the mailbox version, and
 * what the firmware does with each mailbox command ({@link MailboxAction}s of a
 * {@code mailbox:script} fault).
 *
 * <p>The input, in the order {@link FuzzedDataProvider} consumes it: processors (2 to
 * {@value #MAX_CPUS}), mailbox version (0 or 1), step count (0 to {@value #MAX_STEPS}: none is
 * firmware that follows the spec), then per step its kind (serve, ack, ignore, write) and, but
 * for ignore, its delay: 0, one cycle before, at or after the kernel's acknowledgement bound, or
 * any time up to three bounds; a write also picks where (Command, APIC ID, Wakeup Vector, the
 * firmware's half, or any aligned offset), how wide and what value.
 *
 * @param cpus    how many processors
 * @param version the mailbox version the MADT announces
 * @param steps   the firmware's script, empty for firmware that follows the spec
 */
record HostileFirmware(int cpus, int version, List<MailboxAction> steps) {

    /** The most processors a hostile guest has. */
    static final int MAX_CPUS = 8;
    /** The most script steps. */
    static final int MAX_STEPS = 12;
    /** The interesting offsets of the mailbox page. */
    static final int[] OFFSETS = {MultiprocessorWakeupMailbox.COMMAND_OFFSET, MultiprocessorWakeupMailbox.APIC_ID_OFFSET,
        MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET, MultiprocessorWakeupMailbox.FIRMWARE_SECTION_OFFSET};
    /** The widths a write may have. */
    static final Integer[] WIDTHS = {1, 2, 4, 8};

    /** Copies the steps. */
    HostileFirmware {
        steps = List.copyOf(steps);
    }

    /** {@return the guest {@code data} describes, with the kernel acknowledging within {@code ackCycles}} */
    static HostileFirmware from(FuzzedDataProvider data, long ackCycles) {
        int cpus = data.consumeInt(2, MAX_CPUS);
        int version = data.consumeInt(0, 1);
        int count = data.consumeInt(0, MAX_STEPS);
        List<MailboxAction> steps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            steps.add(switch (data.consumeInt(0, 3)) {
                case 0 -> new MailboxAction.Serve(delay(data, ackCycles));
                case 1 -> new MailboxAction.Acknowledge(delay(data, ackCycles));
                case 2 -> new MailboxAction.Ignore();
                default -> write(data, ackCycles);
            });
        }
        return new HostileFirmware(cpus, version, steps);
    }

    /** {@return the description of the guest} */
    MachineDescription description() {
        MachineDescription.Builder builder = MachineDescription.builder().cpus(cpus).tdxGuest(version);
        if (!steps.isEmpty()) {
            builder.fault(new Fault.MailboxScript(steps));
        }
        return builder.build();
    }

    /** {@return e.g. "a TDX guest of 4 CPUs, mailbox version 1, firmware mailbox:script=ignore"}: the fault replays with ./smpboot boot --fault */
    @Override
    public String toString() {
        return "a TDX guest of %d CPUs, mailbox version %d, firmware %s".formatted(cpus, version,
                steps.isEmpty() ? "following the spec" : new Fault.MailboxScript(steps).spec());
    }

    private static Delay delay(FuzzedDataProvider data, long ackCycles) {
        long cycles = switch (data.consumeInt(0, 4)) {
            case 0 -> 0;
            case 1 -> ackCycles - 1;
            case 2 -> ackCycles;
            case 3 -> ackCycles + 1;
            default -> data.consumeLong(0, 3 * ackCycles);
        };
        return new Delay.Cycles(cycles);
    }

    private static MailboxAction write(FuzzedDataProvider data, long ackCycles) {
        int width = data.pickValue(WIDTHS);
        int choice = data.consumeInt(0, OFFSETS.length);
        int offset = choice < OFFSETS.length ? OFFSETS[choice]
                : data.consumeInt(0, MultiprocessorWakeupMailbox.SIZE / width - 1) * width;
        offset -= offset % width;
        long value = data.consumeLong();
        long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
        return new MailboxAction.Write(offset, width, value & mask, delay(data, ackCycles));
    }
}
