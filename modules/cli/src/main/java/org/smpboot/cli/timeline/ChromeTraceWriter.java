package org.smpboot.cli.timeline;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a {@link Timeline} in the Chrome trace-event format, which Perfetto and
 * {@code chrome://tracing} open: process 1 is the machine, thread N is CPU index N.
 *
 * <ul>
 *   <li>{@code "ph":"M"} metadata names the process (the timeline's title) and each thread
 *       ({@code cpu 3 · APIC ID 0x3 · failed}) and sorts threads by CPU index.</li>
 *   <li>{@code "ph":"X"} complete events are the state spans (category {@code state}).</li>
 *   <li>{@code "ph":"s"} and {@code "ph":"f"} flow events carry each IPI and mailbox command from
 *       the sender's track to the receiver's (category {@code ipi}, {@code ipi-ignored} or
 *       {@code mailbox}); each binds to the state span enclosing it.</li>
 *   <li>{@code "ph":"i"} thread-scoped instants are the marks: kernel log lines on the BSP, steps,
 *       kernel entries, faults and violations (category = the mark kind in kebab case).</li>
 * </ul>
 *
 * <p>{@code "ts"} and {@code "dur"} are microseconds with three decimals (nanosecond resolution),
 * written as exact decimals; the output is a function of the timeline only.
 *
 * @spec Google, "Trace Event Format" (the JSON object form with {@code traceEvents})
 */
public final class ChromeTraceWriter {

    /** The process every track belongs to. */
    static final int PID = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ChromeTraceWriter() {
    }

    /** Writes {@code timeline} to {@code out}; the caller closes {@code out}. */
    public static void write(Timeline timeline, Writer out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayPropertyStart("traceEvents");
            metadata(json, "process_name", -1, "name", timeline.title());
            for (Timeline.Track track : timeline.tracks()) {
                metadata(json, "thread_name", track.cpu(), "name", "cpu %d · APIC ID %s · %s".formatted(track.cpu(),
                        track.apicId(), track.fate()));
                json.writeStartObject();
                common(json, "M", "thread_sort_index", track.cpu());
                json.writeObjectPropertyStart("args");
                json.writeNumberProperty("sort_index", track.cpu());
                json.writeEndObject();
                json.writeEndObject();
            }
            for (Timeline.Track track : timeline.tracks()) {
                for (Timeline.Span span : track.spans()) {
                    if (span.end() > span.start()) {
                        json.writeStartObject();
                        common(json, "X", span.state().name(), track.cpu());
                        json.writeStringProperty("cat", "state");
                        json.writeName("ts");
                        json.writeNumber(micros(timeline, span.start()));
                        json.writeName("dur");
                        json.writeNumber(micros(timeline, span.end()).subtract(micros(timeline, span.start())));
                        json.writeEndObject();
                    }
                }
            }
            for (Timeline.Flow flow : timeline.flows()) {
                flowEvent(json, timeline, flow, "s", flow.from(), flow.sent());
                flowEvent(json, timeline, flow, "f", flow.to(), flow.arrived());
            }
            for (Timeline.Mark mark : timeline.marks()) {
                json.writeStartObject();
                common(json, "i", mark.text(), mark.cpu());
                json.writeStringProperty("cat", mark.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                json.writeName("ts");
                json.writeNumber(micros(timeline, mark.cycle()));
                json.writeStringProperty("s", "t");
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringProperty("displayTimeUnit", "ns");
            json.writeObjectPropertyStart("otherData");
            json.writeStringProperty("title", timeline.title());
            json.writeNumberProperty("tscHz", timeline.tscHz());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void flowEvent(JsonGenerator json, Timeline timeline, Timeline.Flow flow, String phase, int tid,
            long cycle) {
        json.writeStartObject();
        common(json, phase, flow.name(), tid);
        json.writeStringProperty("cat", flow.kind().id());
        json.writeNumberProperty("id", flow.id());
        json.writeName("ts");
        json.writeNumber(micros(timeline, cycle));
        if (phase.equals("f")) {
            // Bind the arrival to the span that encloses it, not to the next one to start.
            json.writeStringProperty("bp", "e");
        }
        json.writeEndObject();
    }

    private static void metadata(JsonGenerator json, String name, int tid, String key, String value) {
        json.writeStartObject();
        common(json, "M", name, tid);
        json.writeObjectPropertyStart("args");
        json.writeStringProperty(key, value);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The keys every event has; a negative {@code tid} is a process-wide event. */
    private static void common(JsonGenerator json, String phase, String name, int tid) {
        json.writeStringProperty("ph", phase);
        json.writeStringProperty("name", name);
        json.writeNumberProperty("pid", PID);
        if (tid >= 0) {
            json.writeNumberProperty("tid", tid);
        }
    }

    /** {@return {@code cycle} in microseconds, exactly, to the nanosecond} */
    static BigDecimal micros(Timeline timeline, long cycle) {
        return BigDecimal.valueOf(timeline.nanos(cycle), 3);
    }
}
