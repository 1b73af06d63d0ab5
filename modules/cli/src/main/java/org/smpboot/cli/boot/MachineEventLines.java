package org.smpboot.cli.boot;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.cli.timeline.CpuRanges;
import org.smpboot.cli.timeline.EventRole;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.machine.trace.Trace;
import org.smpboot.machine.trace.TraceEvent;

/**
 * Turns the machine's trace into boot-log lines, one per step and one per consequence of a step,
 * so that the log of a 65,536-CPU broadcast stays a page long while a 4-CPU boot shows everything.
 *
 * <ul>
 *   <li>A <em>step</em> is something the kernel made the hardware do: an IPI sent (an ICR write) or
 *       a mailbox command written. Each step is a line.</li>
 *   <li>An <em>anomaly</em> is a line too: an IPI nobody accepted or the APIC dropped, an APIC
 *       error, a mailbox command no firmware serves, a processor that faulted or died.</li>
 *   <li>Everything else is a consequence of the latest step (a delivery, an ignored IPI, a state
 *       change, a kernel entry, an acknowledgement): identical consequences of one step become one
 *       line naming their CPUs, stamped with the first one's time. A unicast sequence therefore
 *       keeps one line per AP, and a broadcast one line per outcome. A kernel log line ends the
 *       groups as a step does, so a line never gathers events from both sides of what the kernel
 *       said; and a consequence more than {@value #MERGE_WINDOW_MICROS} µs after the last one of
 *       its group starts a new line, so a CPU that starts 200 ms late is not stamped with the
 *       others' time.</li>
 * </ul>
 */
final class MachineEventLines {

    /**
     * The longest quiet time within one merged line: 100 µs, far above the spread of one
     * broadcast's deliveries and start-ups between neighbouring CPUs (nanoseconds to microseconds,
     * even at 65,536 CPUs), far below a late start (milliseconds).
     */
    static final long MERGE_WINDOW_MICROS = 100;

    /** The prefix of every machine line, so the kernel's lines and the machine's never mix up. */
    static final String PREFIX = "machine: ";

    private MachineEventLines() {
    }

    /**
     * {@return the trace's lines, in time order}
     *
     * @param trace        the machine's trace
     * @param kernelCycles when the kernel wrote its log lines, ascending: a kernel line ends the
     *                     groups before it too, so a group never spans what the kernel said
     */
    static List<LogEntry> of(Trace trace, long[] kernelCycles) {
        List<LogEntry> lines = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        Map<GroupKey, Group> open = new HashMap<>();
        long window = new TscFrequency(trace.tscHz()).cyclesIn(MERGE_WINDOW_MICROS * 1_000);
        long step = 0;
        long sequence = 0;
        int kernelLine = 0;
        for (TraceEvent event : trace.events()) {
            sequence++;
            while (kernelLine < kernelCycles.length && kernelCycles[kernelLine] <= event.cycle()) {
                kernelLine++;
                step++;
            }
            switch (kind(event)) {
                case STEP -> {
                    step++;
                    lines.add(single(event, sequence));
                }
                case ANOMALY -> lines.add(single(event, sequence));
                case CONSEQUENCE -> {
                    GroupKey key = new GroupKey(step, event.getClass(), event.describe());
                    Group group = open.get(key);
                    if (group == null || event.cycle() - group.last > window) {
                        group = new Group(event.cycle(), sequence, key.text());
                        open.put(key, group);
                        groups.add(group);
                    }
                    group.cpus.set(event.cpu().value());
                    group.last = event.cycle();
                }
            }
        }
        for (Group group : groups) {
            lines.add(new LogEntry(group.cycle, LogEntry.Source.MACHINE, group.sequence,
                    PREFIX + CpuRanges.describe(group.cpus) + ": " + group.text));
        }
        lines.sort(LogEntry.ORDER);
        return lines;
    }

    /** How an event appears in the log. */
    enum Kind {
        /** A line of its own that starts a new group of consequences. */
        STEP,
        /** A line of its own. */
        ANOMALY,
        /** Merged with identical consequences of the same step. */
        CONSEQUENCE
    }

    /** {@return how {@code event} appears in the log} */
    static Kind kind(TraceEvent event) {
        return switch (EventRole.of(event)) {
            case STEP -> Kind.STEP;
            case VIOLATION, FAULT -> Kind.ANOMALY;
            case KERNEL_ENTRY, CONSEQUENCE -> Kind.CONSEQUENCE;
        };
    }

    private static LogEntry single(TraceEvent event, long sequence) {
        return new LogEntry(event.cycle(), LogEntry.Source.MACHINE, sequence,
                PREFIX + event.cpu() + ": " + event.describe());
    }

    /** Consequences merge when they follow the same step, are of one type and read the same. */
    private record GroupKey(long step, Class<?> type, String text) {
    }

    /** The CPUs that share one consequence, from its first event to its latest. */
    private static final class Group {
        final long cycle;
        final long sequence;
        final String text;
        final BitSet cpus = new BitSet();
        long last;

        Group(long cycle, long sequence, String text) {
            this.cycle = cycle;
            this.sequence = sequence;
            this.text = text;
            this.last = cycle;
        }
    }
}
