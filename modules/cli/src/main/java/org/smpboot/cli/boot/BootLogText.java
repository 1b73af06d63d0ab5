package org.smpboot.cli.boot;

import org.smpboot.machine.trace.Trace;

/**
 * How the boot log writes virtual time: {@code printk}'s {@code [    s.uuuuuu]} stamp (seconds,
 * microseconds, the seconds right-aligned in five columns) and milliseconds for summaries. Virtual
 * time is the machine's TSC converted with its frequency, so the same flags give the same text.
 */
final class BootLogText {

    private static final long NANOS_PER_MICRO = 1_000;
    private static final long MICROS_PER_SECOND = 1_000_000;

    private BootLogText() {
    }

    /** {@return the stamp for {@code nanos} since reset, e.g. {@code [    0.080123]}} */
    static String stamp(long nanos) {
        long micros = nanos / NANOS_PER_MICRO;
        return "[%5d.%06d]".formatted(micros / MICROS_PER_SECOND, micros % MICROS_PER_SECOND);
    }

    /**
     * {@return the virtual time {@code cycle} to the microsecond, in milliseconds below a second
     * ({@code 80.008 ms}) and in seconds from there ({@code 10.300118 s})}
     */
    static String time(Trace trace, long cycle) {
        long micros = trace.nanos(cycle) / NANOS_PER_MICRO;
        return micros < MICROS_PER_SECOND ? "%d.%03d ms".formatted(micros / 1_000, micros % 1_000)
                : "%d.%06d s".formatted(micros / MICROS_PER_SECOND, micros % MICROS_PER_SECOND);
    }
}
