package org.smpboot.cli.timeline;

import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.machine.CpuState;

/**
 * A boot as a picture: one track per processor of the machine with the life-cycle states it went
 * through, the IPIs and mailbox commands between processors as flows, and the moments worth a mark
 * (kernel log lines, kernel entries, faults, violations). What the trace and SVG writers draw.
 *
 * <p>Times are virtual TSC cycles; {@link #nanos} converts them with the machine's TSC frequency.
 *
 * @implSpec Immutable.
 * @param title    one line naming the machine, platform and outcome
 * @param tscHz    the machine's TSC frequency
 * @param endCycle when the picture ends: the later of the kernel's end of boot and the machine's end of run
 * @param tracks   one per processor, in machine CPU-index order (BSP first)
 * @param flows    IPIs and mailbox commands, in order of arrival
 * @param marks    instants, in time order
 * @spec Intel SDM Vol. 3A §8.4 (processor states during MP initialization), ACPI 6.6 §5.2.12.19
 */
public record Timeline(String title, long tscHz, long endCycle, List<Track> tracks, List<Flow> flows,
        List<Mark> marks) {

    /** Copies the lists and validates the frequency. */
    public Timeline {
        Objects.requireNonNull(title, "title");
        if (tscHz <= 0) {
            throw new IllegalArgumentException("Invalid TSC frequency %d Hz: it must be positive".formatted(tscHz));
        }
        tracks = List.copyOf(tracks);
        flows = List.copyOf(flows);
        marks = List.copyOf(marks);
    }

    /** {@return the virtual time {@code cycle} in nanoseconds since reset} */
    public long nanos(long cycle) {
        return new TscFrequency(tscHz).nanosIn(cycle);
    }

    /**
     * One processor's life during the run.
     *
     * @param cpu    its machine CPU index
     * @param apicId its APIC ID
     * @param fate   what the kernel's report says of it ({@code online}, {@code failed}, {@code unlisted}),
     *               or {@code absent} if the report does not name it
     * @param spans  the states it was in, contiguous from 0 to the timeline's end
     */
    public record Track(int cpu, ApicId apicId, String fate, List<Span> spans) {
        /** Copies the spans. */
        public Track {
            Objects.requireNonNull(apicId, "apicId");
            Objects.requireNonNull(fate, "fate");
            spans = List.copyOf(spans);
        }

        /** {@return whether the kernel counts this processor as online} */
        public boolean online() {
            return fate.equals("online");
        }
    }

    /**
     * A processor in one state from {@code start} to {@code end}.
     *
     * @param state the state
     * @param start the first cycle
     * @param end   the cycle it left the state (or the timeline's end), at least {@code start}
     */
    public record Span(CpuState state, long start, long end) {
        /** Validates the order. */
        public Span {
            Objects.requireNonNull(state, "state");
            if (end < start) {
                throw new IllegalArgumentException("Invalid span %d..%d: it ends before it starts".formatted(start, end));
            }
        }
    }

    /**
     * A message from one processor to another: an IPI (from the ICR write to its acceptance, or its
     * arrival if ignored) or a mailbox command (from the command write to the acknowledgement).
     *
     * @param id       unique within the timeline, in arrival order
     * @param from     the sender's CPU index
     * @param to       the receiver's CPU index
     * @param sent     when it was sent
     * @param arrived  when it arrived, at least {@code sent}
     * @param name     what it was, e.g. {@code init}, {@code startup}, {@code mailbox wakeup}
     * @param kind     an IPI that took effect, one that did not, or a mailbox command
     */
    public record Flow(int id, int from, int to, long sent, long arrived, String name, FlowKind kind) {
        /** Validates the order. */
        public Flow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            if (arrived < sent) {
                throw new IllegalArgumentException("Invalid flow %d: it arrives before it is sent".formatted(id));
            }
        }
    }

    /**
     * Something that happened at one moment on one processor.
     *
     * @param cpu   the processor's CPU index
     * @param cycle when
     * @param kind  what sort of thing
     * @param text  what, in one line
     */
    public record Mark(int cpu, long cycle, MarkKind kind, String text) {
        /** Validates that every part is present. */
        public Mark {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The sorts of marks, each drawn its own way. */
    public enum MarkKind {
        /** A line of the kernel's log (on the BSP). */
        KERNEL_LOG,
        /** The kernel made the hardware do something: an ICR write, a mailbox command. */
        STEP,
        /** A processor entered the kernel's AP entry. */
        KERNEL_ENTRY,
        /** A processor faulted or died. */
        FAULT,
        /** A protocol violation the machine recorded. */
        VIOLATION
    }
}
