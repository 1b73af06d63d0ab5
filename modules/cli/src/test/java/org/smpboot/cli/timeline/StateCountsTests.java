package org.smpboot.cli.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.machine.CpuState;

/** Counting processors per state at sample times: each counted once, at every instant. */
class StateCountsTests {

    private static int[] expected(CpuState... states) {
        int[] counts = new int[CpuState.values().length];
        Arrays.stream(states).forEach(state -> counts[state.ordinal()]++);
        return counts;
    }

    @Test
    void spansCountFromTheirStartUpToButExcludingTheirEnd() {
        Timeline.Track ap = new Timeline.Track(1, ApicId.of(1), "online", List.of(
                new Timeline.Span(CpuState.WAIT_FOR_SIPI, 0, 10), new Timeline.Span(CpuState.RUNNING, 10, 20)));
        Timeline.Track bsp = new Timeline.Track(0, ApicId.of(0), "online",
                List.of(new Timeline.Span(CpuState.RUNNING, 0, 20)));
        Timeline timeline = new Timeline("t", 1_000_000, 20, List.of(bsp, ap), List.of(), List.of());
        int[][] counts = StateCounts.at(timeline, new long[] {0, 9, 10, 20});
        assertArrayEquals(expected(CpuState.RUNNING, CpuState.WAIT_FOR_SIPI), counts[0]);
        assertArrayEquals(expected(CpuState.RUNNING, CpuState.WAIT_FOR_SIPI), counts[1]);
        assertArrayEquals(expected(CpuState.RUNNING, CpuState.RUNNING), counts[2]);
        assertArrayEquals(expected(CpuState.RUNNING, CpuState.RUNNING), counts[3], "the last span lasts");
    }

    @Test
    void everyCpuOfALargeBootIsCountedAtEveryInstant() {
        Timeline timeline = SampleBoots.FourThousand.TIMELINE;
        long[] times = {0, timeline.endCycle() / 3, timeline.endCycle() / 2, timeline.endCycle()};
        for (int[] counts : StateCounts.at(timeline, times)) {
            assertEquals(4096, Arrays.stream(counts).sum());
        }
    }
}
