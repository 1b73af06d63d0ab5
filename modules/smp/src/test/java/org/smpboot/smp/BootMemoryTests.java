package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.boot.ApBootImageLayout;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.smp.boot.ApBootImage;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.memory.BootPageTable;
import org.smpboot.smp.memory.FrameAllocator;
import org.smpboot.smp.memory.OutOfBootMemoryException;
import org.smpboot.smp.platform.PlatformChoice;

class BootMemoryTests {

    private static MemoryRegion region(long base, long length, MemoryType type) {
        return new MemoryRegion(PhysicalAddress.of(base), length, type);
    }

    @Nested
    class Frames {

        @Test
        void allocationsArePageAlignedAboveTheFloorInUsableRamOnly() {
            FrameAllocator allocator = new FrameAllocator(List.of(region(0, 0xA0000, MemoryType.USABLE),
                    region(0x100000, 0x1000, MemoryType.ACPI_NVS), region(0x101000, 0x10000, MemoryType.USABLE)),
                    0x100000);
            assertEquals(PhysicalAddress.of(0x101000), allocator.allocate(10, "a"));
            assertEquals(PhysicalAddress.of(0x102000), allocator.allocate(4097, "b"));
            assertEquals(PhysicalAddress.of(0x104000), allocator.allocate(1, "c"));
        }

        @Test
        void runningOutSaysWhatWasNeeded() {
            FrameAllocator allocator = new FrameAllocator(List.of(region(0x100000, 0x2000, MemoryType.USABLE)), 0);
            OutOfBootMemoryException error = assertThrows(OutOfBootMemoryException.class,
                    () -> allocator.allocate(0x3000, "AP boot stacks"));
            assertEquals("No usable memory for AP boot stacks: 12288 bytes needed, largest free range 8192 bytes",
                    error.getMessage());
        }

        @Test
        void unalignedRegionsAreTrimmedToWholePages() {
            FrameAllocator allocator = new FrameAllocator(List.of(region(0x100010, 0x1FF0, MemoryType.USABLE)), 0);
            assertEquals(PhysicalAddress.of(0x101000), allocator.allocate(1, "x"));
            assertThrows(OutOfBootMemoryException.class, () -> allocator.allocate(1, "y"));
        }
    }

    @Nested
    class PageTable {

        @Test
        void theBootPageTableIdentityMapsFourGibibytesWithGigabytePages() {
            Machine machine = Machine.build(MachineDescription.builder().cpus(1).build());
            PhysicalMemory memory = machine.memory();
            PhysicalAddress root = BootPageTable.build(new FrameAllocator(machine.firmwareHandoff().memoryMap(), 0x100000),
                    memory);
            long pml4e = memory.readLong(root.value());
            assertEquals(0b11, pml4e & 0xFFF, "present and writable");
            long pdpt = pml4e & ~0xFFFL;
            for (int gigabyte = 0; gigabyte < 4; gigabyte++) {
                assertEquals(((long) gigabyte << 30) | 0x83, memory.readLong(pdpt + 8L * gigabyte));
            }
            assertEquals(0, memory.readLong(pdpt + 8L * 4));
        }
    }

    @Nested
    class Image {

        @Test
        void theImageCarriesBothSignaturesAndTheKernelEntry() {
            ByteBuffer image = ByteBuffer.wrap(ApBootImage.bytes(0xFFFF_FFFF_8000_1230L)).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(ApBootImageLayout.REAL_MODE_SIGNATURE, image.getLong(0));
            assertEquals(ApBootImageLayout.LONG_MODE_SIGNATURE, image.getLong(0x40));
            assertEquals(0x40, image.getInt(0x48), "back-offset from the long-mode entry to the header");
            assertEquals(0xFFFF_FFFF_8000_1230L, image.getLong(ApBootImageLayout.KERNEL_ENTRY_OFFSET));
            assertEquals(0, image.getLong(ApBootImageLayout.BOOT_INFO_POINTER_OFFSET), "slots start empty");
            assertEquals(4096, image.getInt(ApBootImageLayout.IMAGE_SIZE_OFFSET));
        }

        @Test
        void installingFillsTheThreeSlots() {
            Machine machine = Machine.build(MachineDescription.builder().cpus(1).build());
            PhysicalMemory memory = machine.memory();
            ApBootImage.install(memory, PhysicalAddress.of(0x8000), 0x1234, PhysicalAddress.of(0x200000),
                    PhysicalAddress.of(0x100000), PhysicalAddress.of(0x300000));
            assertEquals(0x200000, memory.readLong(0x8000 + ApBootImageLayout.BOOT_INFO_POINTER_OFFSET));
            assertEquals(0x100000, memory.readInt(0x8000 + ApBootImageLayout.PAGE_TABLE_POINTER_OFFSET));
            assertEquals(0x300000, memory.readLong(0x8000 + ApBootImageLayout.KERNEL_DATA_OFFSET));
        }

        @Test
        void aPageTableRootAbove4GibibytesDoesNotFitItsSlot() {
            Machine machine = Machine.build(MachineDescription.builder().cpus(1).build());
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ApBootImage.install(
                    machine.memory(), PhysicalAddress.of(0x8000), 1, PhysicalAddress.of(0x200000),
                    PhysicalAddress.of(0x1_0000_0000L), PhysicalAddress.of(0x300000)));
            assertTrue(error.getMessage().contains("32-bit slot"), error.getMessage());
        }

        @Test
        void theImageMustSitOnAStartUpPageBelowOneMebibyte() {
            assertThrows(IllegalArgumentException.class, () -> new BringUpSettings(PhysicalAddress.of(0x8800), 16384,
                    4096, BringUpSettings.DEFAULTS.arrivalTimeout(), BringUpSettings.DEFAULTS.arrivingGrace()));
            assertThrows(IllegalArgumentException.class, () -> new BringUpSettings(PhysicalAddress.of(0xFF000 + 0x1000),
                    16384, 4096, BringUpSettings.DEFAULTS.arrivalTimeout(), BringUpSettings.DEFAULTS.arrivingGrace()));
        }
    }

    @Test
    void platformChoicesAreNormalised() {
        assertTrue(new PlatformChoice(" AUTO ").isAuto());
        assertEquals("tdx", new PlatformChoice("TDX").id());
        assertThrows(IllegalArgumentException.class, () -> new PlatformChoice(" "));
    }
}
