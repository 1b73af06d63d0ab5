package org.smpboot.bench.machine;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.MachineRun;

/**
 * The simulated machine at scale, 1 to 65,536 x2APIC processors: building a machine (processors,
 * APICs, memory, firmware tables with a MADT listing every processor), running it idle (the BSP
 * program returns at once; the run ends at quiescence and unwinds), and a broadcast INIT to every
 * other processor (one ICR write, one delivery per processor, traced).
 *
 * <p>A machine runs once, so the run benchmarks are single-shot: each measured iteration runs one
 * machine built before the iteration (unmeasured) and times its run alone; the score is the mean
 * of the shots. {@link #build} is an ordinary average-time benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx4g"})
public class MachineBenchmark {

    /** Single shots to warm up the run benchmarks. */
    private static final int SHOT_WARMUPS = 20;
    /** Single shots measured per run benchmark. */
    private static final int SHOTS = 30;
    /** Enough virtual time for the broadcast to arrive: 1 ms at 2 GHz. */
    private static final long BUDGET_CYCLES = 2_000_000;
    /** The INIT the SDM's BSP broadcasts, as the one x2APIC ICR write that sends it. */
    private static final long BROADCAST_INIT = IcrCodec.encode(
            Icr.of(DeliveryMode.INIT).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF), ApicMode.X2APIC);

    @Param({"1", "16", "256", "4096", "65536"})
    private int cpus;

    private MachineDescription description;
    private Machine fresh;

    /** Describes the machine once per trial. */
    @Setup(Level.Trial)
    public void describe() {
        description = MachineDescription.builder().cpus(cpus).apicMode(ApicMode.X2APIC).seed(1).build();
    }

    /** Builds the machine the next single-shot run uses. */
    @Setup(Level.Iteration)
    public void buildFresh() {
        fresh = Machine.build(description);
    }

    /** {@return a machine of {@code cpus} processors, built} */
    @Benchmark
    public Machine build() {
        return Machine.build(description);
    }

    /** {@return the run of an empty BSP program: start, quiesce, unwind} */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = SHOT_WARMUPS)
    @Measurement(iterations = SHOTS)
    public MachineRun idle() {
        return fresh.run(hw -> { }, BUDGET_CYCLES);
    }

    /** {@return the run of one broadcast INIT (all excluding self) delivered to every other processor} */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = SHOT_WARMUPS)
    @Measurement(iterations = SHOTS)
    public MachineRun broadcastInit() {
        return fresh.run(hw -> hw.writeMsr(IcrLayout.X2APIC_ICR_MSR, BROADCAST_INIT), BUDGET_CYCLES);
    }
}
