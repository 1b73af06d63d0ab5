package org.smpboot.acpi.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.SampleTables;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;

class IaslTextTests {

    static List<String> fields(byte[] table) {
        AsciiBuffer out = new AsciiBuffer(1024);
        IaslText.writeFields(Madt.parse(MemorySegment.ofArray(table), Strictness.LENIENT), out);
        return out.toString().lines().toList();
    }

    @Nested
    class Lines {

        @Test
        void aFieldLineHasIaslsColumns() {
            assertTrue(fields(SampleTables.DIGEST_SAMPLE).contains("[02Fh 0047 001h]               Local Apic ID : 00"));
        }

        @Test
        void flagsAreDecodedBelowTheirField() {
            List<String> lines = fields(SampleTables.DIGEST_SAMPLE);
            int flags = lines.indexOf("[030h 0048 004h]       Flags (decoded below) : 00000001");
            assertEquals("                           Processor Enabled : 1", lines.get(flags + 1));
            assertEquals("                      Runtime Online Capable : 0", lines.get(flags + 2));
        }

        @Test
        void theHeaderNamesTheTableAndItsChecksum() {
            List<String> lines = fields(SampleTables.DIGEST_SAMPLE);
            assertEquals("[000h 0000 004h]                   Signature : \"APIC\"    [Multiple APIC Description Table (MADT)]",
                    lines.getFirst());
            assertTrue(lines.contains("[009h 0009 001h]                    Checksum : 72"));
        }

        @Test
        void aBadChecksumSaysWhatItShouldBe() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[9] = 0x70;
            assertTrue(fields(table).contains("[009h 0009 001h]                    Checksum : 70     /* Incorrect checksum, should be 72 */"));
        }

        @Test
        void aVersion1MailboxListsItsResetVector() {
            List<String> lines = fields(new MadtBuilder().add(MultiprocessorWakeupEntry.ofVersion1(0x7F000, 0x7E000)).build());
            assertTrue(lines.contains("[03Ch 0060 008h]                Reset Vector : 000000000007E000"), lines.toString());
        }
    }

    @Nested
    class WhereDecodingStops {

        @Test
        void aZeroLengthStructureEndsTheListingAsIaslDoes() {
            List<String> lines = fields(SampleTables.withFirstEntryLength(0));
            assertEquals(List.of("[02Ch 0044 001h]               Subtable Type : 00 [Processor Local APIC]",
                    "[02Dh 0045 001h]                      Length : 00", "Invalid zero length subtable"),
                    lines.subList(lines.size() - 3, lines.size()));
        }

        @Test
        void aStructureOfLengthOneEndsTheListing() {
            assertEquals("Invalid subtable length 1", fields(SampleTables.withFirstEntryLength(1)).getLast());
        }

        @Test
        void aReservedTypeIsNamedAndSkipped() {
            List<String> lines = fields(new MadtBuilder().add(UnknownEntry.of(0x7F, new byte[10]))
                    .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED)).build());
            assertTrue(lines.contains("**** Unknown MADT subtable type 0x7F"), lines.toString());
            assertTrue(lines.getLast().contains("Runtime Online Capable"));
        }

        @Test
        void oemDataIsDumpedInHexWithItsText() {
            List<String> lines = fields(new MadtBuilder().add(UnknownEntry.of(0xFF, new byte[] {9, 0, 0, 0x20, 'A'})).build());
            assertTrue(lines.contains("[02Eh 0046 005h]                    OEM Data : 09 00 00 20 41"
                    + " ".repeat(34) + "/* ... A */\\"), lines.toString());
        }

        @Test
        void aStructureRunningPastTheTableTerminatesEarly() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[4] = 0x6C;
            byte[] cut = SdtBuilder.fixChecksum(java.util.Arrays.copyOf(table, 0x6C));
            assertEquals("/**** ACPI subtable terminates early - may be older version (dump table) */", fields(cut).getLast());
        }
    }
}
