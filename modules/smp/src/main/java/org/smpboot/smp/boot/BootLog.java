package org.smpboot.smp.boot;

import java.util.ArrayList;
import java.util.List;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.smp.report.LogLine;

/**
 * The kernel's boot log: lines stamped with the BSP's TSC, as {@code printk} stamps them with time.
 * Written by the BSP only.
 */
final class BootLog {

    private final HardwarePort hardware;
    private final List<LogLine> lines = new ArrayList<>();

    BootLog(HardwarePort hardware) {
        this.hardware = hardware;
    }

    /** Appends a line stamped now. */
    void line(String format, Object... args) {
        lines.add(new LogLine(hardware.rdtsc(), args.length == 0 ? format : format.formatted(args)));
    }

    /**
     * Appends a line stamped with {@code tsc}, a time the BSP learnt afterwards (when an AP came
     * online, from its roll-call slot). {@link #lines()} keeps the log in time order.
     */
    void lineAt(long tsc, String format, Object... args) {
        lines.add(new LogLine(tsc, args.length == 0 ? format : format.formatted(args)));
    }

    /** {@return the lines in time order; lines with the same stamp keep the order they were written in} */
    List<LogLine> lines() {
        return lines.stream().sorted(java.util.Comparator.comparingLong(LogLine::tsc)).toList();
    }
}
