package org.smpboot.cli.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.trace.TraceEvent;

/** How a boot becomes a timeline: contiguous state spans, IPIs matched to their sends, marks. */
class TimelineBuilderTests {

    @Nested
    class Spans {

        @Test
        void everyTrackIsCoveredFromZeroToTheEndWithoutGapsOrOverlaps() {
            Timeline timeline = SampleBoots.Three.TIMELINE;
            for (Timeline.Track track : timeline.tracks()) {
                assertEquals(0, track.spans().getFirst().start());
                assertEquals(timeline.endCycle(), track.spans().getLast().end());
                for (int i = 1; i < track.spans().size(); i++) {
                    assertEquals(track.spans().get(i - 1).end(), track.spans().get(i).start(), track.toString());
                }
            }
        }

        @Test
        void anApWaitsForSipiThenStartsRunsAndHalts() {
            List<CpuState> states = SampleBoots.Three.TIMELINE.tracks().get(1).spans().stream()
                    .map(Timeline.Span::state).toList();
            assertEquals(List.of(CpuState.WAIT_FOR_SIPI, CpuState.STARTING, CpuState.RUNNING, CpuState.HALTED), states);
        }

        @Test
        void aDeadCpuIsDeadThroughout() {
            Timeline.Track dead = SampleBoots.FourThousand.TIMELINE.tracks().get(77);
            assertEquals(List.of(CpuState.DEAD), dead.spans().stream().map(Timeline.Span::state).toList());
            assertEquals("failed", dead.fate());
        }
    }

    @Nested
    class Flows {

        @Test
        void eachBroadcastReachesEveryOtherCpuAsAFlowFromTheBsp() {
            // INIT, INIT de-assert (to all, the BSP included), SIPI, SIPI: 2 + 3 + 2 + 2.
            List<Timeline.Flow> flows = SampleBoots.Three.TIMELINE.flows();
            assertEquals(9, flows.size());
            flows.forEach(flow -> assertEquals(0, flow.from()));
            assertEquals(4, flows.stream().filter(flow -> flow.kind() == FlowKind.IPI).count(), "2 INITs, 2 SIPIs");
        }

        @Test
        void flowsArriveAfterTheyAreSent() {
            SampleBoots.FourThousand.TIMELINE.flows().forEach(flow -> assertTrue(flow.arrived() >= flow.sent()));
        }

        @Test
        void aUnicastArrivalMatchesTheSendAddressedToItsReceiverNotTheLatestSend() {
            IpiMatcher matcher = new IpiMatcher(List.of(unicast(10, 1), unicast(20, 2)),
                    List.of(ApicId.of(0), ApicId.of(1), ApicId.of(2)));
            assertEquals(10, matcher.sendOf(0, 1, DeliveryMode.INIT, 25).orElseThrow().cycle());
            assertEquals(20, matcher.sendOf(0, 2, DeliveryMode.INIT, 25).orElseThrow().cycle());
        }

        @Test
        void anArrivalBeforeAnySendMatchesNothing() {
            IpiMatcher matcher = new IpiMatcher(List.of(unicast(10, 1)), List.of(ApicId.of(0), ApicId.of(1)));
            assertTrue(matcher.sendOf(0, 1, DeliveryMode.INIT, 5).isEmpty());
            assertTrue(matcher.sendOf(0, 1, DeliveryMode.STARTUP, 15).isEmpty());
        }

        @Test
        void shorthandsCoverTheirDestinations() {
            IpiMatcher matcher = new IpiMatcher(List.of(), List.of(ApicId.of(0), ApicId.of(1)));
            assertTrue(matcher.covers(shorthand(DestinationShorthand.ALL_EXCLUDING_SELF), 1));
            assertTrue(!matcher.covers(shorthand(DestinationShorthand.ALL_EXCLUDING_SELF), 0));
            assertTrue(matcher.covers(shorthand(DestinationShorthand.ALL_INCLUDING_SELF), 0));
            assertTrue(matcher.covers(shorthand(DestinationShorthand.SELF), 0));
            assertTrue(!matcher.covers(shorthand(DestinationShorthand.SELF), 1));
        }

        private static TraceEvent.IpiSent unicast(long cycle, int apicId) {
            return new TraceEvent.IpiSent(cycle, CpuIndex.BSP, Icr.of(DeliveryMode.INIT)
                    .withPhysicalDestination(ApicId.of(apicId)), ApicMode.X2APIC, false);
        }

        private static TraceEvent.IpiSent shorthand(DestinationShorthand shorthand) {
            return new TraceEvent.IpiSent(0, CpuIndex.BSP, Icr.of(DeliveryMode.INIT).withShorthand(shorthand),
                    ApicMode.XAPIC, false);
        }
    }

    @Nested
    class Marks {

        @Test
        void theKernelsLogLinesAreMarksOnTheBsp() {
            List<Timeline.Mark> kernel = SampleBoots.Three.TIMELINE.marks().stream()
                    .filter(mark -> mark.kind() == Timeline.MarkKind.KERNEL_LOG).toList();
            assertTrue(kernel.stream().anyMatch(mark -> mark.text().equals("smp: Brought up 3 CPUs of 3")));
            kernel.forEach(mark -> assertEquals(0, mark.cpu()));
        }

        @Test
        void marksAreInTimeOrder() {
            List<Timeline.Mark> marks = SampleBoots.FourThousand.TIMELINE.marks();
            for (int i = 1; i < marks.size(); i++) {
                assertTrue(marks.get(i - 1).cycle() <= marks.get(i).cycle());
            }
        }
    }
}
