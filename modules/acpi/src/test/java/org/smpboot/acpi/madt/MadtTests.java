package org.smpboot.acpi.madt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.SampleTables;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.madt.entry.TruncatedEntry;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.problem.ChecksumException;
import org.smpboot.acpi.problem.EntryException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.kernel.api.apic.ApicId;

class MadtTests {

    static Madt lenient(byte[] table) {
        return Madt.parse(MemorySegment.ofArray(table), Strictness.LENIENT);
    }

    static Madt strict(byte[] table) {
        return Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT);
    }

    static List<MadtEntry> entries(Madt madt) {
        List<MadtEntry> list = new ArrayList<>();
        madt.entries().forEach(list::add);
        return list;
    }

    @Nested
    class FixedFields {

        @Test
        void localApicAddressAndFlagsAreRead() {
            Madt madt = strict(SampleTables.DIGEST_SAMPLE);
            assertEquals(0xFEE0_0000L, madt.localApicAddress());
            assertTrue(madt.pcAtCompatible());
            assertEquals(5, madt.revision());
        }

        @Test
        void aTableOfAnotherSignatureIsRejected() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[0] = 'F';
            assertThrows(SignatureException.class, () -> lenient(table));
        }

        @Test
        void aBufferShorterThanTheHeaderIsRejectedInBothModes() {
            byte[] table = Arrays.copyOf(SampleTables.DIGEST_SAMPLE, 35);
            TableLengthException e = assertThrows(TableLengthException.class, () -> lenient(table));
            assertEquals(FormatRule.TABLE_SHORTER_THAN_HEADER, e.rule());
        }

        @Test
        void aTableShorterThanItsFixedFieldsIsAnError() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[4] = 40;
            SdtBuilder.fixChecksum(table);
            assertThrows(TableLengthException.class, () -> strict(Arrays.copyOf(table, 40)));
            Madt madt = lenient(Arrays.copyOf(table, 40));
            assertEquals(FormatRule.MADT_SHORTER_THAN_FIXED_FIELDS, madt.problems().getFirst().rule());
            assertEquals(0, entries(madt).size());
        }
    }

    @Nested
    class Checksums {

        @Test
        void aBadChecksumIsAnErrorThatAStrictParseThrows() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[9]++;
            ChecksumException e = assertThrows(ChecksumException.class, () -> strict(table));
            assertEquals(9, e.offset());
        }

        @Test
        void aLenientParseRecordsABadChecksumAndDecodesEverything() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[9]++;
            Madt madt = lenient(table);
            assertFalse(madt.checksumValid());
            assertEquals(FormatRule.TABLE_CHECKSUM, madt.problems().getFirst().rule());
            assertEquals(6, entries(madt).size());
        }
    }

    @Nested
    class Lengths {

        @Test
        void aLengthBeyondTheBufferIsAnError() {
            byte[] cut = Arrays.copyOf(SampleTables.DIGEST_SAMPLE, 100);
            assertThrows(TableLengthException.class, () -> strict(cut));
            Madt madt = lenient(cut);
            assertEquals(FormatRule.LENGTH_BEYOND_BUFFER, madt.problems().getFirst().rule());
            assertEquals(100, madt.bytes().byteSize());
        }

        @Test
        void bytesAfterTheTableLengthAreNotPartOfIt() {
            byte[] padded = Arrays.copyOf(SampleTables.DIGEST_SAMPLE, 200);
            Madt madt = strict(padded);
            assertEquals(112, madt.bytes().byteSize());
            assertEquals(6, entries(madt).size());
        }
    }

    @Nested
    class Structures {

        @Test
        void zeroLengthEntryIsRejected() {
            EntryException e = assertThrows(EntryException.class, () -> strict(SampleTables.withFirstEntryLength(0)));
            assertEquals(FormatRule.ZERO_LENGTH_ENTRY, e.rule());
            assertEquals(0x2C, e.offset());
            assertEquals(0, e.length());
        }

        @Test
        void aLenientWalkStopsAtAZeroLengthEntry() {
            Madt madt = lenient(SampleTables.withFirstEntryLength(0));
            assertEquals(0, entries(madt).size());
            assertEquals(0x2C, madt.entriesEnd());
            assertEquals(List.of(FormatRule.ZERO_LENGTH_ENTRY), madt.problems().stream().map(Problem::rule).toList());
        }

        @Test
        void lengthOneEntryIsRejected() {
            EntryException e = assertThrows(EntryException.class, () -> strict(SampleTables.withFirstEntryLength(1)));
            assertEquals(FormatRule.ENTRY_SHORTER_THAN_HEADER, e.rule());
        }

        @Test
        void entryShorterThanItsStructureIsAnErrorThatLenientModeSkipsByLength() {
            byte[] table = new MadtBuilder()
                    .addRaw(new byte[] {0x00, 0x06, 0x00, 0x00, 0x01, 0x00})
                    .add(LocalApicEntry.of(1, ApicId.of(1), LocalApicFlags.ENABLED))
                    .build();
            assertEquals(FormatRule.ENTRY_SHORTER_THAN_STRUCTURE,
                    assertThrows(EntryException.class, () -> strict(table)).rule());
            List<MadtEntry> read = entries(lenient(table));
            assertInstanceOf(TruncatedEntry.class, read.get(0));
            assertInstanceOf(LocalApicEntry.class, read.get(1));
        }

        @Test
        void entryOverrunningTheTableIsKeptTruncatedAndEndsTheWalk() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[4] = 0x6F;
            SdtBuilder.fixChecksum(table);
            byte[] cut = Arrays.copyOf(table, 0x6F);
            assertEquals(FormatRule.ENTRY_OVERRUNS_TABLE, assertThrows(EntryException.class, () -> strict(cut)).rule());
            List<MadtEntry> read = entries(lenient(cut));
            TruncatedEntry last = assertInstanceOf(TruncatedEntry.class, read.getLast());
            assertEquals(0x60, last.offset());
            assertEquals(15, last.available().length);
        }

        @Test
        void aSingleTrailingByteIsATruncatedHeader() {
            byte[] table = new MadtBuilder().addRaw(new byte[] {0x00}).build();
            assertEquals(FormatRule.ENTRY_HEADER_TRUNCATED,
                    assertThrows(EntryException.class, () -> strict(table)).rule());
            assertEquals(0, entries(lenient(table)).size());
        }

        @Test
        void reservedAndOemTypesAreKeptAndSkippedByLength() {
            byte[] table = new MadtBuilder()
                    .add(UnknownEntry.of(0x7F, new byte[10]))
                    .add(UnknownEntry.of(0xFF, new byte[10]))
                    .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                    .build();
            List<MadtEntry> read = entries(strict(table));
            assertEquals(0x7F, assertInstanceOf(UnknownEntry.class, read.get(0)).type());
            assertTrue(assertInstanceOf(UnknownEntry.class, read.get(1)).isOem());
            assertInstanceOf(LocalApicEntry.class, read.get(2));
        }

        @Test
        void aDirectByteBufferIsReadInPlace() {
            java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(SampleTables.DIGEST_SAMPLE.length);
            direct.put(SampleTables.DIGEST_SAMPLE).flip();
            Madt madt = Madt.parse(direct, Strictness.STRICT);
            assertTrue(madt.bytes().isNative());
            assertEquals(6, entries(madt).size());
        }

        @Test
        void theWalkIsRepeatableAndLazy() {
            Madt madt = strict(SampleTables.DIGEST_SAMPLE);
            assertEquals(entries(madt), entries(madt));
        }
    }

    @Nested
    class Wakeup {

        @Test
        void theMailboxOfTheDigestSampleIsAt0x7F000() {
            MultiprocessorWakeupEntry wakeup = strict(SampleTables.DIGEST_SAMPLE).multiprocessorWakeup().orElseThrow();
            assertEquals(0x7F000, wakeup.toMailbox().orElseThrow().address().value());
            assertTrue(wakeup.resetVector().isEmpty());
        }

        @Test
        void version1WithTooShortALengthHasNoResetVector() {
            byte[] table = SampleTables.DIGEST_SAMPLE.clone();
            table[0x62] = 1;
            MultiprocessorWakeupEntry wakeup = strict(SdtBuilder.fixChecksum(table)).multiprocessorWakeup().orElseThrow();
            assertEquals(1, wakeup.mailboxVersion());
            assertTrue(wakeup.toMailbox().orElseThrow().resetVector().isEmpty());
        }

        @Test
        void version1CarriesTheResetVectorIntoTheKernelMailbox() {
            byte[] table = new MadtBuilder().add(MultiprocessorWakeupEntry.ofVersion1(0x7F000, 0x7E000)).build();
            var mailbox = strict(table).multiprocessorWakeup().orElseThrow().toMailbox().orElseThrow();
            assertEquals(0x7E000, mailbox.resetVector().orElseThrow().value());
        }

        @Test
        void aMailboxAddressWithBit63SetIsNoPhysicalAddress() {
            byte[] table = new MadtBuilder().add(MultiprocessorWakeupEntry.ofVersion0(0x8000_0000_0000_0000L)).build();
            assertTrue(strict(table).multiprocessorWakeup().orElseThrow().toMailbox().isEmpty());
        }
    }
}
