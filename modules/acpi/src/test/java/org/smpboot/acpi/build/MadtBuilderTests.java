package org.smpboot.acpi.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.acpi.SampleTables;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.*;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorCounts;
import org.smpboot.acpi.table.Checksum;
import org.smpboot.kernel.api.apic.ApicId;

class MadtBuilderTests {

    /** One structure of every type ACPI 6.6 and ACPICA define, plus a reserved and an OEM one. */
    static List<MadtEntry> everyType() {
        return List.of(
                LocalApicEntry.of(1, ApicId.of(2), LocalApicFlags.ENABLED),
                new IoApicEntry(-1, 12, 2, 0, 0xFEC0_0000L, 0),
                new InterruptSourceOverrideEntry(-1, 10, 0, 9, 9, 0x000D),
                new NmiSourceEntry(-1, 8, 0x5, 2),
                new LocalApicNmiEntry(-1, 6, 0xFF, 0x5, 1),
                new LocalApicAddressOverrideEntry(-1, 12, 0, 0xFEE0_0000L),
                new IoSapicEntry(-1, 16, 3, 0, 24, 0xFEC0_1000L),
                new LocalSapicEntry(-1, 21, 4, 5, 6, 0, LocalApicFlags.ENABLED, 7, "CPU0"),
                new PlatformInterruptSourceEntry(-1, 16, 0x5, 1, 2, 3, 4, 5, 1),
                LocalX2ApicEntry.of(ApicId.of(0x1_0000), LocalApicFlags.ENABLED, 256),
                new LocalX2ApicNmiEntry(-1, 12, 0x5, 0xFFFF_FFFFL, 1, 0),
                new GicCpuInterfaceEntry(-1, 88, 0, 1, 2, 1, 0, 23, 0, 0x2C00_0000L, 0, 0, 25, 0, 0x100,
                        OptionalInt.of(1), OptionalInt.of(0), OptionalInt.of(0), OptionalInt.of(0x500B),
                        OptionalInt.of(7), OptionalLong.of(9)),
                new GicDistributorEntry(-1, 24, 0, 0, 0x2F00_0000L, 0, 3, 0),
                new GicMsiFrameEntry(-1, 24, 0, 0, 0x1000, 1, 32, 512),
                new GicRedistributorEntry(-1, 16, 1, 0, 0x2F10_0000L, 0x10_0000),
                new GicInterruptTranslationServiceEntry(-1, 20, 0, 0, 1, 0x2F02_0000L, 0),
                MultiprocessorWakeupEntry.ofVersion1(0x7F000, 0x7E000),
                new CorePicEntry(-1, 15, 1, 0, 0, 1),
                new LioPicEntry(-1, 23, 1, 0x1FE0_1400L, 0x80, 0x0302, 0x00FF_00FFL),
                new HtPicEntry(-1, 21, 1, 0xFE_0000_0000L, 0x1000, 0x0706_0504_0302_0100L),
                new EioPicEntry(-1, 13, 1, 3, 0, 0xFFFF),
                new MsiPicEntry(-1, 19, 1, 0x2FF0_0000L, 64, 192),
                new BioPicEntry(-1, 17, 1, 0x1000_0000L, 0x1000, 0, 64),
                new LpcPicEntry(-1, 14, 1, 0x1000_2000L, 0x1000, 19),
                new RintcEntry(-1, 36, 1, 0, 1, 0, 0, 0, 0x2800_0000L, 0x1000),
                new ImsicEntry(-1, 16, 1, 0, 0, 255, 255, 0, 1, 0, 24),
                new AplicEntry(-1, 36, 1, 0, 0, 0, 4, 96, 0, 0xC00_0000L, 0x8000),
                new PlicEntry(-1, 36, 1, 0, 0, 96, 7, 0, 0x40_0000, 0xC00_0000L, 0),
                new GicV5IrsEntry(-1, 32, 5, 0, 0, 1, 0, 0x3000_0000L, 0x3001_0000L),
                new GicV5ItsConfigFrameEntry(-1, 16, 0, 0, 0, 0x3100_0000L),
                new GicV5ItsTranslateFrameEntry(-1, 24, 0, 0, 0, 0, 0x3110_0000L),
                UnknownEntry.of(0x7F, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
                UnknownEntry.of(0xFF, new byte[] {9, 0, 0, 0x20}));
    }

    @Nested
    class Layout {

        @Test
        void theDigestSampleIsReproducedByteForByte() {
            assertArrayEquals(SampleTables.DIGEST_SAMPLE, SampleTables.digestSampleBuilt());
        }

        @Test
        void lengthCountsHeaderFixedFieldsAndEveryStructure() {
            byte[] table = new MadtBuilder().add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED)).build();
            assertEquals(44 + 8, table.length);
            assertEquals(52, Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT).header().length());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 255})
        void anyRevisionIsWrittenAndTheChecksumHolds(int revision) {
            byte[] table = SampleTables.digestSampleBuilder().revision(revision).build();
            assertEquals(revision, Byte.toUnsignedInt(table[8]));
            assertTrue(Checksum.isValid(MemorySegment.ofArray(table), 0, table.length));
        }

        @Test
        void structuresLongerThanTheirTypeKeepTheirLength() {
            LocalApicEntry padded = new LocalApicEntry(-1, 12, new AcpiProcessorUid(0), ApicId.of(0), LocalApicFlags.ENABLED);
            Madt madt = Madt.parse(MemorySegment.ofArray(new MadtBuilder().add(padded).build()), Strictness.STRICT);
            assertEquals(12, madt.entries(LocalApicEntry.class).getFirst().length());
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void everyStructureTypeReadsBackAsTheRecordThatWroteIt() {
            Madt madt = Madt.parse(MemorySegment.ofArray(builderWith(everyType()).build()), Strictness.STRICT);
            List<MadtEntry> read = new ArrayList<>();
            madt.entries().forEach(read::add);
            assertEquals(everyType().size(), read.size());
            for (int i = 0; i < read.size(); i++) {
                assertArrayEquals(everyType().get(i).encode(), read.get(i).encode(), "structure " + i);
                assertEquals(everyType().get(i).getClass(), read.get(i).getClass(), "structure " + i);
            }
        }

        @Test
        void offsetsAreWhereTheStructuresStart() {
            Madt madt = Madt.parse(MemorySegment.ofArray(SampleTables.DIGEST_SAMPLE), Strictness.STRICT);
            List<Integer> offsets = new ArrayList<>();
            madt.entries().forEach(entry -> offsets.add(entry.offset()));
            assertEquals(List.of(0x2C, 0x34, 0x3C, 0x44, 0x54, 0x60), offsets);
        }
    }

    @Nested
    class Scale {

        @Test
        void tablesWithTensOfThousandsOfStructuresAreBuilt() {
            MadtBuilder builder = new MadtBuilder();
            for (int id = 0; id < 65_536; id++) {
                builder.add(LocalX2ApicEntry.of(ApicId.of(id), LocalApicFlags.ENABLED, id));
            }
            byte[] table = builder.build();
            assertEquals(44 + 65_536 * 16, table.length);
            Madt madt = Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT);
            assertEquals(65_536, ProcessorCounts.of(madt).bootable());
        }
    }

    @Nested
    class Validation {

        @Test
        void aStructureLongerThanAByteCanCountIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> UnknownEntry.of(0x80, new byte[254]));
        }

        @Test
        void aLocalApicEntryRejectsAnIdThatNeedsX2Apic() {
            assertThrows(IllegalArgumentException.class,
                    () -> LocalApicEntry.of(0, ApicId.of(0x100), LocalApicFlags.ENABLED));
        }

        @Test
        void aLocalApicAddressWiderThan32BitsIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new MadtBuilder().localApicAddress(1L << 32));
        }
    }

    static MadtBuilder builderWith(List<MadtEntry> entries) {
        MadtBuilder builder = new MadtBuilder().revision(7);
        entries.forEach(builder::add);
        return builder;
    }
}
