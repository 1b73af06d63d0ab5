package org.smpboot.cli.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** CPU masks as kernels print them. */
class CpuRangesTests {

    private static BitSet of(int... cpus) {
        BitSet set = new BitSet();
        IntStream.of(cpus).forEach(set::set);
        return set;
    }

    @Test
    void oneCpuIsNamedAlone() {
        assertEquals("cpu 7", CpuRanges.describe(of(7)));
    }

    @Test
    void runsBecomeRangesAndTheCountFollows() {
        assertEquals("cpus 1-3,5,7-8 (6)", CpuRanges.describe(of(1, 2, 3, 5, 7, 8)));
    }

    @Test
    void manyFragmentsAreCutShortButTheCountStaysExact() {
        BitSet even = new BitSet();
        IntStream.range(0, 40).map(i -> 2 * i).forEach(even::set);
        assertEquals("cpus 0,2,4,6,8,10,12,14,… (40)", CpuRanges.describe(even));
    }
}
