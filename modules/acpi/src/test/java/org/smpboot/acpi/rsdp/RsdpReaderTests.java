package org.smpboot.acpi.rsdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.build.RsdpBuilder;
import org.smpboot.acpi.problem.ChecksumException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;

class RsdpReaderTests {

    static Rsdp read(byte[] rsdp, Strictness strictness) {
        return RsdpReader.read(MemorySegment.ofArray(rsdp), new Problems(strictness));
    }

    @Nested
    class Revision0 {

        @Test
        void isTwentyBytesWithAnRsdtAndNoXsdt() {
            byte[] bytes = RsdpBuilder.version1("BOCHS", 0x7FE_0000L);
            assertEquals(20, bytes.length);
            Rsdp rsdp = read(bytes, Strictness.STRICT);
            assertEquals(0x7FE_0000L, rsdp.rsdtAddress());
            assertFalse(rsdp.usesXsdt());
            assertEquals("BOCHS ", rsdp.oemId());
        }

        @Test
        void aBadChecksumOverTheFirst20BytesIsAnError() {
            byte[] bytes = RsdpBuilder.version1("BOCHS", 0x1000);
            bytes[8]++;
            assertEquals(FormatRule.RSDP_CHECKSUM,
                    assertThrows(ChecksumException.class, () -> read(bytes, Strictness.STRICT)).rule());
            assertFalse(read(bytes, Strictness.LENIENT).checksumValid());
        }
    }

    @Nested
    class Revision2 {

        @Test
        void isThirtySixBytesAndPrefersTheXsdt() {
            byte[] bytes = RsdpBuilder.version2("SMPBT", 0x1000, 0x2000);
            assertEquals(36, bytes.length);
            Rsdp rsdp = read(bytes, Strictness.STRICT);
            assertTrue(rsdp.usesXsdt());
            assertEquals(0x2000, rsdp.xsdtAddress());
            assertEquals(36, rsdp.length());
        }

        @Test
        void aBadExtendedChecksumIsAnError() {
            byte[] bytes = RsdpBuilder.version2("SMPBT", 0x1000, 0x2000);
            bytes[33] = 1;
            assertEquals(FormatRule.RSDP_EXTENDED_CHECKSUM,
                    assertThrows(ChecksumException.class, () -> read(bytes, Strictness.STRICT)).rule());
        }

        @Test
        void aZeroXsdtAddressFallsBackToTheRsdt() {
            assertFalse(read(RsdpBuilder.version2("SMPBT", 0x1000, 0), Strictness.STRICT).usesXsdt());
        }

        @Test
        void aRevision2RsdpCutTo20BytesIsRejected() {
            byte[] bytes = Arrays.copyOf(RsdpBuilder.version2("SMPBT", 0x1000, 0x2000), 20);
            assertThrows(TableLengthException.class, () -> read(bytes, Strictness.LENIENT));
        }
    }

    @Nested
    class Signature {

        @Test
        void withoutRsdPtrTheBytesAreNoRsdp() {
            byte[] bytes = RsdpBuilder.version1("BOCHS", 0x1000);
            bytes[7] = 'X';
            assertThrows(SignatureException.class, () -> read(bytes, Strictness.LENIENT));
        }

        @Test
        void revision1IsReadAsAcpi10AndReported() {
            byte[] bytes = RsdpBuilder.build(1, "BOCHS", 0x1000, 0);
            Problems problems = new Problems(Strictness.STRICT);
            Rsdp rsdp = RsdpReader.read(MemorySegment.ofArray(bytes), problems);
            assertFalse(rsdp.usesXsdt());
            assertEquals(FormatRule.RSDP_REVISION, problems.list().getFirst().rule());
        }
    }
}
