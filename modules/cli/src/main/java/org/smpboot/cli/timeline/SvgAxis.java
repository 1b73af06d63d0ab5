package org.smpboot.cli.timeline;

import java.util.Locale;

/**
 * Draws a {@link TimeAxis}: grid lines and tick labels in milliseconds within each burst (the
 * first tick of a burst at its start, then round steps of 1, 2 or 5 × 10^k), and each break as a
 * pale band across the plot labelled with the idle time it hides.
 */
final class SvgAxis {

    /** The space a tick label needs. */
    static final double TICK_SPACING = 96;
    /** The width of one character of a 10-pixel tick label, generously. */
    static final double LABEL_CHAR_WIDTH = 6.2;
    /** The least space between two tick labels. */
    static final double LABEL_GAP = 8;

    private SvgAxis() {
    }

    /**
     * Draws break bands from {@code top} to {@code bottom}: a translucent veil over the data with a
     * zigzag at each edge, so a span that crosses a break reads as interrupted.
     */
    static void breaks(SvgOut svg, TimeAxis axis, Timeline timeline, double top, double bottom) {
        for (TimeAxis.Segment segment : axis.segments()) {
            if (!segment.idle()) {
                continue;
            }
            svg.start("rect").attribute("x", segment.x0()).attribute("y", top)
                    .attribute("width", segment.x1() - segment.x0()).attribute("height", bottom - top)
                    .attribute("fill", SvgPalette.BREAK).attribute("opacity", "0.7").end();
            zigzag(svg, segment.x0() + 3, top, bottom);
            zigzag(svg, segment.x1() - 3, top, bottom);
            double middle = (segment.x0() + segment.x1()) / 2;
            svg.label(middle, top - 4, "≈", "font-size", "12", "text-anchor", "middle", "fill", SvgPalette.MUTED);
            String idle = duration(timeline.nanos(segment.end()) - timeline.nanos(segment.start()));
            svg.label(middle, bottom + 30, idle, "font-size", "9", "text-anchor", "middle", "fill", SvgPalette.MUTED);
        }
    }

    private static void zigzag(SvgOut svg, double x, double top, double bottom) {
        StringBuilder path = new StringBuilder("M").append(SvgOut.number(x)).append(',').append(SvgOut.number(top));
        boolean right = true;
        for (double y = top + 4; y <= bottom; y += 4, right = !right) {
            path.append(" L").append(SvgOut.number(x + (right ? 2 : -2))).append(',').append(SvgOut.number(y));
        }
        svg.start("path", "d", path.toString(), "fill", "none", "stroke", SvgPalette.MUTED, "stroke-width", "0.8")
                .end();
    }

    /** Draws the ticks and labels below the plot at {@code bottom}, grid lines up to {@code top}. */
    static void ticks(SvgOut svg, TimeAxis axis, Timeline timeline, double top, double bottom) {
        svg.line(axis.segments().getFirst().x0(), bottom, axis.right(), bottom, "stroke", SvgPalette.MUTED);
        double free = Double.NEGATIVE_INFINITY;
        for (TimeAxis.Segment segment : axis.segments()) {
            if (segment.idle()) {
                continue;
            }
            long startNs = timeline.nanos(segment.start());
            long endNs = timeline.nanos(segment.end());
            double width = segment.x1() - segment.x0();
            long step = niceStep(Math.max(1, endNs - startNs), Math.max(1, (int) (width / TICK_SPACING)));
            free = tick(svg, axis.x(segment.start()), top, bottom, millis(startNs, step), free);
            long first = (startNs / step + 1) * step;
            for (long ns = first; ns <= endNs; ns += step) {
                free = tick(svg, xOf(axis, timeline, segment, ns), top, bottom, millis(ns, step), free);
            }
        }
        svg.label(axis.right(), bottom + 30, "virtual time", "font-size", "10", "text-anchor", "end",
                "fill", SvgPalette.MUTED);
    }

    /**
     * Draws a tick with its label centred at {@code x} unless the label would overlap the previous
     * one, which ends at {@code free}; {@return where this label ends, or {@code free} if skipped}
     */
    private static double tick(SvgOut svg, double x, double top, double bottom, String text, double free) {
        double half = LABEL_CHAR_WIDTH * text.length() / 2;
        // The page ends a margin right of the plot: a label there is right-aligned to its tick.
        boolean atEdge = x + half > SvgFrame.WIDTH - 4;
        double left = atEdge ? x - 2 * half : x - half;
        if (left < free + LABEL_GAP) {
            return free;
        }
        svg.line(x, top, x, bottom, "stroke", SvgPalette.GRID, "stroke-width", "1");
        svg.line(x, bottom, x, bottom + 4, "stroke", SvgPalette.MUTED);
        svg.label(x, bottom + 16, text, "font-size", "10", "text-anchor", atEdge ? "end" : "middle",
                "fill", SvgPalette.TEXT);
        return atEdge ? x : x + half;
    }

    /** The x of {@code ns} within a burst, interpolated between its ends. */
    private static double xOf(TimeAxis axis, Timeline timeline, TimeAxis.Segment segment, long ns) {
        long startNs = timeline.nanos(segment.start());
        long endNs = timeline.nanos(segment.end());
        if (endNs == startNs) {
            return axis.x(segment.start());
        }
        double fraction = (double) (ns - startNs) / (endNs - startNs);
        return axis.x(segment.start()) + fraction * (axis.x(segment.end()) - axis.x(segment.start()));
    }

    /** {@return the round step (1, 2 or 5 × 10^k ns) that puts about {@code count} ticks in {@code span}} */
    static long niceStep(long span, int count) {
        double raw = (double) span / count;
        long magnitude = 1;
        while (magnitude * 10 <= raw) {
            magnitude *= 10;
        }
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (magnitude * factor >= raw) {
                return magnitude * factor;
            }
        }
        return magnitude * 10;
    }

    /**
     * {@return {@code ns} in milliseconds (seconds from one second on) with as many decimals as
     * {@code step} needs to tell neighbouring ticks apart}
     */
    static String millis(long ns, long step) {
        int decimals = Math.max(0, 6 - (int) Math.floor(Math.log10(Math.max(step, 1))));
        if (ns >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%." + (decimals + 3) + "f s", ns / 1e9);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f ms", ns / 1e6);
    }

    /** {@return a duration in the unit that suits it, e.g. {@code 50 ms}, {@code 9.99 ms}, {@code 120 µs}} */
    static String duration(long ns) {
        if (ns >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.3g s", ns / 1e9);
        }
        if (ns >= 1_000_000) {
            return String.format(Locale.ROOT, "%.3g ms", ns / 1e6);
        }
        return String.format(Locale.ROOT, "%.3g µs", ns / 1e3);
    }
}
