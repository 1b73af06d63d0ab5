package org.smpboot.cli.boot;

import java.util.Comparator;
import java.util.Objects;

/**
 * One line of the merged boot log: the virtual time it is stamped with, where it came from, and its
 * text. Ordered by time; at equal times the kernel's line comes first (the kernel says what it is
 * about to do, the machine shows it happening), then by the order the line was produced in.
 *
 * @param cycle    the virtual TSC value
 * @param source   the kernel's log or the machine's trace
 * @param sequence the line's position within its source
 * @param text     the line, without timestamp
 */
record LogEntry(long cycle, Source source, long sequence, String text) {

    /** Where a line came from. */
    enum Source {
        /** The kernel's own {@code printk}-style line. */
        KERNEL,
        /** What the simulated machine recorded. */
        MACHINE
    }

    /** Time, then source, then sequence. */
    static final Comparator<LogEntry> ORDER = Comparator.comparingLong(LogEntry::cycle)
            .thenComparing(LogEntry::source).thenComparingLong(LogEntry::sequence);

    /** Validates that every part is present. */
    LogEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
