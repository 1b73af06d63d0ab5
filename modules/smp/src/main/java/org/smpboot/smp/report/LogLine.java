package org.smpboot.smp.report;

import java.util.Objects;

/**
 * One line of the kernel's boot log, stamped with the BSP's TSC when it was written.
 *
 * @param tsc  the TSC value
 * @param text the message, e.g. {@code smp: Brought up 8 CPUs}
 */
public record LogLine(long tsc, String text) {

    /** Validates that the text is present. */
    public LogLine {
        Objects.requireNonNull(text, "text");
    }
}
