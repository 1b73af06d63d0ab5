package org.smpboot.smp.boot;

import static org.smpboot.kernel.api.boot.ApBootImageLayout.BOOT_INFO_POINTER_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.FORMAT_VERSION;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.HEADER_SIZE;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.HEADER_SIZE_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.IMAGE_SIZE_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.KERNEL_DATA_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.KERNEL_ENTRY_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_BACK_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_ENTRY_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_OFFSET_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.LONG_MODE_SIGNATURE;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.PAGE_TABLE_POINTER_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.REAL_MODE_ENTRY_OFFSET;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.REAL_MODE_SIGNATURE;
import static org.smpboot.kernel.api.boot.ApBootImageLayout.VERSION_OFFSET;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.smp.memory.BootPageTable;

/**
 * The AP boot image smpboot's kernel copies to low memory (Asterinas' {@code .ap_boot} section),
 * in the format {@link org.smpboot.kernel.api.boot.ApBootImageLayout} defines, and the filling of
 * its slots.
 *
 * <p>The image is one 4 KiB page. Its three slots are filled after the copy, as the seed does:
 * the boot-info array pointer, the 32-bit boot page-table pointer (checked to fit), and, in the
 * kernel's reserved bytes, the address of the boot control block.
 */
public final class ApBootImage {

    /** Where the seed, Linux and smpboot put AP boot code: physical 0x8000, Start-Up vector 0x08. */
    public static final PhysicalAddress DEFAULT_BASE = PhysicalAddress.of(0x8000);

    /** The image's size: one page. */
    public static final int SIZE = 4096;

    private ApBootImage() {
    }

    /** {@return the image's bytes, whose kernel entry is {@code kernelEntry} and whose slots are empty} */
    public static byte[] bytes(long kernelEntry) {
        ByteBuffer image = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        image.putLong(REAL_MODE_ENTRY_OFFSET, REAL_MODE_SIGNATURE);
        image.putShort(VERSION_OFFSET, (short) FORMAT_VERSION);
        image.putShort(HEADER_SIZE_OFFSET, (short) HEADER_SIZE);
        image.putInt(IMAGE_SIZE_OFFSET, SIZE);
        image.putInt(LONG_MODE_OFFSET_OFFSET, LONG_MODE_ENTRY_OFFSET);
        image.putLong(KERNEL_ENTRY_OFFSET, kernelEntry);
        image.putLong(LONG_MODE_ENTRY_OFFSET, LONG_MODE_SIGNATURE);
        image.putInt(LONG_MODE_ENTRY_OFFSET + LONG_MODE_BACK_OFFSET, LONG_MODE_ENTRY_OFFSET);
        return image.array();
    }

    /** {@return the long-mode entry of an image at {@code base}: the TDX mailbox's wakeup vector} */
    public static PhysicalAddress longModeEntry(PhysicalAddress base) {
        return base.plus(LONG_MODE_ENTRY_OFFSET);
    }

    /**
     * Copies the image to {@code base} and fills its slots.
     *
     * @param memory        physical memory
     * @param base          where the image goes: 4 KiB aligned, below 1 MiB
     * @param kernelEntry   the address of the kernel's AP entry
     * @param bootInfo      the per-AP boot information records
     * @param pageTableRoot the boot page table's root, below 4 GiB
     * @param controlBlock  the boot control block
     * @throws IllegalArgumentException if the page-table root does not fit its 32-bit slot
     */
    public static void install(PhysicalMemory memory, PhysicalAddress base, long kernelEntry, PhysicalAddress bootInfo,
            PhysicalAddress pageTableRoot, PhysicalAddress controlBlock) {
        if (pageTableRoot.value() >= BootPageTable.ROOT_LIMIT) {
            throw new IllegalArgumentException(
                    "Boot page table root %s does not fit the image's 32-bit slot".formatted(pageTableRoot));
        }
        memory.write(base.value(), bytes(kernelEntry));
        memory.writeLong(base.value() + BOOT_INFO_POINTER_OFFSET, bootInfo.value());
        memory.writeInt(base.value() + PAGE_TABLE_POINTER_OFFSET, (int) pageTableRoot.value());
        memory.writeLong(base.value() + KERNEL_DATA_OFFSET, controlBlock.value());
    }
}
