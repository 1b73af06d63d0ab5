package org.smpboot.cli.timeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.smpboot.machine.CpuState;

/**
 * The SVG timeline of a machine too large for a row per CPU: the BSP's own row, a histogram of IPI
 * and mailbox arrivals, and the number of processors in each state over time as stacked areas
 * (processors that reached the kernel at the bottom, waiting ones above, lost ones on top), with
 * the CPUs that did not come up named below.
 */
final class SvgAggregateView {

    /** The BSP's row. */
    static final double BSP_ROW = 18;
    /** The arrivals histogram. */
    static final double HISTOGRAM_HEIGHT = 56;
    /** The stacked state areas. */
    static final double AREA_HEIGHT = 420;
    /** The space between the parts. */
    static final double SPACING = 18;
    /** The horizontal step between samples. */
    static final double SAMPLE_STEP = 2;
    /** The most steps drawn as ticks on the BSP's row. */
    static final int MAX_STEP_TICKS = 64;
    /** Bottom to top: what came up, what is on its way, what waits, what is lost. */
    static final List<CpuState> STACK = List.of(CpuState.HALTED, CpuState.RUNNING, CpuState.STARTING,
            CpuState.WAIT_FOR_SIPI, CpuState.IN_FIRMWARE, CpuState.FAULTED, CpuState.DEAD);

    private SvgAggregateView() {
    }

    /** {@return the page height} */
    static double height() {
        return SvgFrame.PLOT_TOP + BSP_ROW + HISTOGRAM_HEIGHT + AREA_HEIGHT + 2 * SPACING + SvgFrame.AXIS_HEIGHT
                + SvgFrame.LEGEND_HEIGHT + 20;
    }

    /** Draws {@code timeline} on {@code svg}. */
    static void draw(SvgOut svg, Timeline timeline) {
        TimeAxis axis = SvgFrame.axis(timeline);
        double top = SvgFrame.PLOT_TOP;
        double histogramTop = top + BSP_ROW + SPACING;
        double areaTop = histogramTop + HISTOGRAM_HEIGHT + SPACING;
        double bottom = areaTop + AREA_HEIGHT;
        int cpus = timeline.tracks().size();
        SvgFrame.title(svg, timeline, height(), ("%,d CPUs, too many for a row each: the BSP's row, IPI arrivals over "
                + "time, and how many CPUs are in each state; bands marked ≈ are idle stretches drawn narrow.")
                .formatted(cpus));
        SvgAxis.ticks(svg, axis, timeline, top, bottom);

        Timeline.Track bsp = timeline.tracks().getFirst();
        svg.label(SvgFrame.PLOT_LEFT - 8, top + 13, "cpu 0 · %s · BSP".formatted(bsp.apicId()), "font-size", "11",
                "text-anchor", "end", "fill", SvgPalette.TEXT);
        for (Timeline.Span span : bsp.spans()) {
            double x0 = axis.x(span.start());
            double x1 = axis.x(span.end());
            if (x1 > x0) {
                svg.rect(x0, top + 1, Math.max(x1 - x0, 0.6), BSP_ROW - 2, SvgPalette.fill(span.state()), null);
            }
        }
        List<Timeline.Mark> steps = timeline.marks().stream()
                .filter(mark -> mark.cpu() == 0 && mark.kind() == Timeline.MarkKind.STEP).toList();
        // A per-CPU sequence makes thousands of steps: ticks would paint the row black; the
        // arrivals histogram shows them instead.
        if (steps.size() <= MAX_STEP_TICKS) {
            for (Timeline.Mark mark : steps) {
                double x = axis.x(mark.cycle());
                svg.line(x, top, x, top + BSP_ROW, "stroke", SvgPalette.STEP, "stroke-width", "1");
            }
        }

        long[] times = sampleTimes(axis);
        histogram(svg, timeline, axis, times, histogramTop);
        areas(svg, timeline, times, areaTop, cpus);
        SvgAxis.breaks(svg, axis, timeline, top, bottom);
        notUp(svg, timeline, bottom + SvgFrame.AXIS_HEIGHT + SvgFrame.LEGEND_HEIGHT + 6);
        List<LegendEntry> legend = new ArrayList<>();
        for (FlowKind kind : FlowKind.values()) {
            if (timeline.flows().stream().anyMatch(flow -> flow.kind() == kind)) {
                legend.add(new LegendEntry.Bar(SvgPalette.ink(kind), kind.words()));
            }
        }
        if (steps.size() <= MAX_STEP_TICKS) {
            legend.add(new LegendEntry.Glyph(SvgPalette.STEP, "kernel step on the BSP", "|"));
        }
        SvgFrame.legend(svg, timeline, bottom + SvgFrame.AXIS_HEIGHT, legend);
    }

    private static long[] sampleTimes(TimeAxis axis) {
        double left = axis.segments().getFirst().x0();
        int samples = (int) Math.ceil((axis.right() - left) / SAMPLE_STEP);
        long[] times = new long[samples];
        for (int i = 0; i < samples; i++) {
            times[i] = axis.cycleAt(left + (i + 0.5) * SAMPLE_STEP);
        }
        return times;
    }

    /** Arrivals per sample column, each kind stacked, scaled to the busiest column. */
    private static void histogram(SvgOut svg, Timeline timeline, TimeAxis axis, long[] times, double top) {
        int kinds = FlowKind.values().length;
        int[][] counts = new int[times.length][kinds];
        double left = axis.segments().getFirst().x0();
        for (Timeline.Flow flow : timeline.flows()) {
            int column = (int) Math.clamp((long) ((axis.x(flow.arrived()) - left) / SAMPLE_STEP), 0, times.length - 1);
            counts[column][flow.kind().ordinal()]++;
        }
        int max = 1;
        for (int[] column : counts) {
            int sum = 0;
            for (int count : column) {
                sum += count;
            }
            max = Math.max(max, sum);
        }
        svg.label(SvgFrame.PLOT_LEFT - 8, top + 12, "IPI arrivals", "font-size", "11", "text-anchor", "end",
                "fill", SvgPalette.TEXT);
        svg.label(SvgFrame.PLOT_LEFT - 8, top + 26, "max %,d per %s px".formatted(max, SvgOut.number(SAMPLE_STEP)),
                "font-size", "9", "text-anchor", "end", "fill", SvgPalette.MUTED);
        svg.line(SvgFrame.PLOT_LEFT, top + HISTOGRAM_HEIGHT, axis.right(), top + HISTOGRAM_HEIGHT,
                "stroke", SvgPalette.GRID);
        for (int i = 0; i < times.length; i++) {
            double base = top + HISTOGRAM_HEIGHT;
            for (FlowKind kind : FlowKind.values()) {
                int count = counts[i][kind.ordinal()];
                if (count > 0) {
                    double height = Math.max(1, HISTOGRAM_HEIGHT * count / max);
                    svg.rect(left + i * SAMPLE_STEP, base - height, SAMPLE_STEP, height, SvgPalette.ink(kind), null);
                    base -= height;
                }
            }
        }
    }

    /** The stacked areas, one path per state, as steps between sample columns. */
    private static void areas(SvgOut svg, Timeline timeline, long[] times, double top, int cpus) {
        int[][] counts = StateCounts.at(timeline, times);
        double left = SvgFrame.PLOT_LEFT;
        double scale = AREA_HEIGHT / cpus;
        double bottom = top + AREA_HEIGHT;
        double[] below = new double[times.length];
        for (CpuState state : STACK) {
            boolean present = false;
            StringBuilder outline = new StringBuilder();
            // Along the top of this state's band, left to right, then back along its bottom.
            for (int i = 0; i < times.length; i++) {
                int count = counts[i][state.ordinal()];
                present |= count > 0;
                double y = bottom - (below[i] + count) * scale;
                step(outline, i == 0 ? 'M' : 'L', left + i * SAMPLE_STEP, left + (i + 1) * SAMPLE_STEP, y);
            }
            for (int i = times.length - 1; i >= 0; i--) {
                step(outline, 'L', left + (i + 1) * SAMPLE_STEP, left + i * SAMPLE_STEP, bottom - below[i] * scale);
                below[i] += counts[i][state.ordinal()];
            }
            if (present) {
                svg.start("path", "d", outline.append('Z').toString(), "fill", SvgPalette.fill(state));
                svg.start("title").text(SvgPalette.describe(state)).end();
                svg.end();
            }
        }
        svg.line(left, bottom, left + times.length * SAMPLE_STEP, bottom, "stroke", SvgPalette.MUTED);
        for (int fraction = 0; fraction <= 4; fraction++) {
            double y = bottom - AREA_HEIGHT * fraction / 4;
            svg.line(left - 4, y, left, y, "stroke", SvgPalette.MUTED);
            svg.label(left - 8, y + 4, String.format(Locale.ROOT, "%,d", (long) cpus * fraction / 4), "font-size", "10",
                    "text-anchor", "end", "fill", SvgPalette.TEXT);
        }
        svg.label(left - 8, top - 6, "CPUs by state", "font-size", "11", "text-anchor", "end", "fill",
                SvgPalette.TEXT);
    }

    /** Appends a horizontal step from {@code x0} to {@code x1} at height {@code y}. */
    private static void step(StringBuilder path, char command, double x0, double x1, double y) {
        path.append(command).append(SvgOut.number(x0)).append(',').append(SvgOut.number(y))
                .append('L').append(SvgOut.number(x1)).append(',').append(SvgOut.number(y));
    }

    /** Names the CPUs the kernel does not count as online, as a CPU mask. */
    private static void notUp(SvgOut svg, Timeline timeline, double y) {
        BitSet failed = new BitSet();
        timeline.tracks().stream().filter(track -> !track.online()).forEach(track -> failed.set(track.cpu()));
        String text = failed.isEmpty() ? "Every CPU of the machine is online."
                : "Not online: " + CpuRanges.describe(failed) + ".";
        svg.label(20, y, text, "font-size", "11", "fill", failed.isEmpty() ? SvgPalette.MUTED : SvgPalette.FAILED);
    }
}
