package org.smpboot.kernel.api.hw;

import java.util.Optional;

/**
 * The rate of the time-stamp counter, which converts the SDM's and the MP spec's delays (10 ms,
 * 200 µs) into the TSC cycles kernel code spins for.
 *
 * <p>Kernels calibrate it against another clock or read it from CPUID leaf 0x15: TSC Hz =
 * ECX (crystal Hz) × EBX / EAX (the TSC/crystal ratio). smpboot reads the leaf.
 *
 * @param hz TSC ticks per second, positive
 * @spec Intel SDM Vol. 2A, CPUID leaf 15H "Time Stamp Counter and Nominal Core Crystal Clock
 *     Information"; Vol. 3B §18.7.3 "Determining the Processor Base Frequency"
 */
public record TscFrequency(long hz) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Validates that the rate is positive. */
    public TscFrequency {
        if (hz <= 0) {
            throw new IllegalArgumentException("Invalid TSC frequency %d Hz: it must be positive".formatted(hz));
        }
    }

    /**
     * {@return the TSC frequency CPUID leaf 0x15 of the executing processor reports, or empty if
     * the leaf is absent or does not enumerate it (EAX, EBX or ECX zero)}
     */
    public static Optional<TscFrequency> fromCpuid(HardwarePort hardware) {
        if (Integer.toUnsignedLong(hardware.cpuid(Cpuid.LEAF_VENDOR, 0).eax()) < Cpuid.LEAF_TSC) {
            return Optional.empty();
        }
        CpuidResult leaf = hardware.cpuid(Cpuid.LEAF_TSC, 0);
        long denominator = Integer.toUnsignedLong(leaf.eax());
        long numerator = Integer.toUnsignedLong(leaf.ebx());
        long crystalHz = Integer.toUnsignedLong(leaf.ecx());
        if (denominator == 0 || numerator == 0 || crystalHz == 0) {
            return Optional.empty();
        }
        return Optional.of(new TscFrequency(Math.multiplyExact(crystalHz, numerator) / denominator));
    }

    /** {@return how many TSC cycles pass in {@code nanos} nanoseconds, rounded up; saturates} */
    public long cyclesIn(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        // hz * nanos can overflow for long waits; split into whole seconds and the rest.
        long seconds = nanos / NANOS_PER_SECOND;
        long rest = nanos % NANOS_PER_SECOND;
        try {
            return Math.addExact(Math.multiplyExact(seconds, hz),
                    Math.ceilDiv(Math.multiplyExact(rest, hz), NANOS_PER_SECOND));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    /** {@return how many nanoseconds {@code cycles} TSC cycles take, rounded down} */
    public long nanosIn(long cycles) {
        long seconds = cycles / hz;
        long rest = cycles % hz;
        return seconds * NANOS_PER_SECOND + rest * NANOS_PER_SECOND / hz;
    }
}
