package org.smpboot.kernel.api.hw;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wait a kernel or a fault specification names: either TSC cycles (the seed spins 100,000,000
 * of them after INIT) or time (the SDM's 10 ms), converted with the {@link TscFrequency}.
 *
 * <p>Text form: a non-negative integer followed by {@code cycles}, {@code ns}, {@code us},
 * {@code ms} or {@code s}; a bare {@code 0} is no wait. Examples: {@code 100000000cycles},
 * {@code 10ms}, {@code 200us}.
 */
public sealed interface Delay {

    /** No wait. */
    Delay NONE = new Cycles(0);

    /** {@return the wait in TSC cycles at {@code tsc}} */
    long toCycles(TscFrequency tsc);

    /** {@return the text form, e.g. {@code 10ms}} */
    String text();

    /**
     * A wait in TSC cycles.
     *
     * @param cycles at least 0
     */
    record Cycles(long cycles) implements Delay {
        /** Validates that the wait is not negative. */
        public Cycles {
            if (cycles < 0) {
                throw new IllegalArgumentException("Invalid delay %d cycles: it must not be negative".formatted(cycles));
            }
        }

        @Override
        public long toCycles(TscFrequency tsc) {
            return cycles;
        }

        @Override
        public String text() {
            return cycles + "cycles";
        }
    }

    /**
     * A wait in time.
     *
     * @param nanos at least 0
     */
    record Time(long nanos) implements Delay {
        /** Validates that the wait is not negative. */
        public Time {
            if (nanos < 0) {
                throw new IllegalArgumentException("Invalid delay %d ns: it must not be negative".formatted(nanos));
            }
        }

        @Override
        public long toCycles(TscFrequency tsc) {
            return tsc.cyclesIn(nanos);
        }

        @Override
        public String text() {
            if (nanos % 1_000_000_000L == 0 && nanos > 0) {
                return nanos / 1_000_000_000L + "s";
            }
            if (nanos % 1_000_000L == 0 && nanos > 0) {
                return nanos / 1_000_000L + "ms";
            }
            if (nanos % 1_000L == 0 && nanos > 0) {
                return nanos / 1_000L + "us";
            }
            return nanos + "ns";
        }
    }

    /** {@return a wait of {@code millis} milliseconds} */
    static Delay millis(long millis) {
        return new Time(Math.multiplyExact(millis, 1_000_000L));
    }

    /** {@return a wait of {@code micros} microseconds} */
    static Delay micros(long micros) {
        return new Time(Math.multiplyExact(micros, 1_000L));
    }

    /**
     * {@return the delay {@code text} names}
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    static Delay parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = Syntax.DELAY.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(("Invalid delay '%s': write a number and a unit, one of cycles, ns, "
                    + "us, ms, s (e.g. 10ms, 200us, 100000000cycles), or 0").formatted(text));
        }
        long amount;
        try {
            amount = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid delay '%s': the number is too large".formatted(text));
        }
        String unit = matcher.group(2);
        try {
            return switch (unit == null ? "" : unit) {
                case "cycles" -> new Cycles(amount);
                case "ns" -> new Time(amount);
                case "us" -> new Time(Math.multiplyExact(amount, 1_000L));
                case "ms" -> new Time(Math.multiplyExact(amount, 1_000_000L));
                case "s" -> new Time(Math.multiplyExact(amount, 1_000_000_000L));
                default -> {
                    if (amount != 0) {
                        throw new IllegalArgumentException(
                                "Invalid delay '%s': a unit is needed (cycles, ns, us, ms or s)".formatted(text));
                    }
                    yield NONE;
                }
            };
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("Invalid delay '%s': it is too long".formatted(text));
        }
    }

    /** The text syntax, kept out of the interface's public constants. */
    final class Syntax {
        static final Pattern DELAY = Pattern.compile("([0-9]{1,19})(cycles|ns|us|ms|s)?");

        private Syntax() {
        }
    }
}
