package org.smpboot.cli.madt;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, drawn only when standard error is a terminal and
 * at most ten times a second, so redirected output and tests see nothing of it.
 */
final class Progress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private long lastDraw;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = System.console() != null && System.console().isTerminal();
    }

    /** Shows that {@code done} of the tables are decoded. */
    void update(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print("\rmadt [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    /** Erases the bar. */
    void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(WIDTH + 32) + "\r");
            err.flush();
        }
    }
}
