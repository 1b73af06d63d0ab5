package org.smpboot.fuzz.madt;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;

/**
 * Fuzzes the MADT parser from arbitrary bytes: the input is a table as firmware could write it.
 *
 * <p>Each input is read twice: as written, and repaired (signature "APIC", Length equal to the
 * bytes present, Checksum fixed), because a mutated table almost never keeps a valid checksum and a
 * strict read would otherwise stop at the header every time. Each reading checks:
 * <ol>
 *   <li>{@link ParseAgreement}: only the documented {@code AcpiException}s escape; lenient throws
 *       only when no header can be located; strict succeeds exactly when lenient records no error,
 *       and otherwise throws lenient's first error.</li>
 *   <li>{@link StructureWalk}: the decoded structures lie in the table, in order, never more than
 *       the bytes can hold; a strict table has no truncated structure.</li>
 *   <li>{@link ProcessorChecks}: the processor view never throws leniently, its counts never exceed
 *       the entries present and agree with the allocation-free counter.</li>
 *   <li>{@link LintChecks}: the lints never throw and report a bounded number of warnings inside
 *       the table, in order.</li>
 *   <li>the wakeup mailbox view never throws.</li>
 *   <li>{@link Reencoding}: a repaired table a strict read accepts, rebuilt with {@code MadtBuilder}
 *       from its decoded records, gives the same bytes wherever the records model them.</li>
 * </ol>
 *
 * <p>The iasl-style listing is not fuzzed here: it is a tool's view, not a reader the kernel boots
 * from, and it costs more than everything else together (the acpi module checks it against iasl
 * on every corpus table instead).
 *
 * <p>Seeds: real firmware tables from the shared corpus and tables the builder makes for what no
 * public dump has (TDX wakeup, RISC-V, LoongArch, thousands of x2APIC entries).
 */
public final class MadtTarget {

    /** The signature bytes a repaired table gets. */
    private static final byte[] APIC = Signature.MADT.bytes();
    /** Length is a little-endian u32. */
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private MadtTarget() {
    }

    /** Jazzer's entry point: one input, both readings. */
    public static void fuzzerTestOneInput(byte[] input) {
        check(input, false);
        if (input.length >= SdtHeader.SIZE) {
            check(repaired(input), true);
        }
    }

    /**
     * Runs the checks on one table. The reading as written is where header, Length and Checksum
     * rules bite, so it gets the parse checks; the processor checks and the re-encoding run on the
     * repaired reading, which holds the same structures (or, when Length was short, more of them)
     * and is the one a strict read accepts.
     */
    static void check(byte[] table, boolean repaired) {
        Madt madt = ParseAgreement.check(MemorySegment.ofArray(table));
        if (madt == null) {
            return;
        }
        boolean strictAccepts = madt.problems().stream().noneMatch(Problem::isError);
        StructureWalk.Census census = StructureWalk.check(madt, strictAccepts);
        if (!repaired) {
            return;
        }
        ProcessorChecks.check(madt, census);
        LintChecks.check(madt, census.entries());
        census.wakeup().ifPresent(MultiprocessorWakeupEntry::toMailbox);
        if (strictAccepts) {
            Reencoding.check(madt, census.entries());
        }
    }

    /** {@return a copy of {@code input} with signature "APIC", Length = its size and a valid checksum} */
    static byte[] repaired(byte[] input) {
        byte[] table = input.clone();
        System.arraycopy(APIC, 0, table, 0, APIC.length);
        MemorySegment.ofArray(table).set(U32, SdtHeader.LENGTH_OFFSET, table.length);
        return SdtBuilder.fixChecksum(table);
    }
}
