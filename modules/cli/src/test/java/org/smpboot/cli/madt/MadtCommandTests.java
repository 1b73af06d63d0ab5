package org.smpboot.cli.madt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.build.TableIdentity;
import org.smpboot.acpi.madt.entry.IoApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.cli.CliRun;
import org.smpboot.kernel.api.apic.ApicId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MadtCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    private Path table;

    /** The spec digest's §9.2 sample: APIC 0 and 1 enabled, 2 online capable, x2APIC 0x100, a mailbox. */
    static byte[] sample() {
        return new MadtBuilder().revision(5).identity(new TableIdentity("OEMID ", "OEMTABLE", 1, "JAVA", 1))
                .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(1, ApicId.of(1), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(2, ApicId.of(2), LocalApicFlags.ONLINE_CAPABLE))
                .add(LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ENABLED, 3))
                .add(new IoApicEntry(-1, 12, 0, 0, 0xFEC0_0000L, 0))
                .add(MultiprocessorWakeupEntry.ofVersion0(0x7F000))
                .build();
    }

    @BeforeEach
    void writeSample() throws IOException {
        table = Files.write(directory.resolve("APIC.bin"), sample());
    }

    /** {@return {@code table} as acpidump prints it: a "SIG @ 0x..." line, then offset, hex bytes and text, 16 a line} */
    static String acpidump(String signature, byte[] table) {
        StringBuilder text = new StringBuilder(signature).append(" @ 0x0000000000000000\n");
        for (int line = 0; line < table.length; line += 16) {
            text.append("    %04X:".formatted(line));
            StringBuilder shown = new StringBuilder();
            for (int i = line; i < Math.min(table.length, line + 16); i++) {
                text.append(" %02X".formatted(table[i]));
                shown.append(table[i] >= 0x20 && table[i] < 0x7F ? (char) table[i] : '.');
            }
            text.append("  ").append(shown).append('\n');
        }
        return text.append('\n').toString();
    }

    static JsonNode json(CliRun run) {
        return JSON.readTree(run.out());
    }

    @Nested
    class OneTable {

        @Test
        void textReadsLikeIaslAndEndsWithTheProcessors() {
            CliRun run = CliRun.of("madt", table.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("[02Ch 0044 001h]               Subtable Type : 00 [Processor Local APIC]"), run.out());
            assertTrue(run.out().contains("bootable APIC IDs: 0x0 0x1 0x100"), run.out());
            assertTrue(run.out().contains("Raw Table Data: Length 112 (0x70)"), run.out());
        }

        @Test
        void jsonHasTheDocumentedShape() {
            JsonNode madt = json(CliRun.of("madt", table.toString(), "--json"));
            assertEquals("APIC", madt.get("signature").asString());
            assertEquals(112, madt.get("length").asInt());
            assertEquals(5, madt.get("revision").asInt());
            assertTrue(madt.get("checksumValid").asBoolean());
            assertEquals("OEMID ", madt.get("oemId").asString());
            assertEquals("0xfee00000", madt.get("localApicAddress").asString());
            assertEquals(1, madt.get("flags").asInt());
            assertEquals(6, madt.get("entries").size());
            JsonNode first = madt.get("entries").get(0);
            assertEquals(44, first.get("offset").asInt());
            assertEquals(0, first.get("type").asInt());
            assertEquals("Processor Local APIC", first.get("typeName").asString());
            assertEquals(8, first.get("length").asInt());
            assertEquals(0, first.get("apicId").asInt());
            JsonNode processors = madt.get("processors");
            assertEquals(4, processors.get("entries").asInt());
            assertEquals(3, processors.get("enabled").asInt());
            assertEquals(1, processors.get("onlineCapable").asInt());
            assertEquals(3, processors.get("bootable").asInt());
            assertEquals(List.of(0, 1, 256), processors.get("apicIds").valueStream().map(JsonNode::asInt).toList());
            assertEquals(0, madt.get("problems").size());
        }

        @Test
        void everyEntryIsListedUnknownTypesIncluded() throws IOException {
            byte[] withOem = new MadtBuilder().add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                    .addRaw(new byte[] {(byte) 0xFF, 4, 1, 2}).build();
            JsonNode madt = json(CliRun.of("madt", Files.write(directory.resolve("oem"), withOem).toString(), "--json"));
            JsonNode oem = madt.get("entries").get(1);
            assertEquals(255, oem.get("type").asInt());
            assertEquals("0102", oem.get("data").asString());
        }

        @Test
        void aLenientDecodeWithProblemsExitsZeroAndListsThem() throws IOException {
            byte[] broken = sample();
            broken[9]++;
            CliRun run = CliRun.of("madt", Files.write(directory.resolve("bad"), broken).toString(), "--json");
            assertEquals(0, run.status(), run.err());
            JsonNode problem = json(run).get("problems").get(0);
            assertEquals(9, problem.get("offset").asInt());
            assertEquals("table-checksum", problem.get("rule").asString());
        }

        @Test
        void strictExitsOneOnTheFirstErrorInOneLine() throws IOException {
            byte[] broken = sample();
            broken[0x2D] = 0;
            SdtBuilder.fixChecksum(broken);
            CliRun run = CliRun.of("madt", Files.write(directory.resolve("zero"), broken).toString(), "--strict");
            assertEquals(1, run.status());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().contains("0x2c zero-length-entry"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void lintFindingsCarryTheirCitation() throws IOException {
            byte[] misaligned = new MadtBuilder().add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                    .add(new IoApicEntry(-1, 12, 0, 0, 0xFEC0_0000L, 0))
                    .add(MultiprocessorWakeupEntry.ofVersion0(0x7F010)).build();
            JsonNode lints = json(CliRun.of("madt", Files.write(directory.resolve("m"), misaligned).toString(), "--json",
                    "--lint")).get("lints");
            assertEquals("invalid-wakeup-mailbox", lints.get(0).get("rule").asString());
            assertTrue(lints.get(0).get("citation").asString().contains("5.2.12.19"));
        }

        @Test
        void aTablesDirectoryYieldsItsApicTable() {
            CliRun run = CliRun.of("madt", directory.toString(), "--json");
            assertEquals(0, run.status(), run.err());
            assertEquals(3, json(run).get("processors").get("bootable").asInt());
        }
    }

    @Nested
    class Usage {

        @Test
        void aMissingFileIsAUsageError() {
            CliRun run = CliRun.of("madt", directory.resolve("nope").toString());
            assertEquals(2, run.status());
            assertEquals(List.of("smpboot madt: no such file or directory: " + directory.resolve("nope")), run.errLines());
        }

        @Test
        void aFileWithoutAnApicTableIsAUsageError() throws IOException {
            Path facp = Files.write(directory.resolve("FACP"), SdtBuilder.build(
                    org.smpboot.acpi.table.Signature.FADT, 6, TableIdentity.SMPBOOT, new byte[64]));
            CliRun run = CliRun.of("madt", facp.toString());
            assertEquals(2, run.status());
            assertTrue(run.err().contains("holds no APIC table (found: FACP)"), run.err());
        }

        @Test
        void sourceAndBatchExcludeEachOther() {
            assertEquals(2, CliRun.of("madt", table.toString(), "--batch", directory.toString()).status());
            assertEquals(2, CliRun.of("madt").status());
        }

        @Test
        void jsonAndTextExcludeEachOther() {
            assertEquals(2, CliRun.of("madt", table.toString(), "--json", "--text").status());
        }
    }

    @Nested
    class Batch {

        @Test
        void theSummaryCountsTablesAndSkipsOtherFiles() throws IOException {
            Files.writeString(directory.resolve("notes.txt"), "not a table");
            Files.createDirectories(directory.resolve("sub"));
            Files.write(directory.resolve("sub/APIC2.bin"), sample());
            CliRun run = CliRun.of("madt", "--batch", directory.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("files              3 (2 MADTs, 1 other files skipped)"), run.out());
            assertTrue(run.out().contains("processor entries  8 (6 enabled, 6 bootable)"), run.out());
        }

        @Test
        void jsonIsOneObjectPerTable() throws IOException {
            Files.write(directory.resolve("APIC2.bin"), sample());
            CliRun run = CliRun.of("madt", "--batch", directory.toString(), "--json");
            List<String> lines = run.out().lines().toList();
            assertEquals(2, lines.size(), run.out());
            assertEquals(3, JSON.readTree(lines.get(1)).get("processors").get("bootable").asInt());
        }

        @Test
        void textHoldsEveryListing() throws IOException {
            Files.write(directory.resolve("APIC2.bin"), sample());
            Path output = directory.resolve("out/listing.txt");
            Files.createDirectories(output.getParent());
            CliRun run = CliRun.of("madt", "--batch", directory.toString(), "--text", "--output", output.toString());
            assertEquals(0, run.status(), run.err());
            assertEquals(2, Files.readString(output).split("Raw Table Data:", -1).length - 1);
        }

        @Test
        void anAcpidumpOfTheMadtAloneIsReadAsText() throws IOException {
            Files.delete(table);
            Files.writeString(directory.resolve("apic.txt"), acpidump("APIC", sample()));
            CliRun run = CliRun.of("madt", "--batch", directory.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("files              1 (1 MADTs, 0 other files skipped)"), run.out());
            assertTrue(run.out().contains("processor entries  4 (3 enabled, 3 bootable)"), run.out());
        }

        @Test
        void jsonToStandardOutputEscapesWhatIsNotAscii() throws IOException {
            byte[] broken = sample();
            broken[9]++;
            Files.write(table, broken);
            CliRun run = CliRun.of("madt", "--batch", directory.toString(), "--json");
            assertTrue(run.out().contains("\\u00A7"), run.out());
            assertEquals(run.out().length(), run.out().chars().filter(c -> c < 0x80).count(), run.out());
        }

        @Test
        void strictBatchExitsOneWhenATableFails() throws IOException {
            byte[] broken = sample();
            broken[9]++;
            Files.write(directory.resolve("bad.bin"), broken);
            assertEquals(1, CliRun.of("madt", "--batch", directory.toString(), "--strict").status());
        }
    }
}
