package org.smpboot.bench.machine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;

/**
 * Measures what a built, idle simulated machine keeps in memory, per processor: the Java heap it
 * retains (processors, local APICs, lookup tables, scheduler clocks) and the native memory its
 * simulated RAM has allocated (the low megabyte and the ACPI tables, whose MADT grows with the
 * processor count).
 *
 * <p>Run: {@code java -XX:+UseSerialGC -cp modules/bench/target/benchmarks.jar
 * org.smpboot.bench.machine.MachineFootprint}. Heap figures are retained bytes after full
 * collections, the median of several builds, after a warm-up build of every size.
 */
public final class MachineFootprint {

    private static final int[] SIZES = {1, 16, 256, 4096, 65_536};
    private static final int SAMPLES = 5;

    private MachineFootprint() {
    }

    /**
     * Prints one Markdown table row per machine size.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Warm-up: the first builds initialise classes and JDK caches that later baselines include.
        for (int cpus : SIZES) {
            Reference.reachabilityFence(Machine.build(description(cpus)));
        }
        System.out.println("| CPUs | heap retained | heap per CPU | simulated RAM allocated (native) |");
        System.out.println("|---:|---:|---:|---:|");
        for (int cpus : SIZES) {
            MachineDescription description = description(cpus);
            long[] retained = new long[SAMPLES];
            long nativeBytes = 0;
            for (int sample = 0; sample < SAMPLES; sample++) {
                long before = usedAfterGc(memory);
                Machine machine = Machine.build(description);
                long after = usedAfterGc(memory);
                retained[sample] = after - before;
                nativeBytes = machine.hostMemoryBytes();
                Reference.reachabilityFence(machine);
            }
            java.util.Arrays.sort(retained);
            long median = retained[SAMPLES / 2];
            System.out.printf("| %,d | %,d B | %,d B | %,d B |%n", cpus, median, median / cpus, nativeBytes);
        }
    }

    private static MachineDescription description(int cpus) {
        return MachineDescription.builder().cpus(cpus).apicMode(ApicMode.X2APIC).build();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
