package org.smpboot.cli.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time axis: monotonic, spanning its width, linear without idle gaps, breaking the long ones. */
class TimeAxisTests {

    private static final long HZ = 2_000_000_000L;
    private static final double LEFT = 200;
    private static final double WIDTH = 1000;

    @Test
    void evenlySpreadEventsGetALinearAxis() {
        long[] times = LongStream.rangeClosed(0, 100).map(i -> i * 1_000).toArray();
        TimeAxis axis = TimeAxis.of(times, times, 100_000, HZ, LEFT, WIDTH);
        assertEquals(1, axis.segments().size());
        assertEquals(LEFT, axis.x(0), 1e-9);
        assertEquals(LEFT + WIDTH / 2, axis.x(50_000), 1e-9);
        assertEquals(LEFT + WIDTH, axis.x(100_000), 1e-9);
    }

    @Test
    void aLongIdleGapBecomesABreakAndTheBurstsShareTheWidth() {
        // Two bursts of 10 µs, 50 ms apart (at 2 GHz).
        long[] times = {0, 20_000, 100_000_000, 100_020_000};
        TimeAxis axis = TimeAxis.of(times, times, 100_020_000, HZ, LEFT, WIDTH);
        List<TimeAxis.Segment> segments = axis.segments();
        assertEquals(3, segments.size());
        assertTrue(segments.get(1).idle());
        assertEquals(TimeAxis.BREAK_WIDTH, segments.get(1).x1() - segments.get(1).x0(), 1e-9);
        assertEquals((WIDTH - TimeAxis.BREAK_WIDTH) / 2, segments.get(0).x1() - segments.get(0).x0(), 1e-9);
        assertEquals(LEFT + WIDTH, axis.right(), 1e-9);
    }

    @Test
    void ofTwoEquallyLongBurstsTheBusierGetsMoreWidth() {
        long[] times = {0, 20_000, 100_000_000, 100_020_000};
        long[] activity = {0, 100_000_000, 100_000_001, 100_000_002, 100_000_003, 100_020_000};
        List<TimeAxis.Segment> segments = TimeAxis.of(times, activity, 100_020_000, HZ, LEFT, WIDTH).segments();
        double quiet = segments.get(0).x1() - segments.get(0).x0();
        double busy = segments.get(2).x1() - segments.get(2).x0();
        assertTrue(busy > 1.5 * quiet, "busy %.1f px, quiet %.1f px".formatted(busy, quiet));
    }

    @Test
    void gapsShorterThanFiftyMicrosecondsAreNeverBroken() {
        // 20 µs gaps are part of a sequence (Linux waits 10 µs after a SIPI), however idle they look.
        long[] times = {0, 100, 40_000, 40_100};
        assertEquals(1, TimeAxis.of(times, times, 40_100, HZ, LEFT, WIDTH).segments().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void xIsMonotonicAndCycleAtInvertsIt(long seed) {
        Random random = new Random(seed);
        long[] times = LongStream.generate(() -> random.nextLong(0, 1L << random.nextInt(10, 40))).limit(200).toArray();
        long end = LongStream.of(times).max().orElseThrow();
        TimeAxis axis = TimeAxis.of(times, times, end, HZ, LEFT, WIDTH);
        double previous = Double.NEGATIVE_INFINITY;
        for (long t : LongStream.of(times).sorted().toArray()) {
            double x = axis.x(t);
            assertTrue(x >= previous, "monotonic at " + t);
            assertTrue(x >= LEFT && x <= LEFT + WIDTH + 1e-6, "inside the axis: " + x);
            previous = x;
            assertEquals(x, axis.x(axis.cycleAt(x)), 0.5, "round trip at " + t);
        }
    }

    @Test
    void atMostElevenBreaksAreMade() {
        long[] times = LongStream.range(0, 40).map(i -> i * 100_000_000L).toArray();
        long breaks = TimeAxis.of(times, times, times[times.length - 1], HZ, LEFT, WIDTH).segments().stream()
                .filter(TimeAxis.Segment::idle).count();
        assertTrue(breaks <= TimeAxis.MAX_GAPS, breaks + " breaks");
    }
}
