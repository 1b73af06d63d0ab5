package org.smpboot.cli.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Chrome trace-event file, checked as Perfetto's JSON importer reads it: one thread per CPU
 * named and sorted, complete spans that tile each thread, and every flow begun on its sender and
 * ended on its receiver with the same id, category and name.
 */
class ChromeTraceWriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Timeline, JsonNode> WRITTEN = new HashMap<>();

    static List<Timeline> boots() {
        return List.of(SampleBoots.Three.TIMELINE, SampleBoots.FourThousand.TIMELINE);
    }

    private static synchronized JsonNode written(Timeline timeline) {
        return WRITTEN.computeIfAbsent(timeline, key -> {
            StringWriter out = new StringWriter();
            ChromeTraceWriter.write(key, out);
            return JSON.readTree(out.toString());
        });
    }

    private static List<JsonNode> events(Timeline timeline, String phase) {
        List<JsonNode> found = new ArrayList<>();
        written(timeline).get("traceEvents").forEach(event -> {
            if (event.get("ph").asString().equals(phase)) {
                found.add(event);
            }
        });
        return found;
    }

    @Nested
    class Structure {

        @ParameterizedTest(name = "{index}")
        @MethodSource("org.smpboot.cli.timeline.ChromeTraceWriterTests#boots")
        void itIsAnObjectWithTraceEventsInNanosecondDisplayUnits(Timeline timeline) {
            JsonNode trace = written(timeline);
            assertTrue(trace.get("traceEvents").isArray());
            assertEquals("ns", trace.get("displayTimeUnit").asString());
            assertEquals(timeline.tscHz(), trace.get("otherData").get("tscHz").asLong());
        }

        @ParameterizedTest(name = "{index}")
        @MethodSource("org.smpboot.cli.timeline.ChromeTraceWriterTests#boots")
        void everyCpuIsAThreadOfProcessOneNamedWithItsApicIdAndFate(Timeline timeline) {
            List<JsonNode> names = events(timeline, "M").stream()
                    .filter(event -> event.get("name").asString().equals("thread_name")).toList();
            assertEquals(timeline.tracks().size(), names.size());
            for (int cpu = 0; cpu < names.size(); cpu++) {
                JsonNode name = names.get(cpu);
                assertEquals(1, name.get("pid").asInt());
                assertEquals(cpu, name.get("tid").asInt());
                assertTrue(name.get("args").get("name").asString().startsWith("cpu %d · APIC ID ".formatted(cpu)));
            }
        }

        @ParameterizedTest(name = "{index}")
        @MethodSource("org.smpboot.cli.timeline.ChromeTraceWriterTests#boots")
        void theStateSpansOfEachThreadTileItsTimeline(Timeline timeline) {
            Map<Integer, List<JsonNode>> byThread = new HashMap<>();
            events(timeline, "X").forEach(span -> byThread.computeIfAbsent(span.get("tid").asInt(),
                    tid -> new ArrayList<>()).add(span));
            assertEquals(timeline.tracks().size(), byThread.size());
            BigDecimal end = ChromeTraceWriter.micros(timeline, timeline.endCycle());
            byThread.values().forEach(spans -> {
                BigDecimal at = BigDecimal.ZERO.setScale(3);
                for (JsonNode span : spans) {
                    assertEquals(0, at.compareTo(span.get("ts").decimalValue()), span.toString());
                    assertEquals("state", span.get("cat").asString());
                    at = at.add(span.get("dur").decimalValue());
                }
                assertEquals(0, end.compareTo(at), end + " vs " + at);
            });
        }

        @ParameterizedTest(name = "{index}")
        @MethodSource("org.smpboot.cli.timeline.ChromeTraceWriterTests#boots")
        void everyFlowStartsOnTheSenderAndEndsOnTheReceiverWithOneIdCategoryAndName(Timeline timeline) {
            List<JsonNode> starts = events(timeline, "s");
            List<JsonNode> ends = events(timeline, "f");
            assertEquals(timeline.flows().size(), starts.size());
            assertEquals(starts.size(), ends.size());
            Set<Integer> ids = new TreeSet<>();
            for (int i = 0; i < starts.size(); i++) {
                JsonNode start = starts.get(i);
                JsonNode end = ends.get(i);
                Timeline.Flow flow = timeline.flows().get(i);
                assertEquals(start.get("id"), end.get("id"));
                assertEquals(start.get("cat"), end.get("cat"));
                assertEquals(start.get("name"), end.get("name"));
                assertEquals(flow.from(), start.get("tid").asInt());
                assertEquals(flow.to(), end.get("tid").asInt());
                assertEquals("e", end.get("bp").asString());
                assertTrue(start.get("ts").decimalValue().compareTo(end.get("ts").decimalValue()) <= 0);
                assertTrue(ids.add(start.get("id").asInt()), "flow ids are unique");
            }
        }

        @ParameterizedTest(name = "{index}")
        @MethodSource("org.smpboot.cli.timeline.ChromeTraceWriterTests#boots")
        void marksAreThreadScopedInstants(Timeline timeline) {
            List<JsonNode> instants = events(timeline, "i");
            assertEquals(timeline.marks().size(), instants.size());
            instants.forEach(instant -> assertEquals("t", instant.get("s").asString()));
        }
    }

    @Nested
    class Determinism {

        @ParameterizedTest(name = "{index}")
        @MethodSource("org.smpboot.cli.timeline.ChromeTraceWriterTests#boots")
        void writingTwiceGivesTheSameBytes(Timeline timeline) {
            StringWriter first = new StringWriter();
            StringWriter second = new StringWriter();
            ChromeTraceWriter.write(timeline, first);
            ChromeTraceWriter.write(timeline, second);
            assertEquals(first.toString(), second.toString());
        }
    }
}
