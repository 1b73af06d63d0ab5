package org.smpboot.kernel.api.boot;

import java.nio.charset.StandardCharsets;

/**
 * The binary format of smpboot's AP boot image: the bytes the BSP copies to low memory (0x8000)
 * and a simulated processor "executes" when a Start-Up IPI or the wakeup mailbox sends it there.
 *
 * <p>On hardware this page holds the real-mode trampoline: code that loads a GDT, enables
 * protected mode, loads CR3 from a slot the BSP filled, enables long mode and paging, and jumps to
 * the kernel. smpboot keeps the data that code reads, at fixed offsets, and replaces the
 * instructions by two signatures a simulated processor recognises. A processor that starts where
 * no signature is, or finds a slot unfilled, faults as a real one would.
 *
 * <pre>
 * offset  size  field
 * 0x00    8     real-mode entry signature "SMPB-RM1"  (Start-Up vector × 4096 points here)
 * 0x08    2     format version (1)
 * 0x0A    2     header size (0x60)
 * 0x0C    4     image size in bytes, header included
 * 0x10    4     long-mode entry offset (0x40)
 * 0x14    4     reserved, 0
 * 0x18    8     kernel entry: address of the ApEntryPoint (HardwarePort.addressOf)
 * 0x20    8     boot-info array pointer: filled by the BSP, must not be 0
 * 0x28    4     boot page-table pointer: filled by the BSP; 32-bit physical root, 4 KiB aligned, not 0
 * 0x2C    20    reserved for the kernel (smpboot keeps the address of its boot control block here)
 * 0x40    8     long-mode entry signature "SMPB-LM1"  (the TDX mailbox wakeup vector points here)
 * 0x48    4     offset of the image start from the long-mode entry (0x40), to find the header
 * 0x4C    20    reserved, 0
 * </pre>
 *
 * <p>All fields are little-endian. The real-mode entry must be 4 KiB aligned and below 1 MiB
 * (a Start-Up vector names a page); the page-table pointer is 32 bits because the trampoline loads
 * CR3 while still in 32-bit protected mode.
 *
 * @spec Intel SDM Vol. 3A, §8.4.4 "MP Initialization Example" and §9.8 "Initializing IA-32e Mode";
 *     ACPI 6.5 §5.2.12.19 (the mailbox's 64-bit wakeup vector)
 */
public final class ApBootImageLayout {

    /** The signature at the real-mode entry. */
    public static final long REAL_MODE_SIGNATURE = signature("SMPB-RM1");
    /** The signature at the long-mode entry. */
    public static final long LONG_MODE_SIGNATURE = signature("SMPB-LM1");
    /** The only format version. */
    public static final int FORMAT_VERSION = 1;

    /** Offset of the real-mode signature (the real-mode entry itself). */
    public static final int REAL_MODE_ENTRY_OFFSET = 0x00;
    /** Offset of the format version (u16). */
    public static final int VERSION_OFFSET = 0x08;
    /** Offset of the header size (u16). */
    public static final int HEADER_SIZE_OFFSET = 0x0A;
    /** Offset of the image size (u32). */
    public static final int IMAGE_SIZE_OFFSET = 0x0C;
    /** Offset of the long-mode entry offset (u32). */
    public static final int LONG_MODE_OFFSET_OFFSET = 0x10;
    /** Offset of the kernel entry address (u64). */
    public static final int KERNEL_ENTRY_OFFSET = 0x18;
    /** Offset of the boot-info array pointer slot (u64). */
    public static final int BOOT_INFO_POINTER_OFFSET = 0x20;
    /** Offset of the boot page-table pointer slot (u32). */
    public static final int PAGE_TABLE_POINTER_OFFSET = 0x28;
    /** Offset of the 20 bytes reserved for the kernel's own use. */
    public static final int KERNEL_DATA_OFFSET = 0x2C;
    /** Size of the kernel's reserved bytes. */
    public static final int KERNEL_DATA_SIZE = 20;
    /** Offset of the long-mode entry. */
    public static final int LONG_MODE_ENTRY_OFFSET = 0x40;
    /** Offset, from the long-mode entry, of its back-pointer to the image start (u32). */
    public static final int LONG_MODE_BACK_OFFSET = 0x08;
    /** Size of the header. */
    public static final int HEADER_SIZE = 0x60;

    private ApBootImageLayout() {
    }

    /** {@return the 8 ASCII characters of {@code text} as a little-endian 64-bit value} */
    private static long signature(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }
}
