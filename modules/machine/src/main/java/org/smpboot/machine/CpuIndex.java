package org.smpboot.machine;

/**
 * The position of a logical processor in a simulated machine: 0 for the bootstrap processor, then
 * the application processors in the order the machine description (or the MADT it was built from)
 * lists them. Dense, unlike an {@link org.smpboot.kernel.api.apic.ApicId}, which follows the
 * package/core/thread topology and has gaps.
 *
 * <p>Fault specifications ({@code cpu=3:dead}) and trace events name processors by this index.
 *
 * @param value the index, at least 0
 */
public record CpuIndex(int value) implements Comparable<CpuIndex> {

    /** The bootstrap processor. */
    public static final CpuIndex BSP = new CpuIndex(0);

    /** Validates that the index is not negative. */
    public CpuIndex {
        if (value < 0) {
            throw new IllegalArgumentException("Invalid CPU index %d: it must be at least 0".formatted(value));
        }
    }

    /** {@return the CPU index {@code value}} */
    public static CpuIndex of(int value) {
        return value == 0 ? BSP : new CpuIndex(value);
    }

    /** {@return whether this is the bootstrap processor} */
    public boolean isBsp() {
        return value == 0;
    }

    @Override
    public int compareTo(CpuIndex other) {
        return Integer.compare(value, other.value);
    }

    /** {@return {@code cpu N}} */
    @Override
    public String toString() {
        return "cpu " + value;
    }
}
