package org.smpboot.kernel.api.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.hw.PhysicalAddress;

class FirmwareValuesTests {

    private static MemoryRegion region(long base, long length, MemoryType type) {
        return new MemoryRegion(PhysicalAddress.of(base), length, type);
    }

    @Nested
    class MemoryRegions {

        @Test
        void aRegionContainsOnlyAccessesEntirelyInside() {
            MemoryRegion low = region(0, 0xA0000, MemoryType.USABLE);
            assertTrue(low.contains(0x8000, 0x1000));
            assertTrue(low.contains(0x9F000, 0x1000));
            assertFalse(low.contains(0x9F000, 0x1001));
            assertFalse(low.contains(Long.MAX_VALUE, 1));
        }

        @Test
        void overlapNeedsOneSharedByte() {
            MemoryRegion page = region(0x7F000, 0x1000, MemoryType.ACPI_NVS);
            assertTrue(page.overlaps(0x7FFFF, 1));
            assertFalse(page.overlaps(0x80000, 0x1000));
            assertFalse(page.overlaps(0x7F000, 0));
        }

        @Test
        void lengthsArePositiveAndNeverOverflow() {
            assertThrows(IllegalArgumentException.class, () -> region(0, 0, MemoryType.USABLE));
            assertThrows(IllegalArgumentException.class, () -> region(Long.MAX_VALUE, 2, MemoryType.USABLE));
        }

        @Test
        void e820TypesAreTheAcpiAddressRangeTypes() {
            assertEquals(1, MemoryType.USABLE.e820Type());
            assertEquals(3, MemoryType.ACPI_RECLAIMABLE.e820Type());
            assertEquals(4, MemoryType.ACPI_NVS.e820Type());
        }
    }

    @Nested
    class Handoff {

        @Test
        void theMemoryMapIsSortedAndDisjoint() {
            assertThrows(IllegalArgumentException.class, () -> new FirmwareHandoff(List.of(
                    region(0x100000, 0x1000, MemoryType.USABLE), region(0, 0x1000, MemoryType.USABLE)),
                    Optional.empty()));
            assertThrows(IllegalArgumentException.class, () -> new FirmwareHandoff(List.of(
                    region(0, 0x2000, MemoryType.USABLE), region(0x1000, 0x1000, MemoryType.RESERVED)),
                    Optional.empty()));
        }

        @Test
        void theRegionOfAnAccessIsFound() {
            FirmwareHandoff handoff = new FirmwareHandoff(List.of(region(0, 0xA0000, MemoryType.USABLE),
                    region(0x100000, 0x100000, MemoryType.USABLE)), Optional.empty());
            assertEquals(MemoryType.USABLE, handoff.regionContaining(0x8000, 0x1000).orElseThrow().type());
            assertEquals(Optional.empty(), handoff.regionContaining(0xA0000, 4));
        }
    }

    @Nested
    class WakeupMailbox {

        @Test
        void theMailboxLayoutFollowsAcpi66() {
            assertEquals(0, MultiprocessorWakeupMailbox.COMMAND_OFFSET);
            assertEquals(4, MultiprocessorWakeupMailbox.APIC_ID_OFFSET);
            assertEquals(8, MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET);
            assertEquals(2048, MultiprocessorWakeupMailbox.FIRMWARE_SECTION_OFFSET);
            assertEquals(4096, MultiprocessorWakeupMailbox.SIZE);
        }

        @Test
        void alignmentIsReportedNotEnforced() {
            MultiprocessorWakeupMailbox lying = new MultiprocessorWakeupMailbox(PhysicalAddress.of(0x7F010), 0,
                    Optional.empty());
            assertFalse(lying.isAligned());
        }

        @Test
        void commandsAreNoopWakeupAndTest() {
            assertEquals(Optional.of(MailboxCommand.TEST), MailboxCommand.fromEncoding(2));
            assertEquals(Optional.empty(), MailboxCommand.fromEncoding(3));
            assertEquals(1, MailboxCommand.WAKEUP.encoding());
        }
    }
}
