package org.smpboot.cli.timeline;

import java.util.List;
import org.smpboot.machine.CpuState;

/**
 * What both SVG views share: the page geometry, the title block, the arrow markers, the time axis
 * built from every time the timeline mentions, and the legend.
 */
final class SvgFrame {

    /** Page width. */
    static final double WIDTH = 1280;
    /** Where the plot starts: the row labels go to its left. */
    static final double PLOT_LEFT = 200;
    /** The margin right of the plot. */
    static final double PLOT_RIGHT_MARGIN = 30;
    /** Where the plot starts vertically, below the title block. */
    static final double PLOT_TOP = 78;
    /** The axis labels and break labels below the plot. */
    static final double AXIS_HEIGHT = 44;
    /** The legend below the axis. */
    static final double LEGEND_HEIGHT = 64;

    private SvgFrame() {
    }

    /**
     * {@return the axis over every time {@code timeline} mentions} State changes and messages weigh
     * the bursts; the marks (kernel log lines above all) only keep their moments from being broken.
     */
    static TimeAxis axis(Timeline timeline) {
        int count = 0;
        for (Timeline.Track track : timeline.tracks()) {
            count += track.spans().size();
        }
        long[] activity = new long[count + 2 * timeline.flows().size()];
        int next = 0;
        for (Timeline.Track track : timeline.tracks()) {
            for (Timeline.Span span : track.spans()) {
                activity[next++] = span.start();
            }
        }
        for (Timeline.Flow flow : timeline.flows()) {
            activity[next++] = flow.sent();
            activity[next++] = flow.arrived();
        }
        long[] times = java.util.Arrays.copyOf(activity, activity.length + timeline.marks().size());
        for (Timeline.Mark mark : timeline.marks()) {
            times[next++] = mark.cycle();
        }
        return TimeAxis.of(times, activity, timeline.endCycle(), timeline.tscHz(), PLOT_LEFT,
                WIDTH - PLOT_LEFT - PLOT_RIGHT_MARGIN);
    }

    /** Draws the white page of {@code height}, the title and the one-line description of the view. */
    static void title(SvgOut svg, Timeline timeline, double height, String subtitle) {
        svg.rect(0, 0, WIDTH, height, "#ffffff", null);
        svg.label(20, 28, timeline.title(), "font-size", "17", "font-weight", "bold", "fill", SvgPalette.TEXT);
        svg.label(20, 50, subtitle, "font-size", "11.5", "fill", SvgPalette.MUTED);
    }

    /** Writes the arrowheads the flows end in, one per ink (SVG 1.1 markers do not take the line's colour). */
    static void markers(SvgOut svg) {
        svg.start("defs");
        for (FlowKind kind : FlowKind.values()) {
            svg.start("marker", "id", "arrow-" + kind.id(), "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
                    "markerWidth", "5", "markerHeight", "5", "orient", "auto");
            svg.start("path", "d", "M0,0 L10,5 L0,10 z", "fill", SvgPalette.ink(kind)).end();
            svg.end();
        }
        svg.end();
    }

    /** Draws the legend at {@code top}: every state that occurs, then the {@code extra} entries. */
    static void legend(SvgOut svg, Timeline timeline, double top, List<LegendEntry> extra) {
        double x = PLOT_LEFT;
        double y = top + 14;
        svg.label(20, y + 9, "legend", "font-size", "11", "font-weight", "bold", "fill", SvgPalette.TEXT);
        for (CpuState state : CpuState.values()) {
            if (!occurs(timeline, state)) {
                continue;
            }
            svg.rect(x, y, 14, 11, SvgPalette.fill(state), null);
            String words = SvgPalette.describe(state);
            svg.label(x + 19, y + 9.5, words, "font-size", "11", "fill", SvgPalette.TEXT);
            x += 32 + 6.4 * words.length();
        }
        x = PLOT_LEFT;
        y += 22;
        for (LegendEntry entry : extra) {
            switch (entry) {
                case LegendEntry.Arrow arrow -> svg.line(x, y + 5, x + 16, y + 5, "stroke", arrow.ink(),
                        "stroke-width", "1.5", "marker-end", "url(#arrow-" + arrow.marker() + ")",
                        "stroke-dasharray", arrow.dashed() ? SvgPalette.dash(FlowKind.IPI_IGNORED) : "none");
                case LegendEntry.Bar bar -> svg.rect(x, y, 14, 11, bar.ink(), null);
                case LegendEntry.Glyph glyph -> svg.label(x + 7, y + 10, glyph.glyph(), "font-size", "12",
                        "text-anchor", "middle", "fill", glyph.ink(), "font-weight", "bold");
            }
            svg.label(x + 21, y + 9.5, entry.words(), "font-size", "11", "fill", SvgPalette.TEXT);
            x += 34 + 6.4 * entry.words().length();
        }
    }

    private static boolean occurs(Timeline timeline, CpuState state) {
        return timeline.tracks().stream().flatMap(track -> track.spans().stream()).anyMatch(span -> span.state() == state);
    }
}
