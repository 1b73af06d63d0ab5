package org.smpboot.bench.madt;

import java.lang.foreign.MemorySegment;
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
import org.smpboot.acpi.listing.AsciiBuffer;
import org.smpboot.acpi.listing.IaslText;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.Strictness;

/**
 * The iasl-style listing of a MADT ({@link IaslText}) in a warm JVM: what {@code smpboot madt
 * --batch --text} spends per table once compiled, against which the batch's whole-process time
 * (JVM start-up, warm-up, file system) is read. Scores are ns per table; {@link #textBytes} is the
 * listing's size, for the text-per-second figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class MadtListingBenchmark {

    /** Which table: a 132-byte laptop MADT or a 1,822-byte X299 desktop MADT. */
    @Param({"acer-aspire-z3-715", "evga-x299-micro"})
    public String table;

    /** The listing's size in bytes. */
    public int textBytes;

    private MemorySegment bytes;
    private final AsciiBuffer out = new AsciiBuffer(64 * 1024);

    /** Loads the table and measures its listing once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        bytes = MemorySegment.ofArray(MadtBenchmark.load(table));
        textBytes = list();
    }

    /** Parses leniently and writes the whole listing (fields, flags, raw dump) into a reused buffer. */
    @Benchmark
    public int list() {
        out.clear();
        IaslText.write(Madt.parse(bytes, Strictness.LENIENT), table, out);
        return out.size();
    }
}
