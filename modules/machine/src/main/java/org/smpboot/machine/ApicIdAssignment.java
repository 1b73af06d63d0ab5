package org.smpboot.machine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * How a simulated machine gives its logical processors their initial APIC IDs: the value firmware
 * lists in the MADT, CPUID reports and physical-mode IPIs address.
 *
 * <p>Hardware builds the ID from the topology: the thread number in the low bits, then the core,
 * then the package, each field as wide as the next power of two of its count. Three cores with two
 * threads each therefore use IDs 0–5 with no gap, but three cores of one thread use 0, 1, 2 and two
 * packages of three cores use 0–2 and 4–6: real machines have gaps, and kernels that take the APIC ID
 * for a dense CPU index break on them.
 *
 * @spec Intel SDM Vol. 3A, §8.9 "Programming Considerations for Hardware Multi-Threading Capable
 *     Processors" and §8.9.1 "Hierarchical Mapping of Shared Resources" (§9.9 in the 2023+ editions);
 *     Intel SDM Vol. 2A, CPUID leaf 0x0B/0x1F
 */
public sealed interface ApicIdAssignment {

    /** {@return the APIC IDs of {@code cpuCount} processors, BSP first} */
    List<ApicId> assign(int cpuCount);

    /** {@return how far to shift an x2APIC ID right to get the core ID (CPUID 0x0B sub-leaf 0, EAX)} */
    int threadBits();

    /** {@return how far to shift an x2APIC ID right to get the package ID (CPUID 0x0B sub-leaf 1, EAX)} */
    int packageShift(int cpuCount);

    /** {@return the number of bits needed to count {@code n} things: ⌈log2 n⌉, 0 for 1} */
    static int bitsFor(long n) {
        return n <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(n - 1);
    }

    /** IDs 0, 1, 2, … in CPU order: one thread per core, one package. */
    record Contiguous() implements ApicIdAssignment {
        @Override
        public List<ApicId> assign(int cpuCount) {
            ApicId[] ids = new ApicId[cpuCount];
            for (int i = 0; i < cpuCount; i++) {
                ids[i] = new ApicId(i);
            }
            return List.of(ids);
        }

        @Override
        public int threadBits() {
            return 0;
        }

        @Override
        public int packageShift(int cpuCount) {
            return bitsFor(cpuCount);
        }
    }

    /**
     * IDs built from a package/core/thread topology, with the gaps a count that is not a power of
     * two leaves. CPU order is package, then core, then thread.
     *
     * @param packages        sockets, at least 1
     * @param coresPerPackage cores in each package, at least 1
     * @param threadsPerCore  logical processors in each core, at least 1
     */
    record Topology(int packages, int coresPerPackage, int threadsPerCore) implements ApicIdAssignment {

        /** Validates that every count is at least 1 and the IDs fit 32 bits. */
        public Topology {
            atLeastOne("packages", packages);
            atLeastOne("coresPerPackage", coresPerPackage);
            atLeastOne("threadsPerCore", threadsPerCore);
            int width = bitsFor(threadsPerCore) + bitsFor(coresPerPackage) + bitsFor(packages);
            if (width > 32) {
                throw new IllegalArgumentException(
                        "Invalid topology %d×%d×%d: its APIC IDs need %d bits, more than 32"
                                .formatted(packages, coresPerPackage, threadsPerCore, width));
            }
        }

        /** {@return how many logical processors the topology has} */
        public long cpuCount() {
            return (long) packages * coresPerPackage * threadsPerCore;
        }

        @Override
        public List<ApicId> assign(int cpuCount) {
            if (cpuCount != cpuCount()) {
                throw new IllegalArgumentException("Invalid CPU count %d for topology %d×%d×%d: it has %d processors"
                        .formatted(cpuCount, packages, coresPerPackage, threadsPerCore, cpuCount()));
            }
            int threadBits = threadBits();
            int coreBits = bitsFor(coresPerPackage);
            ApicId[] ids = new ApicId[cpuCount];
            int next = 0;
            for (long pkg = 0; pkg < packages; pkg++) {
                for (long core = 0; core < coresPerPackage; core++) {
                    for (long thread = 0; thread < threadsPerCore; thread++) {
                        ids[next++] = ApicId.of((pkg << (threadBits + coreBits)) | (core << threadBits) | thread);
                    }
                }
            }
            return List.of(ids);
        }

        @Override
        public int threadBits() {
            return bitsFor(threadsPerCore);
        }

        @Override
        public int packageShift(int cpuCount) {
            return threadBits() + bitsFor(coresPerPackage);
        }

        private static void atLeastOne(String field, int value) {
            if (value < 1) {
                throw new IllegalArgumentException("Invalid topology %s %d: it must be at least 1".formatted(field, value));
            }
        }
    }

    /**
     * IDs given one by one, BSP first: what a machine built from a real MADT has.
     *
     * @param ids the IDs, distinct, at least one
     */
    record Explicit(List<ApicId> ids) implements ApicIdAssignment {

        /** Copies the IDs and checks that there is at least one and none repeats. */
        public Explicit {
            ids = List.copyOf(ids);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("Invalid explicit APIC IDs: the list is empty");
            }
            Set<ApicId> seen = new HashSet<>();
            for (ApicId id : ids) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("Invalid explicit APIC IDs: %s repeats".formatted(id));
                }
            }
        }

        @Override
        public List<ApicId> assign(int cpuCount) {
            if (cpuCount != ids.size()) {
                throw new IllegalArgumentException("Invalid CPU count %d: %d explicit APIC IDs were given"
                        .formatted(cpuCount, ids.size()));
            }
            return ids;
        }

        @Override
        public int threadBits() {
            return 0;
        }

        @Override
        public int packageShift(int cpuCount) {
            long max = ids.stream().mapToLong(ApicId::unsignedValue).max().orElse(0);
            return bitsFor(max + 1);
        }
    }
}
