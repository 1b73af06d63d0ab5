package org.smpboot.bench.boot;

import com.google.inject.Guice;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.smp.boot.BringUp;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.inject.SmpbootModule;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.platform.PlatformRegistry;
import org.smpboot.smp.report.BootReport;

/**
 * Measures a whole bring-up — machine build, firmware read, platform selection, wake-up, wait,
 * report — per wake-up strategy and machine size: host wall time and simulated (virtual) boot time.
 *
 * <p>Run: {@code java -cp modules/bench/target/benchmarks.jar org.smpboot.bench.boot.BootScaling
 * [MAX_CPUS]}. Each cell is the median of {@link #SAMPLES} boots after {@link #WARMUPS} warm-up
 * boots of the same configuration; boots are deterministic, so the virtual time is exact.
 * JMH is not used here: a 65,536-CPU boot is seconds long and must include the machine build,
 * which JMH's per-invocation setup would exclude.
 */
public final class BootScaling {

    private static final int[] SIZES = {2, 16, 256, 4096, 65_536};
    private static final int WARMUPS = 2;
    private static final int SAMPLES = 3;

    /** One configuration: a wake-up strategy on a kind of machine. */
    private record Strategy(String name, boolean tdx, String... options) {
    }

    private static final List<Strategy> STRATEGIES = List.of(
            new Strategy("broadcast (seed delays)", false, "wakeup=broadcast", "delays=seed"),
            new Strategy("per-cpu (modern delays)", false, "wakeup=per-cpu", "delays=modern"),
            new Strategy("parallel (modern delays)", false, "wakeup=parallel", "delays=modern"),
            new Strategy("tdx mailbox", true));

    private BootScaling() {
    }

    /**
     * Prints one Markdown table row per strategy and size.
     *
     * @param args optionally the largest machine to boot
     */
    public static void main(String[] args) {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        PlatformRegistry registry = PlatformRegistry.discover(BootScaling.class.getClassLoader());
        System.out.println("| strategy | CPUs | online | wall (median) | wall per CPU | virtual boot time |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Strategy strategy : STRATEGIES) {
            for (int cpus : SIZES) {
                if (cpus > max) {
                    continue;
                }
                for (int i = 0; i < WARMUPS; i++) {
                    boot(registry, strategy, cpus);
                }
                long[] wall = new long[SAMPLES];
                BootReport report = null;
                for (int i = 0; i < SAMPLES; i++) {
                    long start = System.nanoTime();
                    report = boot(registry, strategy, cpus);
                    wall[i] = System.nanoTime() - start;
                }
                Arrays.sort(wall);
                long median = wall[SAMPLES / 2];
                System.out.printf("| %s | %,d | %,d | %,.1f ms | %,.1f µs | %,.3f ms |%n", strategy.name(), cpus,
                        report.online(), median / 1e6, median / 1e3 / cpus,
                        report.tsc().nanosIn(report.endTsc()) / 1e6);
            }
        }
    }

    private static BootReport boot(PlatformRegistry registry, Strategy strategy, int cpus) {
        MachineDescription.Builder description = MachineDescription.builder().cpus(cpus).seed(1)
                .memoryBytes(cpus > 4096 ? 2L << 30 : 256L << 20);
        if (strategy.tdx()) {
            description.tdxGuest(1);
        } else {
            description.apicMode(cpus > 255 ? ApicMode.X2APIC : ApicMode.XAPIC);
        }
        java.util.Map<String, String> options = new java.util.TreeMap<>();
        for (String option : strategy.options()) {
            String[] parts = option.split("=", 2);
            options.put(parts[0], parts[1]);
        }
        AtomicReference<BootReport> report = new AtomicReference<>();
        Machine.build(description.build()).run(hardware -> report.set(Guice.createInjector(new SmpbootModule(hardware,
                registry, PlatformChoice.auto(), new PlatformOptions(options), BringUpSettings.DEFAULTS))
                .getInstance(BringUp.class).bringUpAllAps()), Long.MAX_VALUE);
        if (report.get() == null || !report.get().complete()) {
            throw new IllegalStateException("boot of %d CPUs with %s did not complete".formatted(cpus, strategy.name()));
        }
        return report.get();
    }
}
