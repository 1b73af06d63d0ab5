package org.smpboot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error for commands that take more than a second of wall
 * time (a boot, a batch decode): the phase, how many steps of it are done out of how many, and the
 * elapsed time. Drawn only on a terminal, from a daemon thread that
 * stays silent for the first second and then redraws ten times a second; closing it erases the line.
 *
 * <p>Wall-clock time appears here and nowhere else: the log and the JSON hold virtual time only.
 */
public final class ProgressBar implements AutoCloseable {

    /** How long a boot runs before the bar appears. */
    static final Duration QUIET = Duration.ofSeconds(1);
    /** How often the bar is redrawn. */
    static final Duration PERIOD = Duration.ofMillis(100);
    /** The bar's width in cells. */
    static final int CELLS = 30;

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile String phase = "";
    private volatile long total;
    private volatile String unit = "";
    private volatile boolean closed;
    private volatile boolean drawn;
    private final Thread painter;

    private ProgressBar(PrintWriter err, boolean visible) {
        this.err = err;
        this.painter = visible ? Thread.ofPlatform().daemon().name("smpboot-progress").start(this::paint) : null;
    }

    /** {@return a bar drawn on {@code err} if the process talks to a terminal, else one that draws nothing} */
    public static ProgressBar onTerminal(PrintWriter err) {
        java.io.Console console = System.console();
        return new ProgressBar(err, console != null && console.isTerminal());
    }

    /** {@return a bar that draws nothing} */
    public static ProgressBar silent(PrintWriter err) {
        return new ProgressBar(err, false);
    }

    /**
     * Starts a phase counting up to {@code steps} things called {@code unit} (0 steps: a phase
     * without a count).
     */
    public void phase(String name, long steps, String unit) {
        done.set(0);
        total = steps;
        this.unit = unit;
        phase = name;
    }

    /** Sets the count the phase goes up to, once known (a phase that learns its size as it goes). */
    public void total(long steps) {
        total = steps;
    }

    /** Counts one step of the phase; thread-safe. */
    public void advance() {
        done.incrementAndGet();
    }

    /** Counts {@code steps} steps of the phase; thread-safe. */
    public void advance(long steps) {
        done.addAndGet(steps);
    }

    private void paint() {
        try {
            Thread.sleep(QUIET);
            while (!closed) {
                synchronized (err) {
                    if (!closed) {
                        err.print("\r" + line(phase, done.get(), total, unit, Duration.ofNanos(System.nanoTime() - startNanos)));
                        err.flush();
                        drawn = true;
                    }
                }
                Thread.sleep(PERIOD);
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@return the bar's text, e.g. {@code booting [#########.....] 2,048/4,095 APs in the kernel  1.4 s}} */
    static String line(String phase, long done, long total, String unit, Duration elapsed) {
        String seconds = String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
        if (total <= 0) {
            return String.format(Locale.ROOT, "smpboot: %-20s %s", phase, seconds);
        }
        long shown = Math.min(done, total);
        int filled = (int) (CELLS * shown / total);
        return String.format(Locale.ROOT, "smpboot: %-20s [%s%s] %,d/%,d %s  %s", phase,
                "#".repeat(filled), ".".repeat(CELLS - filled), shown, total, unit, seconds);
    }

    /** Stops drawing and erases the bar if it was drawn. */
    @Override
    public void close() {
        closed = true;
        if (painter != null) {
            painter.interrupt();
            synchronized (err) {
                if (drawn) {
                    err.print("\r\033[K");
                    err.flush();
                }
            }
        }
    }
}
