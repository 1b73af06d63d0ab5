package org.smpboot.bench.icr;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.TriggerMode;

/**
 * ICR encode and decode in both APIC modes: the cost a simulated APIC or an IPI-heavy kernel path
 * pays per message. Goal: at most 2 ns/op and no allocation (measure with {@code -prof gc}).
 *
 * <p>Inputs rotate through a small table of the messages a boot sends (INIT, Start-Up, fixed IPIs
 * to several destinations) so that neither the JIT nor the branch predictor sees a constant.
 * The decode benchmarks hand every decoded field to JMH's Blackhole, as a caller that decodes and
 * acts on the message uses them all; the record then never escapes and is scalar-replaced. {@link #decodeXApicRecordEscapes} shows the
 * cost when a caller keeps the record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class IcrCodecBenchmark {

    /** A power of two, so the rotation is a mask. */
    private static final int TABLE_SIZE = 16;

    private final Icr[] icrs = new Icr[TABLE_SIZE];
    private final long[] xapicValues = new long[TABLE_SIZE];
    private final long[] x2apicValues = new long[TABLE_SIZE];
    private int next;

    /** Fills the message table once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        for (int i = 0; i < TABLE_SIZE; i++) {
            Icr icr = switch (i % 4) {
                case 0 -> Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL)
                        .withPhysicalDestination(ApicId.of(i));
                case 1 -> Icr.startup(0x8000).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF);
                case 2 -> Icr.fixed(0x20 + i).withPhysicalDestination(ApicId.of(0x80 + i));
                default -> Icr.of(DeliveryMode.NMI).withPhysicalDestination(ApicId.of(i * 3));
            };
            icrs[i] = icr;
            xapicValues[i] = IcrCodec.encode(icr, ApicMode.XAPIC);
            x2apicValues[i] = IcrCodec.encode(icr, ApicMode.X2APIC);
        }
    }

    private int nextIndex() {
        return next++ & (TABLE_SIZE - 1);
    }

    /**
     * The harness alone: pick the next message and read one field. Subtract it from the others to
     * see the codec's own cost.
     */
    @Benchmark
    public int baseline() {
        return icrs[nextIndex()].vector();
    }

    /** xAPIC encode, validation included. */
    @Benchmark
    public long encodeXApic() {
        return IcrCodec.encode(icrs[nextIndex()], ApicMode.XAPIC);
    }

    /** x2APIC encode, validation included. */
    @Benchmark
    public long encodeX2Apic() {
        return IcrCodec.encode(icrs[nextIndex()], ApicMode.X2APIC);
    }

    /** xAPIC decode, every field consumed. */
    @Benchmark
    public void decodeXApic(Blackhole blackhole) {
        consumeFields(IcrCodec.decode(xapicValues[nextIndex()], ApicMode.XAPIC, IcrCodec.Decoding.LENIENT), blackhole);
    }

    /** x2APIC decode, every field consumed. */
    @Benchmark
    public void decodeX2Apic(Blackhole blackhole) {
        consumeFields(IcrCodec.decode(x2apicValues[nextIndex()], ApicMode.X2APIC, IcrCodec.Decoding.LENIENT),
                blackhole);
    }

    /** xAPIC decode whose record escapes to the caller: the price of keeping it. */
    @Benchmark
    public Icr decodeXApicRecordEscapes() {
        return IcrCodec.decode(xapicValues[nextIndex()], ApicMode.XAPIC, IcrCodec.Decoding.LENIENT);
    }

    private static void consumeFields(Icr icr, Blackhole blackhole) {
        blackhole.consume(icr.vector());
        blackhole.consume(icr.deliveryMode());
        blackhole.consume(icr.destinationMode());
        blackhole.consume(icr.deliveryStatus());
        blackhole.consume(icr.level());
        blackhole.consume(icr.triggerMode());
        blackhole.consume(icr.shorthand());
        blackhole.consume(icr.destination());
    }
}
