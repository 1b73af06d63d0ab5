package org.smpboot.cli.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.machine.CpuReport;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.MachineRun;
import org.smpboot.machine.trace.TraceEvent;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.LogLine;

/**
 * Builds the {@link Timeline} of a boot from the machine's trace and the kernel's report: state
 * spans from the state changes, flows from matching each IPI arrival to its send (and each mailbox
 * acknowledgement to its command), marks from the kernel's log and the notable events.
 */
public final class TimelineBuilder {

    /** A processor's fate when the kernel's report does not name it (an AP the MADT does not list). */
    static final String ABSENT = "absent";

    private TimelineBuilder() {
    }

    /** {@return the timeline of a boot that {@code report} and {@code run} describe} */
    public static Timeline of(String title, BootReport report, MachineRun run) {
        List<TraceEvent> events = run.trace().events();
        long end = Math.max(report.endTsc(), events.isEmpty() ? 0 : events.getLast().cycle());
        List<ApicId> apicIds = run.cpus().stream().map(CpuReport::apicId).toList();
        Map<ApicId, String> fates = new HashMap<>();
        report.cpus().forEach(cpu -> fates.put(cpu.apicId(), cpu.status().mnemonic()));

        List<Timeline.Track> tracks = new ArrayList<>(run.cpus().size());
        List<List<TraceEvent.StateChanged>> changes = changesByCpu(events, run.cpus().size());
        for (CpuReport cpu : run.cpus()) {
            int index = cpu.index().value();
            tracks.add(new Timeline.Track(index, cpu.apicId(), fates.getOrDefault(cpu.apicId(), ABSENT),
                    spans(changes.get(index), cpu.state(), end)));
        }
        return new Timeline(title, run.trace().tscHz(), end, tracks, flows(events, apicIds), marks(report, events));
    }

    private static List<List<TraceEvent.StateChanged>> changesByCpu(List<TraceEvent> events, int cpus) {
        List<List<TraceEvent.StateChanged>> changes = new ArrayList<>(cpus);
        for (int i = 0; i < cpus; i++) {
            changes.add(new ArrayList<>(4));
        }
        for (TraceEvent event : events) {
            if (event instanceof TraceEvent.StateChanged changed) {
                changes.get(changed.cpu().value()).add(changed);
            }
        }
        return changes;
    }

    /** The states one processor went through: it starts in the first change's {@code from}, or stays in its final state. */
    private static List<Timeline.Span> spans(List<TraceEvent.StateChanged> changes, CpuState last, long end) {
        List<Timeline.Span> spans = new ArrayList<>(changes.size() + 1);
        CpuState state = changes.isEmpty() ? last : changes.getFirst().from();
        long since = 0;
        for (TraceEvent.StateChanged change : changes) {
            spans.add(new Timeline.Span(state, since, change.cycle()));
            state = change.to();
            since = change.cycle();
        }
        spans.add(new Timeline.Span(state, since, Math.max(since, end)));
        return spans;
    }

    private static List<Timeline.Flow> flows(List<TraceEvent> events, List<ApicId> apicIds) {
        IpiMatcher ipis = new IpiMatcher(events.stream().filter(TraceEvent.IpiSent.class::isInstance)
                .map(TraceEvent.IpiSent.class::cast).toList(), apicIds);
        Map<Long, TraceEvent.MailboxCommandWritten> commands = new HashMap<>();
        List<Timeline.Flow> flows = new ArrayList<>();
        for (TraceEvent event : events) {
            Optional<Timeline.Flow> flow = switch (event) {
                case TraceEvent.IpiDelivered delivered -> ipis.sendOf(delivered.sender().value(),
                        delivered.cpu().value(), delivered.mode(), delivered.cycle()).map(send -> new Timeline.Flow(
                                flows.size(), send.cpu().value(), delivered.cpu().value(), send.cycle(),
                                delivered.cycle(), delivered.mode().mnemonic(), FlowKind.IPI));
                case TraceEvent.IpiIgnored ignored -> ipis.sendOf(ignored.sender().value(), ignored.cpu().value(),
                        ignored.mode(), ignored.cycle()).map(send -> new Timeline.Flow(flows.size(),
                                send.cpu().value(), ignored.cpu().value(), send.cycle(), ignored.cycle(),
                                ignored.mode().mnemonic(), FlowKind.IPI_IGNORED));
                case TraceEvent.MailboxCommandWritten written -> {
                    commands.put(written.apicId(), written);
                    yield Optional.empty();
                }
                case TraceEvent.MailboxAcknowledged acknowledged -> Optional.ofNullable(
                        commands.remove(apicIds.get(acknowledged.cpu().value()).unsignedValue()))
                        .map(command -> new Timeline.Flow(flows.size(), command.cpu().value(),
                                acknowledged.cpu().value(), command.cycle(), acknowledged.cycle(),
                                "mailbox " + acknowledged.command().name().toLowerCase(java.util.Locale.ROOT), FlowKind.MAILBOX));
                case TraceEvent.IpiSent _, TraceEvent.IpiNotAccepted _, TraceEvent.IpiDropped _,
                        TraceEvent.ApicError _, TraceEvent.StateChanged _, TraceEvent.KernelEntered _,
                        TraceEvent.BootAreaWrite _, TraceEvent.MailboxCommandUnserved _ -> Optional.empty();
            };
            flow.ifPresent(flows::add);
        }
        return flows;
    }

    private static List<Timeline.Mark> marks(BootReport report, List<TraceEvent> events) {
        List<Timeline.Mark> marks = new ArrayList<>();
        for (LogLine line : report.log()) {
            marks.add(new Timeline.Mark(0, line.tsc(), Timeline.MarkKind.KERNEL_LOG, line.text()));
        }
        for (TraceEvent event : events) {
            markKind(event).ifPresent(kind -> marks.add(
                    new Timeline.Mark(event.cpu().value(), event.cycle(), kind, event.describe())));
        }
        marks.sort(java.util.Comparator.comparingLong(Timeline.Mark::cycle));
        return marks;
    }

    private static Optional<Timeline.MarkKind> markKind(TraceEvent event) {
        if (EventRole.violationKind(event).isPresent()) {
            return Optional.of(Timeline.MarkKind.VIOLATION);
        }
        return switch (EventRole.of(event)) {
            case STEP -> Optional.of(Timeline.MarkKind.STEP);
            case VIOLATION -> Optional.of(Timeline.MarkKind.VIOLATION);
            case FAULT -> Optional.of(Timeline.MarkKind.FAULT);
            case KERNEL_ENTRY -> Optional.of(Timeline.MarkKind.KERNEL_ENTRY);
            case CONSEQUENCE -> Optional.empty();
        };
    }
}
