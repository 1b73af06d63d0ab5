package org.smpboot.acpi.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.IoApicEntry;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorCounts;
import org.smpboot.acpi.processor.ProcessorRule;
import org.smpboot.acpi.processor.ProcessorView;

/**
 * The processor counts, and the table facts, equal the corpus MANIFEST's for every table.
 *
 * <p>One MANIFEST column counts a different thing than smpboot's policy: {@code n_online_capable}
 * counts the raw bit, smpboot honours it only from MADT revision 5. Both are compared; the single
 * table where they differ is the fwts fixture that sets the bit in a revision 1 MADT.
 */
class ManifestCountsTests {

    static Madt parse(Corpus.Table table) {
        return Madt.parse(MemorySegment.ofArray(table.bytes()), Strictness.LENIENT);
    }

    @TestFactory
    Stream<DynamicTest> everyTableHasTheManifestsCounts() {
        return Corpus.get().tables().stream().map(table -> DynamicTest.dynamicTest(table.path(), () -> {
            Map<String, String> row = table.manifest();
            Madt madt = parse(table);
            ProcessorCounts counts = ProcessorCounts.of(madt);
            int ioApics = madt.entries(IoApicEntry.class).size();
            assertAll(table.path(),
                    () -> assertEquals(row.get("n_local_apic"), str(counts.localApicEntries()), "n_local_apic"),
                    () -> assertEquals(row.get("n_local_x2apic"), str(counts.localX2ApicEntries()), "n_local_x2apic"),
                    () -> assertEquals(row.get("n_enabled_cpus"), str(counts.enabled()), "n_enabled_cpus"),
                    () -> assertEquals(row.get("n_online_capable"), str(counts.onlineCapableFlagSet()), "n_online_capable"),
                    () -> assertEquals(row.get("n_enabled_and_online_capable"), str(counts.enabledAndOnlineCapable()),
                            "n_enabled_and_online_capable"),
                    () -> assertEquals(row.get("n_ioapic"), str(ioApics), "n_ioapic"),
                    () -> assertEquals(row.get("max_apic_id"), counts.maxApicId() < 0 ? "" : str(counts.maxApicId()),
                            "max_apic_id"),
                    () -> assertEquals(row.get("other_cpu_entries"), str(counts.otherArchitectureEntries()),
                            "other_cpu_entries"),
                    () -> assertEquals(row.get("other_cpu_enabled"), str(counts.otherArchitectureEnabled()),
                            "other_cpu_enabled"),
                    () -> assertEquals(row.get("madt_revision"), str(madt.revision()), "madt_revision"),
                    () -> assertEquals(row.get("bytes"), str(table.bytes().length), "bytes"),
                    () -> assertEquals(row.get("checksum_ok"), madt.checksumValid() ? "True" : "False", "checksum_ok"),
                    () -> assertEquals(row.get("pcat_compat"), madt.pcAtCompatible() ? "1" : "0", "pcat_compat"),
                    () -> assertEquals(row.get("lapic_addr"),
                            "%08X".formatted(madt.localApicAddress()), "lapic_addr"));
        }));
    }

    /**
     * ACPI 6.3 introduced Online Capable (MADT revision 5); in older revisions bit 1 of the Local
     * APIC flags is reserved (ACPI 6.2 §5.2.12.2, Table "Local APIC Flags": bits 1-31 reserved).
     * The MANIFEST counts the raw bit; smpboot does not honour it in a revision 1 table and says so.
     */
    @Test
    void onlineCapableIsHonouredFromRevision5AndTheManifestCountsTheRawBit() {
        List<Corpus.Table> differing = Corpus.get().tables().stream()
                .filter(t -> ProcessorCounts.of(parse(t)).onlineCapable() != ProcessorCounts.of(parse(t)).onlineCapableFlagSet())
                .toList();
        assertEquals(List.of("tables/other/fwts__fwts-test__madt-0001__acpidump-0002.log.APIC.bin"),
                differing.stream().map(Corpus.Table::path).toList());
        Madt madt = parse(differing.getFirst());
        assertEquals(1, madt.revision());
        assertEquals(List.of(ProcessorRule.ONLINE_CAPABLE_BEFORE_REVISION_5),
                ProcessorView.of(madt, Strictness.LENIENT).problems().stream().map(Problem::rule).toList());
    }

    @Test
    void noCorpusTableListsAnEnabledApicIdTwice() {
        for (Corpus.Table table : Corpus.get().tables()) {
            ProcessorView view = ProcessorView.of(parse(table), Strictness.LENIENT);
            assertEquals(0, view.problems().stream().filter(p -> p.rule() == ProcessorRule.DUPLICATE_APIC_ID).count(),
                    table.path());
        }
    }

    private static String str(long value) {
        return Long.toString(value);
    }
}
