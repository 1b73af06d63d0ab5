package org.smpboot.machine;

import static org.smpboot.kernel.api.boot.ApBootImageLayout.BOOT_INFO_POINTER_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.FORMAT_VERSION;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.HEADER_SIZE;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.HEADER_SIZE_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.IMAGE_SIZE_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.KERNEL_ENTRY_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_BACK_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_ENTRY_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_OFFSET_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_SIGNATURE;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.PAGE_TABLE_POINTER_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.REAL_MODE_SIGNATURE;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.VERSION_OFFSET;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * Test kernels' AP boot images: the bytes of the kernel API's boot image format, as the BSP copies
 * them to low memory, with the slots filled or deliberately not.
 */
final class BootImageFixture {

    /** Where test kernels copy the image: the conventional trampoline page. */
    static final long IMAGE_ADDRESS = 0x8000;
    /** A 4 KiB-aligned page of RAM for the boot page table. */
    static final long PAGE_TABLE = 0x20_0000;
    /** Where test kernels keep their boot-info array. */
    static final long BOOT_INFO = 0x30_0000;
    /** Where test kernels keep the AP arrival counter. */
    static final long COUNTER = 0x40_0000;

    private BootImageFixture() {
    }

    /** {@return image bytes with the given slot values} */
    static byte[] image(long kernelEntry, long bootInfo, int pageTable) {
        ByteBuffer bytes = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(0, REAL_MODE_SIGNATURE);
        bytes.putShort(VERSION_OFFSET, (short) FORMAT_VERSION);
        bytes.putShort(HEADER_SIZE_OFFSET, (short) HEADER_SIZE);
        bytes.putInt(IMAGE_SIZE_OFFSET, HEADER_SIZE);
        bytes.putInt(LONG_MODE_OFFSET_OFFSET, LONG_MODE_ENTRY_OFFSET);
        bytes.putLong(KERNEL_ENTRY_OFFSET, kernelEntry);
        bytes.putLong(BOOT_INFO_POINTER_OFFSET, bootInfo);
        bytes.putInt(PAGE_TABLE_POINTER_OFFSET, pageTable);
        bytes.putLong(LONG_MODE_ENTRY_OFFSET, LONG_MODE_SIGNATURE);
        bytes.putInt(LONG_MODE_ENTRY_OFFSET + LONG_MODE_BACK_OFFSET, LONG_MODE_ENTRY_OFFSET);
        return bytes.array();
    }

    /** Copies a complete image for {@code entry} to {@link #IMAGE_ADDRESS}, through the port (as the BSP does). */
    static void install(HardwarePort hw, ApEntryPoint entry) {
        hw.memory().write(IMAGE_ADDRESS, image(hw.addressOf(entry), BOOT_INFO, (int) PAGE_TABLE));
    }

    /** An AP entry that counts its arrival at {@link #COUNTER}. */
    static ApEntryPoint countingEntry() {
        return hw -> hw.memory().getAndAddInt(COUNTER, 1);
    }
}
