package org.smpboot.acpi.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.corpus.Listing.FieldLine;
import org.smpboot.acpi.corpus.Listing.FlagLine;
import org.smpboot.acpi.corpus.Listing.Line;
import org.smpboot.acpi.listing.AsciiBuffer;
import org.smpboot.acpi.listing.IaslText;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * smpboot's MADT decoding agrees with iasl's ({@code iasl -d}, ACPICA 20250404) on every table of
 * the real-firmware corpus, field by field, the malformed tables included: the same fields at the
 * same offsets with the same values, the same place where decoding stops, and the same raw
 * hex dump. The only
 * differences are the {@link IaslDivergence}s, each proved below to be iasl's mistake.
 */
class IaslAgreementTests {

    static Listing smpboot(byte[] table) {
        Madt madt = Madt.parse(MemorySegment.ofArray(table), Strictness.LENIENT);
        AsciiBuffer out = new AsciiBuffer(16 * 1024);
        IaslText.writeFields(madt, out);
        return Listing.parse(out.toString());
    }

    static IaslDivergence.Normalized compare(Corpus.Table table) {
        return IaslDivergence.normalize(Listing.parse(table.iasl()), smpboot(table.bytes()));
    }

    /** Fails with the first line that differs, not two thousand-line lists. */
    static void assertSameLines(List<Line> iasl, List<Line> smpboot, String table) {
        for (int i = 0; i < Math.min(iasl.size(), smpboot.size()); i++) {
            assertEquals(iasl.get(i), smpboot.get(i), "%s, line %d of the listing".formatted(table, i));
        }
        assertEquals(iasl.size(), smpboot.size(), "%s: iasl lists %s, smpboot %s after the common lines".formatted(
                table, iasl.subList(Math.min(iasl.size(), smpboot.size()), iasl.size()),
                smpboot.subList(Math.min(iasl.size(), smpboot.size()), smpboot.size())));
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusTableDecodesAsIaslDecodesIt() {
        return Corpus.get().tables().stream().map(table -> DynamicTest.dynamicTest(table.path(), () -> {
            IaslDivergence.Normalized normalized = compare(table);
            assertSameLines(normalized.iasl(), normalized.smpboot(), table.path());
            assertEquals(rawTableData(table.iasl()), rawTableData(table.bytes()), table.path() + ": Raw Table Data");
        }));
    }

    /** iasl's "Raw Table Data" hex dump, to the end of its listing. */
    static String rawTableData(String iasl) {
        return iasl.substring(iasl.indexOf("Raw Table Data:")).stripTrailing();
    }

    /** smpboot's "Raw Table Data" hex dump of the table's Length bytes. */
    static String rawTableData(byte[] table) {
        AsciiBuffer out = new AsciiBuffer(4096);
        IaslText.rawTable(Madt.parse(MemorySegment.ofArray(table), Strictness.LENIENT).bytes(), out);
        return out.toString().stripTrailing();
    }

    @Test
    void theCorpusHoldsEveryTable() {
        assertEquals(1114, Corpus.get().tables().size());
    }

    @Test
    void everyDivergenceIsNeededAndNoOtherIs() {
        Map<IaslDivergence, Integer> total = new EnumMap<>(IaslDivergence.class);
        for (Corpus.Table table : Corpus.get().tables()) {
            compare(table).applied().forEach((divergence, count) -> total.merge(divergence, count, Integer::sum));
        }
        // 72: the TRBE Interrupt of every 80-byte GICC (Surface and other Windows-on-Arm tables);
        // 11: the Reserved word of every GICR and GIC ITS structure.
        assertEquals(Map.of(IaslDivergence.FIELD_PAST_STRUCTURE_END, 72,
                IaslDivergence.GIC_FLAGS_BYTE_AS_RESERVED_WORD, 11), total);
    }

    /** Where iasl 20250404 is wrong, with the spec text that says so. */
    @Nested
    class IaslDefects {

        /**
         * An ACPI 6.3 GICC is 80 bytes (ACPI 6.3 §5.2.12.14, Table 5-46 "GICC Structure": Length
         * 80); the TRBE Interrupt field at offset 80 arrived with ACPI 6.5 and Length 82. iasl lists
         * "TRBE Interrupt : 500B" for the Surface Pro 9's 80-byte GICCs: the bytes 0B 50 are the
         * next GICC's Type (0x0B) and Length (0x50).
         */
        @Test
        void aGiccOf80BytesHasNoTrbeInterrupt() {
            Corpus.Table table = Corpus.get().table("surface/surface_pro_9_5g.APIC.bin");
            FieldLine trbe = iaslField(table, "TRBE Interrupt");
            assertEquals(0x7C, trbe.offset());
            assertEquals("500B", trbe.value());
            assertEquals(0x0B, table.bytes()[0x7C]);
            assertEquals(0x50, table.bytes()[0x7D]);
            assertEquals(0x7C, 0x2C + 0x50, "the next structure starts where iasl reads TRBE Interrupt");
            assertFalse(smpboot(table.bytes()).lines().stream()
                    .anyMatch(line -> line instanceof FieldLine f && f.name().equals("TRBE Interrupt")));
        }

        /**
         * ACPI 6.5 §5.2.12.17 Table "GICR Structure": Flags is 1 byte at offset 2, Reserved 1 byte
         * at offset 3, Discovery Range Base Address 8 bytes at offset 4. iasl's listing claims a
         * 2-byte Reserved at offset 3, so byte 4 belongs to two fields at once.
         */
        @Test
        void aGicrReservedFieldDoesNotOverlapTheBaseAddress() {
            Corpus.Table table = Corpus.get().table("surface/surface_pro_9_5g.APIC.bin");
            List<Line> lines = Listing.parse(table.iasl()).lines();
            int subtable = indexOf(lines, "Subtable Type", "0E");
            FieldLine reserved = (FieldLine) lines.get(subtable + 2);
            FieldLine base = (FieldLine) lines.get(subtable + 3);
            assertEquals("Reserved", reserved.name());
            assertTrue(reserved.end() > base.offset(), "iasl's Reserved overlaps the Base Address");
            List<Line> ours = smpboot(table.bytes()).lines();
            int our = indexOf(ours, "Subtable Type", "0E");
            FieldLine flags = (FieldLine) ours.get(our + 2);
            assertEquals(new FieldLine(((FieldLine) ours.get(our)).offset() + 2, 1, "Flags (decoded below)",
                    flags.value()), flags);
        }

        /**
         * ACPI 6.5 §5.2.12.12 Table "Processor Local x2APIC Structure": Flags — "Same as Local APIC
         * flags", Table "Local APIC Flags", which defines Online Capable as bit 1. iasl decodes only
         * Enabled for x2APIC entries; smpboot decodes both.
         */
        @Test
        void x2ApicFlagsDecodeOnlineCapable() {
            byte[] table = new MadtBuilder().add(LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ONLINE_CAPABLE, 1))
                    .build();
            List<Line> ours = smpboot(table).lines();
            assertTrue(ours.contains(new FlagLine("Runtime Online Capable", "1")));
            Corpus.Table x2apicOnly = Corpus.get().table("Mini_Pc__NUC14RVH-B__85078AD9A204.APIC.bin");
            List<Line> theirs = Listing.parse(x2apicOnly.iasl()).lines();
            int x2apic = indexOf(theirs, "Subtable Type", "09");
            assertEquals("Flags (decoded below)", ((FieldLine) theirs.get(x2apic + 4)).name());
            assertEquals("Processor Enabled", ((FlagLine) theirs.get(x2apic + 5)).name());
            assertEquals("Processor UID", ((FieldLine) theirs.get(x2apic + 6)).name(), "iasl decodes no bit 1");
        }

        private static FieldLine iaslField(Corpus.Table table, String name) {
            return Listing.parse(table.iasl()).lines().stream()
                    .filter(line -> line instanceof FieldLine f && f.name().equals(name)).map(FieldLine.class::cast)
                    .findFirst().orElseThrow();
        }

        private static int indexOf(List<Line> lines, String name, String valuePrefix) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i) instanceof FieldLine f && f.name().equals(name) && f.value().startsWith(valuePrefix)) {
                    return i;
                }
            }
            throw new AssertionError("No line " + name + " : " + valuePrefix);
        }
    }
}
