package org.smpboot.fuzz.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.hw.PhysicalMemoryFault;

/** The restricted views of the discovery target's memory hide what their flags say, and nothing else. */
class RestrictedMemoryTests {

    private static final long BIOS_AREA = 0xE_0000L;
    private static final long RAM = 0x20_0000L;

    private static PhysicalMemory restricted(int flags) {
        Firmware firmware = Firmware.current();
        return RestrictedMemory.of(firmware.memory(), LayoutInput.parse(new byte[] {(byte) flags}, firmware.bases()));
    }

    @Test
    void withoutRestrictionsDiscoveryReadsTheMachinesOwnMemory() {
        Firmware firmware = Firmware.current();
        assertSame(firmware.memory(), RestrictedMemory.of(firmware.memory(), LayoutInput.parse(new byte[] {0}, firmware.bases())));
    }

    @Nested
    class WithoutLowMemory {

        private final PhysicalMemory memory = restricted(LayoutInput.WITHOUT_LOW_MEMORY);

        @Test
        void nothingBelowOneMebibyteIsBacked() {
            assertFalse(memory.isBacked(0x40E, 2));
            assertFalse(memory.isBacked(BIOS_AREA, 0x2_0000));
            assertFalse(memory.isBacked(RestrictedMemory.LOW_MEMORY_END - 1, 2), "a range that starts below 1 MiB");
        }

        @Test
        void readingBelowOneMebibyteFaultsAsUnbackedMemoryDoes() {
            assertThrows(PhysicalMemoryFault.class, () -> memory.readShort(0x40E));
            assertThrows(PhysicalMemoryFault.class, () -> memory.read(BIOS_AREA, 16));
            assertThrows(PhysicalMemoryFault.class, () -> memory.view(BIOS_AREA, 16));
        }

        @Test
        void memoryFromOneMebibyteOnIsTheMachines() {
            assertTrue(memory.isBacked(RestrictedMemory.LOW_MEMORY_END, 16));
            memory.writeInt(RAM, 0x1234_5678);
            assertEquals(0x1234_5678, memory.readInt(RAM));
            assertEquals(0x1234_5678, Firmware.current().memory().readInt(RAM));
        }
    }

    @Nested
    class CopyOnly {

        private final PhysicalMemory memory = restricted(LayoutInput.COPY_ONLY);

        @Test
        void everyViewIsRefused() {
            assertTrue(memory.isBacked(BIOS_AREA, 16));
            assertThrows(PhysicalMemoryFault.class, () -> memory.view(BIOS_AREA, 16));
            assertThrows(PhysicalMemoryFault.class, () -> memory.view(RAM, 1));
        }

        @Test
        void copiesAreTheMachinesBytes() {
            PhysicalMemory machine = Firmware.current().memory();
            assertArrayEquals(machine.read(BIOS_AREA, 64), memory.read(BIOS_AREA, 64));
        }
    }

    @Test
    void bothRestrictionsTogether() {
        PhysicalMemory memory = restricted(LayoutInput.WITHOUT_LOW_MEMORY | LayoutInput.COPY_ONLY);
        assertFalse(memory.isBacked(BIOS_AREA, 1));
        assertThrows(PhysicalMemoryFault.class, () -> memory.view(RAM, 1));
    }
}
