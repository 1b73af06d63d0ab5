package org.smpboot.cli.timeline;

import java.io.Writer;

/**
 * Writes a {@link Timeline} as a self-contained SVG document (no scripts, no external fonts or
 * styles): a row per CPU up to {@value #ROW_LIMIT} CPUs, an aggregate view beyond.
 */
public final class SvgTimelineWriter {

    /** The most CPUs drawn a row each; larger machines get the aggregate view. */
    public static final int ROW_LIMIT = 256;

    private SvgTimelineWriter() {
    }

    /** Writes {@code timeline} to {@code out}; the caller closes {@code out}. */
    public static void write(Timeline timeline, Writer out) {
        boolean rows = timeline.tracks().size() <= ROW_LIMIT;
        double height = rows ? SvgRowsView.height(timeline.tracks().size()) : SvgAggregateView.height();
        try (SvgOut svg = SvgOut.open(out, SvgFrame.WIDTH, height)) {
            if (rows) {
                SvgRowsView.draw(svg, timeline);
            } else {
                SvgAggregateView.draw(svg, timeline);
            }
        }
    }
}
