package org.smpboot.cli.boot;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.cli.timeline.CpuRanges;
import org.smpboot.cli.timeline.EventRole;
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
 *       said.</li>
 * </ul>
 */
final class MachineEventLines {

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
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
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
                    Group group = groups.computeIfAbsent(new GroupKey(step, event.getClass(), event.describe()),
                            key -> new Group(event.cycle(), key.text()));
                    group.cpus.set(event.cpu().value());
                    group.sequence = Math.min(group.sequence, sequence);
                }
            }
        }
        for (Group group : groups.values()) {
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

    /** The CPUs that share one consequence. */
    private static final class Group {
        final long cycle;
        final String text;
        final BitSet cpus = new BitSet();
        long sequence = Long.MAX_VALUE;

        Group(long cycle, String text) {
            this.cycle = cycle;
            this.text = text;
        }
    }
}
