package org.smpboot.fuzz.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.table.Checksum;

/** The discovery target's input format, and the checksum repair it may ask for. */
class LayoutInputTests {

    private static final Map<Region, Long> BASES = new EnumMap<>(Map.of(Region.LOW, 0L, Region.BIOS, 0xE_0000L,
            Region.SPARSE_RAM, 0x10_0000L, Region.ACPI_TABLES, 0xBFFF_0000L, Region.PCI_HOLE, 0xC000_0000L,
            Region.ABOVE_4G, 0x1_0000_0000L));

    @Nested
    class Format {

        @Test
        void theFlagsByteSaysHowToFindTheRsdpAndWhetherToRepair() {
            assertTrue(LayoutInput.parse(new byte[] {1}, BASES).scan());
            assertTrue(LayoutInput.parse(new byte[] {2}, BASES).repairChecksums());
            assertFalse(LayoutInput.parse(new byte[] {0}, BASES).scan());
        }

        @Test
        void flagBits3And4HideLowMemoryAndViews() {
            LayoutInput restricted = LayoutInput.parse(new byte[] {LayoutInput.WITHOUT_LOW_MEMORY | LayoutInput.COPY_ONLY}, BASES);
            assertTrue(restricted.withoutLowMemory() && restricted.copyOnly());
            LayoutInput plain = LayoutInput.parse(new byte[] {LayoutInput.SCAN | LayoutInput.REPAIR_CHECKSUMS}, BASES);
            assertFalse(plain.withoutLowMemory() || plain.copyOnly());
        }

        @Test
        void aBlobIsPlacedAtItsRegionsBasePlusItsOffset() {
            byte[] input = {0, 1, 0x10, 0, 0, 0, 2, 0, 7, 8};
            assertEquals(List.of(0xE_0010L), LayoutInput.parse(input, BASES).blobs().stream().map(Blob::address).toList());
            assertArrayEquals(new byte[] {7, 8}, LayoutInput.parse(input, BASES).blobs().getFirst().bytes());
        }

        @Test
        void aRegionCodeWrapsAroundTheRegions() {
            byte[] input = {0, (byte) (Region.values().length + 2), 0, 0, 0, 0, 1, 0, 9};
            assertEquals(BASES.get(Region.values()[2]), LayoutInput.parse(input, BASES).blobs().getFirst().address());
        }

        @Test
        void aBlobCutByTheEndOfTheInputKeepsTheBytesThereAre() {
            byte[] input = {0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 1, 2, 3};
            assertArrayEquals(new byte[] {1, 2, 3}, LayoutInput.parse(input, BASES).blobs().getFirst().bytes());
        }

        @Test
        void aHeaderCutByTheEndOfTheInputIsNoBlob() {
            assertEquals(List.of(), LayoutInput.parse(new byte[] {0, 0, 0, 0}, BASES).blobs());
        }
    }

    @Nested
    class Repair {

        @Test
        void anRsdpGetsBothChecksums() {
            byte[] rsdp = new byte[36];
            System.arraycopy("RSD PTR ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, rsdp, 0, 8);
            rsdp[15] = 2;
            rsdp[20] = 36;
            rsdp[30] = 0x55;
            ChecksumRepair.repair(rsdp);
            assertTrue(Checksum.isValid(java.lang.foreign.MemorySegment.ofArray(rsdp), 0, 20));
            assertTrue(Checksum.isValid(java.lang.foreign.MemorySegment.ofArray(rsdp), 0, 36));
        }

        @Test
        void aTableGetsItsChecksumOverItsLength() {
            byte[] table = new byte[48];
            System.arraycopy("APIC".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, table, 0, 4);
            table[4] = 44;
            table[40] = 0x33;
            table[46] = 0x77;
            ChecksumRepair.repair(table);
            assertTrue(Checksum.isValid(java.lang.foreign.MemorySegment.ofArray(table), 0, 44));
        }

        @Test
        void bytesThatAreNeitherAreLeftAlone() {
            byte[] bytes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                28, 29, 30, 31, 32, 33, 34, 35, 36};
            byte[] before = bytes.clone();
            ChecksumRepair.repair(bytes);
            assertArrayEquals(before, bytes);
        }
    }
}
