package org.smpboot.acpi.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpboot.acpi.SampleTables;
import org.smpboot.acpi.build.AcpiImage;
import org.smpboot.acpi.build.AcpiImageBuilder;
import org.smpboot.acpi.corpus.Corpus;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.table.Signature;
import org.smpboot.kernel.api.hw.PhysicalAddress;

class TableSourcesTests {

    static SegmentMemory memoryWith(AcpiImage image) {
        SegmentMemory memory = new SegmentMemory(128L << 20);
        image.writeTo(memory);
        return memory;
    }

    static byte[] bytesOf(FoundTable table) {
        return table.bytes().toArray(ValueLayout.JAVA_BYTE);
    }

    @Nested
    class PhysicalMemoryDiscovery {

        @Test
        void aScanOfTheBiosAreaFindsTheRsdpAndTheMadtThroughTheXsdt() {
            SegmentMemory memory = memoryWith(new AcpiImageBuilder().table(SampleTables.DIGEST_SAMPLE).build());
            TableSource source = TableSources.scanMemory(memory, new Problems(Strictness.STRICT));
            assertEquals(List.of("RSD ", "XSDT", "APIC"), source.tables().stream().map(t -> t.signature().value()).toList());
            assertArrayEquals(SampleTables.DIGEST_SAMPLE, bytesOf(source.find(Signature.MADT).orElseThrow()));
        }

        @Test
        void anAcpi10RsdpLeadsThroughTheRsdt() {
            SegmentMemory memory = memoryWith(new AcpiImageBuilder().rsdpRevision(0).rsdpAddress(0xE0010)
                    .table(SampleTables.DIGEST_SAMPLE).build());
            TableSource source = TableSources.scanMemory(memory, new Problems(Strictness.STRICT));
            assertEquals("RSDT", source.tables().get(1).signature().value());
            assertTrue(source.find(Signature.MADT).isPresent());
        }

        @Test
        void aGivenRsdpAddressNeedsNoScan() {
            AcpiImage image = new AcpiImageBuilder().rsdpAddress(0x7F0_0000).table(SampleTables.DIGEST_SAMPLE).build();
            TableSource source = TableSources.fromRsdp(memoryWith(image), PhysicalAddress.of(0x7F0_0000),
                    new Problems(Strictness.STRICT));
            assertTrue(source.find(Signature.MADT).isPresent());
        }

        @Test
        void anRsdpOutsideTheScannedAreasIsNotFound() {
            SegmentMemory memory = memoryWith(new AcpiImageBuilder().rsdpAddress(0x7F0_0000).table(SampleTables.DIGEST_SAMPLE).build());
            assertEquals(SourceRule.RSDP_NOT_FOUND, assertThrows(SignatureException.class,
                    () -> TableSources.scanMemory(memory, new Problems(Strictness.LENIENT))).rule());
        }

        @Test
        void anRsdpOffA16ByteBoundaryIsNotFound() {
            SegmentMemory memory = memoryWith(new AcpiImageBuilder().rsdpAddress(0xF0008).table(SampleTables.DIGEST_SAMPLE).build());
            assertEquals(SourceRule.RSDP_NOT_FOUND, assertThrows(SignatureException.class,
                    () -> TableSources.scanMemory(memory, new Problems(Strictness.LENIENT))).rule());
        }

        @Test
        void aSignatureWhoseChecksumFailsIsPassedOverForTheNextCandidate() {
            SegmentMemory memory = memoryWith(new AcpiImageBuilder().rsdpAddress(0xF_0000).table(SampleTables.DIGEST_SAMPLE).build());
            byte[] decoy = memory.read(0xF_0000, 20);
            decoy[8] ^= 1;
            memory.write(0xE_0000, decoy);
            TableSource source = TableSources.scanMemory(memory, new Problems(Strictness.STRICT));
            assertEquals("RSDP @ 0xf0000", source.tables().getFirst().origin());
        }

        @Test
        void anRsdpInTheLastCandidateOfTheBiosAreaIsFound() {
            SegmentMemory memory = memoryWith(new AcpiImageBuilder().rsdpRevision(0).rsdpAddress(0xF_FFE0)
                    .table(SampleTables.DIGEST_SAMPLE).build());
            TableSource source = TableSources.scanMemory(memory, new Problems(Strictness.STRICT));
            assertEquals("RSDP @ 0xfffe0", source.tables().getFirst().origin());
        }

        @Test
        void anXsdtEntryPointingOutsideMemoryIsAProblemNotAFault() {
            SegmentMemory memory = memoryWith(new AcpiImageBuilder().table(SampleTables.DIGEST_SAMPLE).build());
            long xsdt = TableSources.scanMemory(memory, new Problems(Strictness.STRICT)).tables().get(1).origin()
                    .transform(origin -> Long.decode(origin.substring(origin.indexOf("0x"))));
            memory.writeLong(xsdt + 36, 1L << 40);
            byte[] fixed = org.smpboot.acpi.build.SdtBuilder.fixChecksum(memory.read(xsdt, 44));
            memory.write(xsdt, fixed);
            Problems problems = new Problems(Strictness.LENIENT);
            TableSource source = TableSources.scanMemory(memory, problems);
            assertTrue(source.find(Signature.MADT).isEmpty());
            assertEquals(List.of(FormatRule.TABLE_ADDRESS_UNREADABLE), source.problems().stream().map(Problem::rule).toList());
        }
    }

    /**
     * Firmware may place the RSDP and tables across any boundary; a port that cannot view such a
     * backed range in place (the simulator's 64 KiB sparse-RAM blocks) must not turn that into a
     * fault. Found by the discovery fuzz target: a table or RSDP straddling a block boundary threw
     * {@code PhysicalMemoryFault} out of discovery, and the kernel's boot with it
     * ({@code fuzz/.../DiscoveryFuzzTestsInputs/.../regression-rsdp-across-sparse-ram-block}).
     */
    @Nested
    class MemoryThatCannotViewEveryRange {

        private static final long BLOCK = 64 * 1024;

        private static SegmentMemory blockedMemoryWith(AcpiImage image) {
            SegmentMemory memory = new SegmentMemory(128L << 20, BLOCK);
            image.writeTo(memory);
            return memory;
        }

        /** Firmware at 0xF0000 whose XSDT (at 1 MiB, one entry: the sample MADT) says Length 0xFFFFFFFF. */
        private static SegmentMemory xsdtOfLength4GiB() {
            SegmentMemory memory = blockedMemoryWith(new AcpiImageBuilder().rsdpAddress(0xF_0000).tablesAddress(0x10_0000)
                    .rsdt(false).table(SampleTables.DIGEST_SAMPLE).build());
            long xsdt = 0x10_0000;
            memory.writeInt(xsdt + 4, -1);
            memory.write(xsdt, org.smpboot.acpi.build.SdtBuilder.fixChecksum(memory.read(xsdt, 44)));
            return memory;
        }

        @Test
        void tablesAcrossABlockBoundaryAreReadAsCopies() {
            long tables = 0x7F0_0000 - 20;
            SegmentMemory memory = blockedMemoryWith(new AcpiImageBuilder().rsdpAddress(0xF_0000).tablesAddress(tables)
                    .table(SampleTables.DIGEST_SAMPLE).build());
            TableSource source = TableSources.scanMemory(memory, new Problems(Strictness.STRICT));
            assertArrayEquals(SampleTables.DIGEST_SAMPLE, bytesOf(source.find(Signature.MADT).orElseThrow()));
        }

        @Test
        void anRsdpAcrossABlockBoundaryIsReadAsACopy() {
            long rsdp = 0x10_0000 - 0x20;
            SegmentMemory memory = blockedMemoryWith(new AcpiImageBuilder().rsdpAddress(rsdp)
                    .table(SampleTables.DIGEST_SAMPLE).build());
            TableSource source = TableSources.fromRsdp(memory, PhysicalAddress.of(rsdp), new Problems(Strictness.STRICT));
            assertArrayEquals(SampleTables.DIGEST_SAMPLE, bytesOf(source.find(Signature.MADT).orElseThrow()));
        }

        @Test
        void aLengthBeyondTheReadLimitCutsTheTableThere() {
            SegmentMemory memory = xsdtOfLength4GiB();
            assertThrows(TableLengthException.class, () -> TableSources.fromRsdp(memory, PhysicalAddress.of(0xF_0000),
                    new Problems(Strictness.STRICT)));
            TableSource lenient = TableSources.fromRsdp(memory, PhysicalAddress.of(0xF_0000), new Problems(Strictness.LENIENT));
            assertEquals(PhysicalMemorySource.MAX_TABLE_LENGTH, lenient.tables().get(1).bytes().byteSize());
        }

        /**
         * Found by the discovery fuzz target: 1024 root entries pointing at 16 MiB tables across
         * blocks copied 16 GiB and ran the heap out; one discovery now copies a bounded amount,
         * and a table beyond it is unreadable ({@code .../regression-root-entries-copy-16-gib}).
         */
        @Test
        void oneDiscoveryCopiesABoundedAmount() {
            long xsdt = 0x10_0000;
            long table = 0x20_0010;
            int entries = 8;
            byte[] root = new byte[36 + 8 * entries];
            MemorySegment rootBytes = MemorySegment.ofArray(root);
            rootBytes.copyFrom(MemorySegment.ofArray("XSDT".getBytes(StandardCharsets.ISO_8859_1)));
            rootBytes.set(ValueLayout.JAVA_INT_UNALIGNED, 4, root.length);
            for (int i = 0; i < entries; i++) {
                rootBytes.set(ValueLayout.JAVA_LONG_UNALIGNED, 36 + 8L * i, table);
            }
            SegmentMemory memory = blockedMemoryWith(new AcpiImageBuilder().rsdpAddress(0xF_0000).tablesAddress(0x40_0000)
                    .build());
            memory.write(xsdt, org.smpboot.acpi.build.SdtBuilder.fixChecksum(root));
            memory.write(0xF_0000 + 24, new byte[] {0, 0, 0x10, 0, 0, 0, 0, 0});
            memory.write(0xF_0000, fixRsdp(memory.read(0xF_0000, 36)));
            memory.write(table, "SSDT".getBytes(StandardCharsets.ISO_8859_1));
            memory.writeInt(table + 4, (int) PhysicalMemorySource.MAX_TABLE_LENGTH);
            TableSource lenient = TableSources.fromRsdp(memory, PhysicalAddress.of(0xF_0000), new Problems(Strictness.LENIENT));
            long copies = PhysicalMemorySource.MAX_COPIED_BYTES / PhysicalMemorySource.MAX_TABLE_LENGTH;
            assertEquals(copies, lenient.tables().stream().filter(t -> t.signature().value().equals("SSDT")).count());
            assertEquals(entries - copies, lenient.problems().stream()
                    .filter(p -> p.rule() == FormatRule.TABLE_ADDRESS_UNREADABLE).count());
        }

        private static byte[] fixRsdp(byte[] rsdp) {
            rsdp[8] = 0;
            rsdp[32] = 0;
            int sum = 0;
            for (int i = 0; i < 20; i++) {
                sum += rsdp[i];
            }
            rsdp[8] = (byte) -sum;
            sum = 0;
            for (int i = 0; i < 36; i++) {
                sum += rsdp[i];
            }
            rsdp[32] = (byte) -sum;
            return rsdp;
        }

        /**
         * Found by the discovery fuzz target: an XSDT whose Length claims the whole read limit of
         * zeros made two million null-entry problems and took seconds
         * ({@code DiscoveryFuzzTestsInputs/.../regression-root-table-length-across-sparse-ram-blocks}).
         */
        @Test
        void aRootTableIsFollowedForABoundedNumberOfEntries() {
            SegmentMemory memory = xsdtOfLength4GiB();
            TableSource lenient = TableSources.fromRsdp(memory, PhysicalAddress.of(0xF_0000), new Problems(Strictness.LENIENT));
            assertTrue(lenient.find(Signature.MADT).isPresent(), "the first entry is still followed");
            assertEquals(1, lenient.problems().stream().filter(p -> p.rule() == SourceRule.ROOT_TABLE_ENTRIES_LIMITED).count());
            // One problem at most per entry followed, plus the Length and the limit themselves.
            assertTrue(lenient.problems().size() <= PhysicalMemorySource.MAX_ROOT_ENTRIES + 2, () -> lenient.problems().size()
                    + " problems");
        }
    }

    @Nested
    class Files {

        @TempDir
        Path directory;

        @Test
        void aRawTableFileIsOneTable() throws IOException {
            Path file = directory.resolve("APIC.bin");
            java.nio.file.Files.write(file, SampleTables.DIGEST_SAMPLE);
            TableSource source = TableSources.open(file);
            assertArrayEquals(SampleTables.DIGEST_SAMPLE, bytesOf(source.find(Signature.MADT).orElseThrow()));
        }

        @Test
        void aTablesDirectoryListsEveryFile() throws IOException {
            java.nio.file.Files.write(directory.resolve("APIC"), SampleTables.DIGEST_SAMPLE);
            java.nio.file.Files.writeString(directory.resolve("notes.txt"), "no table here, but long enough to hold a header");
            TableSource source = TableSources.open(directory);
            assertEquals(1, source.tables().size());
            assertEquals(1, source.problems().size());
        }

        @Test
        void filesTooSmallForATableHeaderAreNeverOpened() throws IOException {
            // procfs reports size 0 for files whose read may block (/proc/kmsg).
            java.nio.file.Files.writeString(directory.resolve("empty"), "");
            java.nio.file.Files.write(directory.resolve("APIC"), SampleTables.DIGEST_SAMPLE);
            TableSource source = TableSources.open(directory);
            assertEquals(1, source.tables().size());
            assertEquals(List.of(), source.problems());
        }

        @Test
        void tablesInTheDynamicAndDataSubdirectoriesAreRead() throws IOException {
            java.nio.file.Files.createDirectories(directory.resolve("dynamic"));
            java.nio.file.Files.write(directory.resolve("dynamic/APIC"), SampleTables.DIGEST_SAMPLE);
            assertEquals(1, TableSources.open(directory).tables().size());
        }

        @Test
        void aDirectoryDeeperThanATablesDirectoryIsNotWalkedBelowTwoLevels() throws IOException {
            Path deep = directory.resolve("a/b");
            java.nio.file.Files.createDirectories(deep);
            java.nio.file.Files.write(deep.resolve("APIC"), SampleTables.DIGEST_SAMPLE);
            assertEquals(0, TableSources.open(directory).tables().size());
        }

        @Test
        void aDirectoryWithMoreFilesThanAnyTablesDirectoryIsCutShortWithAProblem() throws IOException {
            for (int i = 0; i <= TableSources.MAX_DIRECTORY_FILES; i++) {
                java.nio.file.Files.writeString(directory.resolve("f" + i), "x".repeat(40));
            }
            TableSource source = TableSources.open(directory);
            assertTrue(source.problems().stream().anyMatch(problem -> problem.rule() == SourceRule.TOO_MANY_FILES),
                    source.problems().getLast().toString());
        }

        @Test
        void aSubdirectoryThatCannotBeListedIsAProblemAndTheRestIsRead() throws IOException {
            java.nio.file.Files.write(directory.resolve("APIC"), SampleTables.DIGEST_SAMPLE);
            Path locked = java.nio.file.Files.createDirectories(directory.resolve("dynamic"));
            java.nio.file.Files.setPosixFilePermissions(locked, java.util.Set.of());
            try {
                // Root reads any directory: only another user sees the refusal.
                assumeFalse(java.nio.file.Files.isReadable(locked), "a directory without permissions is unreadable here");
                TableSource source = TableSources.open(directory);
                assertEquals(1, source.tables().size());
                assertEquals(SourceRule.FILE_UNREADABLE, source.problems().getFirst().rule());
            } finally {
                java.nio.file.Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
        }

        @Test
        void aDirectoryReadKeepsAtMostMaxDirectoryBytesOfTables() throws IOException {
            // Two sparse files of the largest table size: 512 MiB claimed, nothing on disk. Before
            // the budget, ten of them filled a 2 GiB heap (found by the files fuzz target).
            for (String name : List.of("SSDT1", "SSDT2")) {
                try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(directory.resolve(name),
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                    file.write(java.nio.ByteBuffer.wrap(new byte[] {'S', 'S', 'D', 'T', 36, 0, 0, 0}));
                    file.write(java.nio.ByteBuffer.allocate(1), TableSources.MAX_FILE_SIZE - 1);
                }
            }
            TableSource source = TableSources.open(directory);
            assertEquals(List.of(directory.resolve("SSDT1").toString()), source.tables().stream().map(FoundTable::origin).toList());
            assertEquals(1, source.problems().size());
            assertTrue(source.problems().getFirst().detail().startsWith(directory.resolve("SSDT2") + " is 268435456 bytes, more than"),
                    source.problems().getFirst().detail());
        }

        @Test
        void anAcpidumpFileOfTheCorpusYieldsTheMachinesMadt() throws IOException {
            Path file = directory.resolve("dump.txt");
            java.nio.file.Files.writeString(file,
                    Corpus.get().acpidumps().get("Desktop_Dell_Inspiron_Inspiron_530_DEF2DEF61AED.acpidump.txt"),
                    StandardCharsets.ISO_8859_1);
            TableSource source = TableSources.open(file);
            byte[] expected = Corpus.get().table("Dell/Desktop__Inspiron_530__DEF2DEF61AED.APIC.bin").bytes();
            assertArrayEquals(expected, bytesOf(source.find(Signature.MADT).orElseThrow()));
        }
    }

    @Nested
    class Acpidump {

        @Test
        void everyCorpusDumpHasAMadtThatParsesStrictly() {
            Corpus.get().acpidumps().forEach((name, text) -> {
                TableSource source = TableSources.ofAcpidump(text, name);
                assertEquals(List.of(), source.problems(), name);
                Madt madt = Madt.parse(source.find(Signature.MADT).orElseThrow().bytes(), Strictness.STRICT);
                assertTrue(madt.checksumValid(), name);
            });
        }

        @Test
        void everyTableOfADumpIsCompleteByItsOwnLength() {
            String text = Corpus.get().acpidumps().get("Server_Hewlett-Packard_ProLiant_ProLiant_DL360_G5_A8DA802364DF.acpidump.txt");
            for (FoundTable table : TableSources.ofAcpidump(text, "dl360").tables()) {
                if (!table.signature().value().equals("RSD ") && !table.signature().value().equals("FACS")) {
                    long length = Integer.toUnsignedLong(table.bytes().get(
                            ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN), 4));
                    assertEquals(length, table.bytes().byteSize(), table.origin());
                }
            }
        }

        @Test
        void aLineOutOfOrderCutsTheTableAndIsReported() {
            String text = "APIC @ 0x0\n    0000: 41 50 49 43  APIC\n    0020: 00 00  ..\n";
            TableSource source = TableSources.ofAcpidump(text, "cut");
            assertEquals(SourceRule.DUMP_OFFSET_OUT_OF_ORDER, source.problems().getFirst().rule());
            assertTrue(source.tables().isEmpty());
        }

        @Test
        void asciiThatLooksLikeHexIsNotTakenForBytes() {
            String text = "APIC @ 0x0\n    0000: 41 42  AB\n";
            assertEquals(2, TableSources.ofAcpidump(text, "ab").tables().getFirst().bytes().byteSize());
        }
    }

    @Test
    void bytesInMemoryAreOneTableZeroCopy() {
        MemorySegment segment = MemorySegment.ofArray(SampleTables.DIGEST_SAMPLE);
        assertEquals(segment.address(), TableSources.ofTable(segment, "test").tables().getFirst().bytes().address());
    }
}
