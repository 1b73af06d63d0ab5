package org.smpboot.machine.internal.cpu;

import java.util.Arrays;
import java.util.List;

/**
 * The processors of a machine in CPU-index order, with a lookup by APIC ID that stays compact and
 * logarithmic for 65,536 processors (a sorted array of IDs, not a map of boxed keys).
 */
public final class ProcessorTable {

    private final SimulatedCpu[] cpus;
    /** APIC IDs sorted as unsigned values, and the CPU index of each. */
    private final int[] sortedIds;
    private final int[] indexOfSorted;

    /**
     * Creates the table.
     *
     * @param cpus the processors, in index order, with distinct APIC IDs
     */
    public ProcessorTable(List<SimulatedCpu> cpus) {
        this.cpus = cpus.toArray(SimulatedCpu[]::new);
        int count = this.cpus.length;
        long[] keyed = new long[count];
        for (int i = 0; i < count; i++) {
            // Sort key: the unsigned ID in the high half, the index in the low half, the sign bit
            // flipped so that a signed sort orders the IDs as unsigned values: an x2APIC ID with
            // bit 31 set (they go up to 0xFFFFFFFE) must sort after 0x7FFFFFFF, as the unsigned
            // binary search in indexOfApicId expects.
            keyed[i] = ((this.cpus[i].apicId().unsignedValue() << 32) | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keyed);
        sortedIds = new int[count];
        indexOfSorted = new int[count];
        for (int i = 0; i < count; i++) {
            long key = keyed[i] ^ Long.MIN_VALUE;
            sortedIds[i] = (int) (key >>> 32);
            indexOfSorted[i] = (int) key;
        }
    }

    /** {@return how many processors there are} */
    public int size() {
        return cpus.length;
    }

    /** {@return the processor with CPU index {@code index}} */
    public SimulatedCpu get(int index) {
        return cpus[index];
    }

    /** {@return the CPU index of the processor with this APIC ID, or -1 if none has it} */
    public int indexOfApicId(int apicId) {
        int low = 0;
        int high = sortedIds.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int compared = Integer.compareUnsigned(sortedIds[middle], apicId);
            if (compared < 0) {
                low = middle + 1;
            } else if (compared > 0) {
                high = middle - 1;
            } else {
                return indexOfSorted[middle];
            }
        }
        return -1;
    }
}
