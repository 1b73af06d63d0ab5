package org.smpboot.machine.trace;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smpboot.machine.CpuIndex;

/**
 * The ordered record of everything that happened during one run of a simulated machine.
 *
 * <p>Order is the simulation's: by virtual time, ties broken the way the scheduler breaks them (CPU
 * index, then event sequence), never by host timing, so two runs of the same machine description
 * and program give equal traces ({@link #equals}).
 *
 * @implSpec Immutable once the run has ended; safe to share.
 * @param tscHz  the machine's TSC frequency, to turn cycles into nanoseconds
 * @param events the events in order
 */
public record Trace(long tscHz, List<TraceEvent> events) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Copies the events and validates the frequency. */
    public Trace {
        if (tscHz <= 0) {
            throw new IllegalArgumentException("Invalid TSC frequency %d Hz: it must be positive".formatted(tscHz));
        }
        events = List.copyOf(events);
    }

    /** {@return the virtual time {@code cycle} in nanoseconds since reset, rounded down} */
    public long nanos(long cycle) {
        long high = Math.multiplyHigh(cycle, NANOS_PER_SECOND);
        long low = cycle * NANOS_PER_SECOND;
        if (high == 0 && low >= 0) {
            return low / tscHz;
        }
        return BigInteger.valueOf(cycle).multiply(BigInteger.valueOf(NANOS_PER_SECOND))
                .divide(BigInteger.valueOf(tscHz)).longValue();
    }

    /** {@return the events of one kind, in order} */
    public <E extends TraceEvent> List<E> ofType(Class<E> type) {
        Objects.requireNonNull(type, "type");
        List<E> found = new ArrayList<>();
        for (TraceEvent event : events) {
            if (type.isInstance(event)) {
                found.add(type.cast(event));
            }
        }
        return List.copyOf(found);
    }

    /** {@return the events on one processor, in order} */
    public List<TraceEvent> on(CpuIndex cpu) {
        return events.stream().filter(event -> event.cpu().equals(cpu)).toList();
    }

    /** {@return one line for {@code event}: time in microseconds, processor, description} */
    public String format(TraceEvent event) {
        long nanos = nanos(event.cycle());
        return "%10d.%03d us  %-9s %s".formatted(nanos / 1_000, nanos % 1_000, event.cpu(), event.describe());
    }

    /** {@return every event formatted, one per line} */
    public List<String> lines() {
        return events.stream().map(this::format).toList();
    }
}
