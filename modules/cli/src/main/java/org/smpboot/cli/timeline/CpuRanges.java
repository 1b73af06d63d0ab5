package org.smpboot.cli.timeline;

import java.util.BitSet;

/**
 * Writes a set of CPU indices the way kernels print CPU masks ({@code 1-7,9,12-4095}), so one
 * line can name thousands of processors; a set of many fragments is cut short with its count.
 */
public final class CpuRanges {

    /** Fragments written out before the rest is summarised. */
    static final int MAX_FRAGMENTS = 8;

    private CpuRanges() {
    }

    /** {@return {@code cpu N} for one index, {@code cpus A-B,C (K)} for several} */
    public static String describe(BitSet cpus) {
        int count = cpus.cardinality();
        return count == 1 ? "cpu " + cpus.nextSetBit(0) : "cpus %s (%d)".formatted(ranges(cpus), count);
    }

    /** {@return the indices as ascending ranges, at most {@link #MAX_FRAGMENTS} of them, then {@code ,…}} */
    public static String ranges(BitSet cpus) {
        StringBuilder text = new StringBuilder();
        int fragments = 0;
        for (int start = cpus.nextSetBit(0); start >= 0; start = cpus.nextSetBit(start)) {
            if (fragments == MAX_FRAGMENTS) {
                return text.append(",…").toString();
            }
            int end = cpus.nextClearBit(start) - 1;
            text.append(fragments++ == 0 ? "" : ",").append(start);
            if (end > start) {
                text.append('-').append(end);
            }
            start = end + 1;
        }
        return text.toString();
    }
}
