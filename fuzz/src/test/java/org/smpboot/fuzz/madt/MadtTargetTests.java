package org.smpboot.fuzz.madt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.fuzz.seeds.SeedFiles;

/** The MADT target's own rules, and the two findings that were mistakes of its oracle. */
class MadtTargetTests {

    private static byte[] input(String name) throws IOException {
        return Files.readAllBytes(SeedFiles.MADT.directory().resolve(name));
    }

    @Nested
    class OracleFindings {

        /**
         * The first finding: a table whose signature is wrong and whose Length runs past the
         * buffer. A lenient read records the Length and stops at the signature; a strict read stops
         * at the Length, one error earlier. The oracle first required the same error of both; a
         * strict read may stop at any error found before the one no read survives.
         */
        @Test
        void aStrictReadMayStopAtAnErrorBeforeTheOneNoReadSurvives() throws IOException {
            byte[] table = input("oracle-strict-stops-at-length-before-signature.bin");
            assertThrows(TableLengthException.class, () -> Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT));
            assertDoesNotThrow(() -> ParseAgreement.check(MemorySegment.ofArray(table)));
        }

        /**
         * The second: a valid table followed by bytes its Length does not count. The oracle
         * compared the rebuilt table with the whole buffer; the table is its Length bytes.
         */
        @Test
        void bytesAfterLengthAreNotTheTables() throws IOException {
            byte[] buffer = input("oracle-bytes-after-length-are-not-the-table.bin");
            assertDoesNotThrow(() -> MadtTarget.fuzzerTestOneInput(buffer));
        }
    }

    @Nested
    class Repair {

        @Test
        void theRepairedReadingHasTheSignatureTheLengthAndTheChecksumOfAValidTable() throws IOException {
            byte[] table = input("corpus-firecracker.APIC.bin");
            byte[] broken = table.clone();
            broken[0] = 'X';
            broken[4] = 0x7F;
            broken[9] ^= 0x10;
            assertArrayEquals(table, MadtTarget.repaired(broken));
        }
    }
}
