package org.smpboot.machine.fault;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A span of virtual time, in wall-clock units or in TSC cycles, as fault specifications write it
 * ({@code 2ms}, {@code 150us}, {@code 40ns}, {@code 100000cycles}).
 *
 * <p>A wall-clock span becomes cycles through the machine's TSC frequency, rounding down.
 *
 * @param amount how many units, at least 0
 * @param unit   nanoseconds or cycles
 */
public record VirtualDuration(long amount, Unit unit) {

    /** The unit of a {@link VirtualDuration}. */
    public enum Unit {
        /** Nanoseconds of virtual wall-clock time. */
        NANOSECONDS,
        /** TSC cycles. */
        CYCLES
    }

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Validates that the amount is not negative. */
    public VirtualDuration {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("Invalid duration %d %s: it must not be negative"
                    .formatted(amount, unit.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** {@return a span of {@code nanos} nanoseconds} */
    public static VirtualDuration ofNanos(long nanos) {
        return new VirtualDuration(nanos, Unit.NANOSECONDS);
    }

    /** {@return a span of {@code cycles} TSC cycles} */
    public static VirtualDuration ofCycles(long cycles) {
        return new VirtualDuration(cycles, Unit.CYCLES);
    }

    /**
     * {@return the span in TSC cycles at {@code tscHz}, rounded down}
     *
     * @throws ArithmeticException if the result does not fit a {@code long}
     */
    public long toCycles(long tscHz) {
        return switch (unit) {
            case CYCLES -> amount;
            case NANOSECONDS -> BigInteger.valueOf(amount).multiply(BigInteger.valueOf(tscHz))
                    .divide(BigInteger.valueOf(NANOS_PER_SECOND)).longValueExact();
        };
    }

    /** {@return the span as written in a fault specification, e.g. {@code 2000000ns} or {@code 50cycles}} */
    @Override
    public String toString() {
        return switch (unit) {
            case CYCLES -> amount + "cycles";
            case NANOSECONDS -> amount + "ns";
        };
    }
}
