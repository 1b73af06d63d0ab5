package org.smpboot.cli.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The SVG timeline with one row per processor: its states as coloured spans, each IPI or mailbox
 * command as an arrow from the sender's row to the receiver's, steps as ticks, faults and
 * violations as glyphs, and the row labels marking the CPUs that did not come up. Readable up to a
 * few hundred rows: rows shrink with their number, labels thin out below 10 pixels.
 */
final class SvgRowsView {

    /** The tallest row. */
    static final double MAX_ROW = 20;
    /** The flattest row. */
    static final double MIN_ROW = 2.5;
    /** The plot height rows are fitted into. */
    static final double PLOT_HEIGHT = 720;
    /** Beyond this many rows arrows are drawn thin and pale, without heads. */
    static final int DENSE_ROWS = 64;
    /** The smallest row that still gets a label of its own. */
    static final double LABEL_ROW = 10;

    private SvgRowsView() {
    }

    /** {@return the page height for {@code rows} rows} */
    static double height(int rows) {
        return SvgFrame.PLOT_TOP + rows * rowHeight(rows) + SvgFrame.AXIS_HEIGHT + SvgFrame.LEGEND_HEIGHT;
    }

    static double rowHeight(int rows) {
        return Math.clamp(PLOT_HEIGHT / Math.max(rows, 1), MIN_ROW, MAX_ROW);
    }

    /** Draws {@code timeline} on {@code svg}. */
    static void draw(SvgOut svg, Timeline timeline) {
        int rows = timeline.tracks().size();
        double row = rowHeight(rows);
        double top = SvgFrame.PLOT_TOP;
        double bottom = top + rows * row;
        TimeAxis axis = SvgFrame.axis(timeline);
        SvgFrame.title(svg, timeline, height(rows), "One row per CPU, coloured by state; arrows are IPIs and mailbox "
                + "commands from sender to receiver; bands marked ≈ are idle stretches drawn narrow.");
        SvgFrame.markers(svg);
        SvgAxis.ticks(svg, axis, timeline, top, bottom);

        int labelEvery = (int) Math.ceil(LABEL_ROW / row);
        double gap = row >= 6 ? 1.5 : 0;
        for (Timeline.Track track : timeline.tracks()) {
            double y = top + track.cpu() * row;
            for (Timeline.Span span : track.spans()) {
                double x0 = axis.x(span.start());
                double x1 = axis.x(span.end());
                if (x1 > x0) {
                    svg.rect(x0, y + gap / 2, Math.max(x1 - x0, 0.6), row - gap, SvgPalette.fill(span.state()),
                            rows <= 64 ? "cpu %d: %s".formatted(track.cpu(), SvgPalette.describe(span.state())) : null);
                }
            }
            if (track.cpu() % labelEvery == 0 || !track.online()) {
                label(svg, track, y, row);
            }
        }
        // Many rows make a fan of arrows into a solid wedge over the states: thin and pale then.
        boolean dense = rows > DENSE_ROWS;
        for (Timeline.Flow flow : timeline.flows()) {
            svg.line(axis.x(flow.sent()), top + (flow.from() + 0.5) * row, axis.x(flow.arrived()),
                    top + (flow.to() + 0.5) * row, "stroke", SvgPalette.ink(flow.kind()), "stroke-width",
                    dense ? "0.4" : rows <= 32 ? "1.2" : "0.8", "stroke-dasharray", SvgPalette.dash(flow.kind()),
                    "marker-end", dense ? "none" : "url(#arrow-" + flow.kind().id() + ")",
                    "opacity", dense ? "0.25" : "0.85");
        }
        marks(svg, timeline, axis, top, row);
        SvgAxis.breaks(svg, axis, timeline, top, bottom);
        List<LegendEntry> legend = new ArrayList<>();
        for (FlowKind kind : FlowKind.values()) {
            if (timeline.flows().stream().anyMatch(flow -> flow.kind() == kind)) {
                legend.add(SvgPalette.legend(kind));
            }
        }
        legend.add(new LegendEntry.Glyph(SvgPalette.STEP, "kernel step (ICR write, mailbox command)", "|"));
        legend.add(new LegendEntry.Glyph(SvgPalette.FAULT, "fault", "✕"));
        legend.add(new LegendEntry.Glyph(SvgPalette.VIOLATION, "violation", "▲"));
        SvgFrame.legend(svg, timeline, bottom + SvgFrame.AXIS_HEIGHT, legend);
    }

    private static void label(SvgOut svg, Timeline.Track track, double y, double row) {
        double size = Math.clamp(row - 2, 8, 11);
        String text = "cpu %d · %s%s".formatted(track.cpu(), track.apicId(), track.cpu() == 0 ? " · BSP" : "");
        String fill = SvgPalette.TEXT;
        if (!track.online()) {
            text += " · " + track.fate();
            fill = track.fate().equals("failed") ? SvgPalette.FAILED : SvgPalette.UNLISTED;
        }
        svg.label(SvgFrame.PLOT_LEFT - 8, y + row / 2 + size * 0.35, text, "font-size", SvgOut.number(size),
                "text-anchor", "end", "fill", fill);
    }

    private static void marks(SvgOut svg, Timeline timeline, TimeAxis axis, double top, double row) {
        double size = Math.clamp(row, 8, 13);
        for (Timeline.Mark mark : timeline.marks()) {
            double x = axis.x(mark.cycle());
            double y = top + mark.cpu() * row;
            switch (mark.kind()) {
                case STEP -> svg.line(x, y, x, y + row, "stroke", SvgPalette.STEP, "stroke-width", "1.5");
                case FAULT -> glyph(svg, x, y, row, size, "✕", SvgPalette.FAULT, mark.text());
                case VIOLATION -> glyph(svg, x, y, row, size, "▲", SvgPalette.VIOLATION, mark.text());
                case KERNEL_LOG, KERNEL_ENTRY -> {
                    // Kernel lines are the log's; kernel entries show as the switch to "running".
                }
            }
        }
    }

    private static void glyph(SvgOut svg, double x, double y, double row, double size, String glyph, String ink,
            String title) {
        svg.start("text").attribute("x", x).attribute("y", y + row / 2 + size * 0.35)
                .attribute("font-size", size).attribute("text-anchor", "middle").attribute("fill", ink)
                .attribute("font-weight", "bold");
        svg.start("title").text(title).end();
        svg.text(glyph).end();
    }
}
