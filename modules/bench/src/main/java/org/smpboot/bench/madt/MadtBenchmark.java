package org.smpboot.bench.madt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.infra.Blackhole;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.MadtCursor;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorCounts;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * MADT iteration and processor counting: the cost a kernel pays to learn its processors, on real
 * tables (132 and 1,822 bytes) and on a built 65,536-entry x2APIC table (1 MiB). Goal: 1 GB/s or
 * more, and no allocation per entry when only counting ({@code -prof gc}: bytes per operation must
 * not grow with the entry count).
 *
 * <p>Scores are ns per table; throughput is {@link #tableBytes} divided by the score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class MadtBenchmark {

    /** Which table: a 132-byte laptop MADT, a 1,822-byte X299 desktop MADT, or 65,536 built x2APIC entries. */
    @Param({"acer-aspire-z3-715", "evga-x299-micro", "built-65536"})
    public String table;

    /** The table's size in bytes, for the GB/s column. */
    public long tableBytes;

    private MemorySegment bytes;
    private Madt madt;

    /** Loads or builds the table once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        byte[] raw = table.startsWith("built-") ? built(Integer.parseInt(table.substring("built-".length()))) : load(table);
        bytes = MemorySegment.ofArray(raw);
        tableBytes = raw.length;
        madt = Madt.parse(bytes, Strictness.STRICT);
    }

    /** Validates the table (header, checksum, the walk of structure headers): what {@code parse} costs. */
    @Benchmark
    public Madt parse() {
        return Madt.parse(bytes, Strictness.LENIENT);
    }

    /** Walks every structure with the allocation-free cursor, reading Type and Length. */
    @Benchmark
    public long iterate() {
        MadtCursor cursor = madt.cursor();
        long sum = 0;
        while (cursor.advance()) {
            sum += cursor.type() + cursor.length();
        }
        return sum;
    }

    /** Counts processors the way a kernel does (placeholders, twins, duplicates), allocation free per entry. */
    @Benchmark
    public ProcessorCounts countProcessors() {
        return ProcessorCounts.of(madt);
    }

    /** Parse and count: everything a kernel does to learn how many APs to wake. */
    @Benchmark
    public int parseAndCount() {
        return ProcessorCounts.of(Madt.parse(bytes, Strictness.STRICT)).bootable();
    }

    /** Decodes every structure into its record: the convenient, allocating API. */
    @Benchmark
    public void decodeRecords(Blackhole blackhole) {
        for (MadtEntry entry : madt.entries()) {
            blackhole.consume(entry);
        }
    }

    private static byte[] built(int entries) {
        MadtBuilder builder = new MadtBuilder();
        for (int id = 0; id < entries; id++) {
            builder.add(LocalX2ApicEntry.of(ApicId.of(id), LocalApicFlags.ENABLED, id));
        }
        return builder.build();
    }

    static byte[] load(String name) {
        try (InputStream in = MadtBenchmark.class.getResourceAsStream(name + ".APIC.bin")) {
            if (in == null) {
                throw new IllegalStateException("Missing benchmark table " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
