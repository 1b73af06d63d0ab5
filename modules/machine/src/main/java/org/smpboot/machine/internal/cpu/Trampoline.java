package org.smpboot.machine.internal.cpu;

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

import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * The AP trampoline, modelled: what a processor does between its first instruction fetch (at the
 * Start-Up page or the mailbox wakeup vector) and the kernel's AP entry, per the AP boot image
 * format of {@link org.smpboot.kernel.api.boot.ApBootImageLayout}.
 *
 * <p>A real trampoline executes instructions; this one checks that the instructions would work: the
 * entry holds the right signature (else the processor executes garbage), the header is a known
 * format, the page-table pointer the BSP filled is a usable CR3 value (non-zero, 4 KiB aligned,
 * below 4 GiB since it is loaded in 32-bit mode, backed by RAM), the boot-info pointer is non-zero
 * and backed, and the kernel entry is a loaded entry point. Any failure is a triple fault.
 *
 * @spec Intel SDM Vol. 3A, §8.4.4.2 "Typical AP Initialization Sequence" and §9.8.5 "Initializing
 *     IA-32e Mode"; ACPI 6.6 §5.2.12.19 (the AP enters the wakeup vector in 64-bit mode)
 */
public final class Trampoline {

    /** The slot holds a 32-bit CR3: the page-table root must lie below 4 GiB. */
    private static final long CR3_LIMIT_32BIT = 1L << 32;
    /** The boot-info array must hold at least one 8-byte field to be usable. */
    private static final int BOOT_INFO_MIN_BYTES = 8;

    private final PhysicalMemory memory;
    private final EntryPointRegistry loader;

    /**
     * Creates the model.
     *
     * @param memory raw physical memory, read as the starting processor reads it
     * @param loader the kernel's entry points
     */
    public Trampoline(PhysicalMemory memory, EntryPointRegistry loader) {
        this.memory = memory;
        this.loader = loader;
    }

    /**
     * Runs the real-mode path: a SIPI with {@code vector} started the processor at vector × 4 KiB.
     *
     * @throws TripleFault if the boot code there cannot reach the kernel
     */
    public BootTarget fromStartupVector(int vector) throws TripleFault {
        long start = (long) vector * Icr.STARTUP_PAGE_SIZE;
        requireBacked(start, HEADER_SIZE, "Start-Up address (vector 0x%02x)".formatted(vector));
        long signature = memory.readLong(start);
        if (signature != REAL_MODE_SIGNATURE) {
            throw new TripleFault(("no AP boot image at the Start-Up address 0x%x (vector 0x%02x): found 0x%016x where "
                    + "the real-mode signature \"SMPB-RM1\" belongs").formatted(start, vector, signature));
        }
        return fromHeader(start);
    }

    /**
     * Runs the long-mode path: mailbox firmware jumped to {@code vector} in 64-bit mode.
     *
     * @throws TripleFault if the boot code there cannot reach the kernel
     */
    public BootTarget fromLongModeVector(long vector) throws TripleFault {
        requireBacked(vector, LONG_MODE_BACK_OFFSET + 4, "wakeup vector");
        long signature = memory.readLong(vector);
        if (signature != LONG_MODE_SIGNATURE) {
            throw new TripleFault(("no AP boot image at the wakeup vector 0x%x: found 0x%016x where the long-mode "
                    + "signature \"SMPB-LM1\" belongs").formatted(vector, signature));
        }
        long back = Integer.toUnsignedLong(memory.readInt(vector + LONG_MODE_BACK_OFFSET));
        long header = vector - back;
        if (back != LONG_MODE_ENTRY_OFFSET || header < 0 || !memory.isBacked(header, HEADER_SIZE)
                || memory.readLong(header) != REAL_MODE_SIGNATURE) {
            throw new TripleFault(("the long-mode entry at 0x%x points back %d bytes to 0x%x, where no boot image "
                    + "header is").formatted(vector, back, header));
        }
        return fromHeader(header);
    }

    private BootTarget fromHeader(long image) throws TripleFault {
        int version = Short.toUnsignedInt(memory.readShort(image + VERSION_OFFSET));
        int headerSize = Short.toUnsignedInt(memory.readShort(image + HEADER_SIZE_OFFSET));
        long imageSize = Integer.toUnsignedLong(memory.readInt(image + IMAGE_SIZE_OFFSET));
        long longModeOffset = Integer.toUnsignedLong(memory.readInt(image + LONG_MODE_OFFSET_OFFSET));
        if (version != FORMAT_VERSION) {
            throw new TripleFault("AP boot image at 0x%x has format version %d; the trampoline knows version %d"
                    .formatted(image, version, FORMAT_VERSION));
        }
        if (headerSize != HEADER_SIZE || imageSize < HEADER_SIZE || longModeOffset != LONG_MODE_ENTRY_OFFSET) {
            throw new TripleFault(("AP boot image at 0x%x has a malformed header: header size 0x%x (want 0x%x), image "
                    + "size 0x%x, long-mode entry offset 0x%x (want 0x%x)").formatted(image, headerSize, HEADER_SIZE,
                    imageSize, longModeOffset, LONG_MODE_ENTRY_OFFSET));
        }
        requireBacked(image, imageSize, "AP boot image (size 0x%x)".formatted(imageSize));
        long pageTable = Integer.toUnsignedLong(memory.readInt(image + PAGE_TABLE_POINTER_OFFSET));
        if (pageTable == 0) {
            throw new TripleFault("the page-table pointer slot at 0x%x is 0: the BSP did not fill it, so CR3 is invalid"
                    .formatted(image + PAGE_TABLE_POINTER_OFFSET));
        }
        if (!new PhysicalAddress(pageTable).isPageAligned() || pageTable >= CR3_LIMIT_32BIT
                || !memory.isBacked(pageTable, PhysicalAddress.PAGE_SIZE)) {
            throw new TripleFault("the page-table pointer 0x%x is not a 4 KiB-aligned page of RAM: loading it into CR3 "
                    .formatted(pageTable) + "and enabling paging faults");
        }
        long bootInfo = memory.readLong(image + BOOT_INFO_POINTER_OFFSET);
        if (bootInfo == 0) {
            throw new TripleFault("the boot-info pointer slot at 0x%x is 0: the BSP did not fill it"
                    .formatted(image + BOOT_INFO_POINTER_OFFSET));
        }
        if (bootInfo < 0 || !memory.isBacked(bootInfo, BOOT_INFO_MIN_BYTES)) {
            throw new TripleFault("the boot-info pointer 0x%x is not backed by memory".formatted(bootInfo));
        }
        long kernelEntry = memory.readLong(image + KERNEL_ENTRY_OFFSET);
        ApEntryPoint entry = loader.entryAt(kernelEntry).orElseThrow(() -> new TripleFault(
                "the kernel entry 0x%x in the AP boot image is not the address of a loaded entry point".formatted(kernelEntry)));
        return new BootTarget(entry, kernelEntry, bootInfo, pageTable);
    }

    private void requireBacked(long address, long length, String what) throws TripleFault {
        if (address < 0 || !memory.isBacked(address, length)) {
            throw new TripleFault("the %s 0x%x is not backed by memory (%d bytes needed)".formatted(what, address, length));
        }
    }
}
