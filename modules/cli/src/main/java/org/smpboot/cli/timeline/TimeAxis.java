package org.smpboot.cli.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smpboot.kernel.api.hw.TscFrequency;

/**
 * Maps virtual time to horizontal pixels for the SVG timeline, compressing long idle stretches so
 * the bursts of activity get the width. A boot is bursts separated by waits many orders of
 * magnitude longer (a 10 ms INIT wait, then 7 APs starting within 15 µs): on a linear axis every
 * burst would be a pixel wide.
 *
 * <p>The gaps between consecutive event times longer than {@value #GAP_FRACTION_DIVISOR}th of the
 * whole and than {@value #MIN_GAP_NANOS} ns (shorter waits are part of a sequence, like the 10 µs
 * a modern kernel waits after a SIPI), at most {@value #MAX_GAPS} of them (the longest), become
 * <em>breaks</em> of
 * {@value #BREAK_WIDTH} pixels; the time between breaks is a <em>burst</em> drawn linearly, each
 * burst at least {@value #MIN_BURST_WIDTH} pixels wide and the rest of the width shared half in
 * proportion to duration, half in proportion to activity (how many state changes and messages
 * fall in it), so the burst where thousands of CPUs start is not squeezed by a longer one where
 * the BSP alone writes its records. Without long gaps the axis is linear. The mapping is monotonic.
 */
final class TimeAxis {

    /** A gap counts as idle when longer than the whole time divided by this. */
    static final int GAP_FRACTION_DIVISOR = 200;
    /** A gap shorter than this is never a break: 50 µs, five times Linux's post-SIPI wait. */
    static final long MIN_GAP_NANOS = 50_000;
    /** The most breaks an axis has. */
    static final int MAX_GAPS = 11;
    /** The width of one break. */
    static final double BREAK_WIDTH = 44;
    /** The narrowest a burst is drawn. */
    static final double MIN_BURST_WIDTH = 70;

    /** A stretch of time and where it is drawn; {@code idle} for a break. */
    record Segment(long start, long end, double x0, double x1, boolean idle) {
    }

    private final List<Segment> segments;
    private final long[] cycles;
    private final double[] xs;

    private TimeAxis(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        // Control points: each segment's ends; a zero-length burst sits at its middle.
        List<long[]> points = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.idle()) {
                continue;
            }
            if (segment.end() > segment.start()) {
                points.add(new long[] {segment.start(), Double.doubleToLongBits(segment.x0())});
                points.add(new long[] {segment.end(), Double.doubleToLongBits(segment.x1())});
            } else {
                points.add(new long[] {segment.start(), Double.doubleToLongBits((segment.x0() + segment.x1()) / 2)});
            }
        }
        cycles = points.stream().mapToLong(point -> point[0]).toArray();
        xs = points.stream().mapToDouble(point -> Double.longBitsToDouble(point[1])).toArray();
    }

    /**
     * {@return the axis for events at {@code times} (any order, repeats allowed) from 0 to {@code end}}
     *
     * @param times    every time worth showing; the gaps between them decide the breaks
     * @param activity the times of state changes and messages, which weigh the bursts' widths
     * @param tscHz    the TSC frequency, to tell how long a gap is
     * @param left  the x of time 0
     * @param width the pixels the axis spans
     */
    static TimeAxis of(long[] times, long[] activity, long end, long tscHz, double left, double width) {
        long[] sorted = Arrays.stream(times).filter(t -> t >= 0 && t <= end).distinct().sorted().toArray();
        long[] all = new long[sorted.length + 2];
        all[0] = 0;
        System.arraycopy(sorted, 0, all, 1, sorted.length);
        all[all.length - 1] = Math.max(end, 1);
        long[] distinct = Arrays.stream(all).distinct().sorted().toArray();
        long total = distinct[distinct.length - 1];

        long minimum = Math.max(total / GAP_FRACTION_DIVISOR, new TscFrequency(tscHz).cyclesIn(MIN_GAP_NANOS));
        List<long[]> gaps = new ArrayList<>();
        for (int i = 1; i < distinct.length; i++) {
            long length = distinct[i] - distinct[i - 1];
            if (length > minimum) {
                gaps.add(new long[] {distinct[i - 1], distinct[i]});
            }
        }
        gaps.sort((a, b) -> Long.compare(b[1] - b[0], a[1] - a[0]));
        List<long[]> breaks = new ArrayList<>(gaps.subList(0, Math.min(MAX_GAPS, gaps.size())));
        // A break that leaves too little width for the bursts is not worth it.
        while (!breaks.isEmpty() && width - breaks.size() * BREAK_WIDTH < (breaks.size() + 1) * MIN_BURST_WIDTH) {
            breaks.removeLast();
        }
        breaks.sort((a, b) -> Long.compare(a[0], b[0]));

        List<long[]> bursts = new ArrayList<>();
        long from = 0;
        for (long[] gap : breaks) {
            bursts.add(new long[] {from, gap[0]});
            from = gap[1];
        }
        bursts.add(new long[] {from, total});
        double free = width - breaks.size() * BREAK_WIDTH - bursts.size() * MIN_BURST_WIDTH;
        long busy = bursts.stream().mapToLong(burst -> burst[1] - burst[0]).sum();
        long[] weights = activityPerBurst(bursts, activity);
        long events = Arrays.stream(weights).sum();

        List<Segment> segments = new ArrayList<>();
        double x = left;
        for (int i = 0; i < bursts.size(); i++) {
            long[] burst = bursts.get(i);
            double byDuration = busy == 0 ? 1.0 / bursts.size() : (double) (burst[1] - burst[0]) / busy;
            double byActivity = events == 0 ? byDuration : (double) weights[i] / events;
            double share = free * (byDuration + byActivity) / 2;
            double w = breaks.isEmpty() ? width : MIN_BURST_WIDTH + share;
            segments.add(new Segment(burst[0], burst[1], x, x + w, false));
            x += w;
            if (i < breaks.size()) {
                segments.add(new Segment(breaks.get(i)[0], breaks.get(i)[1], x, x + BREAK_WIDTH, true));
                x += BREAK_WIDTH;
            }
        }
        return new TimeAxis(segments);
    }

    /** {@return how many of {@code activity} fall in each burst} */
    private static long[] activityPerBurst(List<long[]> bursts, long[] activity) {
        long[] counts = new long[bursts.size()];
        for (long time : activity) {
            for (int i = 0; i < bursts.size(); i++) {
                if (time >= bursts.get(i)[0] && time <= bursts.get(i)[1]) {
                    counts[i]++;
                    break;
                }
            }
        }
        return counts;
    }

    /** {@return the segments, bursts and breaks alternating, in time order} */
    List<Segment> segments() {
        return segments;
    }

    /** {@return the x of {@code cycle}: linear within a burst and within a break, clamped to the axis} */
    double x(long cycle) {
        if (cycle <= cycles[0]) {
            return xs[0];
        }
        if (cycle >= cycles[cycles.length - 1]) {
            return xs[xs.length - 1];
        }
        int i = Arrays.binarySearch(cycles, cycle);
        if (i >= 0) {
            return xs[i];
        }
        int after = -i - 1;
        int before = after - 1;
        double fraction = (double) (cycle - cycles[before]) / (cycles[after] - cycles[before]);
        return xs[before] + fraction * (xs[after] - xs[before]);
    }

    /** {@return the cycle drawn at {@code x}: the inverse of {@link #x}, for sampling} */
    long cycleAt(double x) {
        if (x <= xs[0]) {
            return cycles[0];
        }
        for (int i = 1; i < xs.length; i++) {
            if (x <= xs[i]) {
                double span = xs[i] - xs[i - 1];
                double fraction = span == 0 ? 1 : (x - xs[i - 1]) / span;
                return cycles[i - 1] + Math.round(fraction * (cycles[i] - cycles[i - 1]));
            }
        }
        return cycles[cycles.length - 1];
    }

    /** {@return the x where the axis ends} */
    double right() {
        return segments.getLast().x1();
    }
}
