package org.smpboot.fuzz.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.build.AcpiImage;
import org.smpboot.acpi.build.AcpiImageBuilder;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.acpi.rsdp.RsdpReader;

/**
 * What the records target's fuzzing taught about its own oracle: the inputs named
 * {@code oracle-*} under its inputs directory, replayed by {@code RecordsFuzzTests}, and the
 * library behaviour each stands for, which is as documented; the oracle was wrong.
 */
class RecordsTargetTests {

    @Nested
    class OracleFindings {

        /** {@code oracle-image-root-table-at-address-0}: a zero root-table address is not "no root table" in a built image. */
        @Test
        void anImageWithItsTablesAtZeroHasItsRsdtAtZero() {
            AcpiImage image = new AcpiImageBuilder().rsdpRevision(0).tablesAddress(0).table(new MadtBuilder().build()).build();
            Rsdp rsdp = RsdpReader.read(MemorySegment.ofArray(blob(image, image.rsdpAddress().value())),
                    new Problems(Strictness.STRICT));
            assertEquals(0, rsdp.rsdtAddress());
            assertEquals("RSDT", new String(blob(image, 0), 0, 4, StandardCharsets.ISO_8859_1));
        }

        /** {@code oracle-image-rsdt-above-4-gib}: an RSDT holds 32-bit addresses, so the builder refuses to place one higher. */
        @Test
        void anRsdtAbove4GibIsRefused() {
            AcpiImageBuilder builder = new AcpiImageBuilder().rsdpRevision(2).rsdt(true).tablesAddress(0x1_4000_0000L)
                    .table(new MadtBuilder().build());
            assertThrows(IllegalArgumentException.class, builder::build);
            assertEquals(3, new AcpiImageBuilder().rsdpRevision(2).rsdt(false).tablesAddress(0x1_4000_0000L)
                    .table(new MadtBuilder().build()).build().blobs().size(), "an XSDT-only image: RSDP, XSDT, MADT");
        }
    }

    private static byte[] blob(AcpiImage image, long address) {
        return image.blobs().stream().filter(b -> b.address().value() == address).findFirst().orElseThrow().bytes();
    }
}
