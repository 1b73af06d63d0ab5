package org.smpboot.machine.internal.firmware;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.machine.internal.memory.Backing;

/**
 * Where the simulated firmware puts things in physical memory, and the memory map it reports.
 *
 * <pre>
 * 0x0000_0000 – 0x0009_FFFF   USABLE            low RAM (the AP boot area at 0x8000 is here)
 * 0x000A_0000 – 0x000F_FFFF   RESERVED          VGA and BIOS area; the RSDP at 0xE0000 (16-byte aligned)
 * 0x0010_0000 – acpi base     USABLE            RAM
 * acpi base   – + tables      ACPI_RECLAIMABLE  XSDT, MADT (top of RAM below the PCI hole)
 * nvs base    – + 8 KiB       ACPI_NVS          TDX only: the wakeup mailbox page, then the reset-vector page
 * 0xC000_0000 – 0xFFFF_FFFF   (hole)            PCI and the xAPIC page at 0xFEE00000: not RAM
 * 0x1_0000_0000 – …           USABLE            RAM above 4 GiB, when memory exceeds 3 GiB
 * </pre>
 *
 * <p>Everything in the map is backed; the hole faults. The low megabyte and the firmware tables are
 * dense host blocks (kernel code views them whole); the rest is sparse.
 *
 * @param memoryMap      the regions, ascending
 * @param backings       what host memory backs
 * @param rsdpAddress    where the RSDP is
 * @param acpiBase       where the ACPI table area starts
 * @param acpiSize       its size
 * @param mailboxAddress the TDX wakeup mailbox, if any
 * @param resetVector    the firmware reset vector of a version 1 mailbox, if any
 * @spec ACPI 6.5 §5.2.5.1 "Finding the RSDP on IA-PC Systems" and §15 "System Address Map
 *     Interfaces"; ACPI 6.6 §5.2.12.19 (the mailbox is 4 KiB aligned, in ACPI NVS)
 */
public record FirmwareLayout(List<MemoryRegion> memoryMap, List<Backing> backings, long rsdpAddress, long acpiBase,
        long acpiSize, OptionalLong mailboxAddress, OptionalLong resetVector) {

    /** End of low RAM: the EBDA and VGA area start at 640 KiB. */
    public static final long LOW_RAM_END = 0xA_0000;
    /** End of the real-mode megabyte. */
    public static final long ONE_MIB = 0x10_0000;
    /** Where the RSDP is placed: the start of the BIOS read-only area that OSes scan. */
    public static final long RSDP_ADDRESS = 0xE_0000;
    /** Start of the 32-bit PCI hole: RAM below 4 GiB ends here. */
    public static final long PCI_HOLE_START = 0xC000_0000L;
    /** 4 GiB, where RAM resumes above the hole. */
    public static final long FOUR_GIB = 0x1_0000_0000L;
    /** The smallest machine: the low megabyte, some RAM and the tables. */
    public static final long MIN_MEMORY = 4 * ONE_MIB;
    private static final long PAGE = PhysicalAddress.PAGE_SIZE;
    private static final long NVS_PAGES = 2;

    /** Copies the lists. */
    public FirmwareLayout {
        memoryMap = List.copyOf(memoryMap);
        backings = List.copyOf(backings);
    }

    /**
     * Plans the layout.
     *
     * @param memoryBytes  installed RAM, a multiple of 4 KiB, at least {@link #MIN_MEMORY}
     * @param tdxGuest     whether to reserve the mailbox and reset-vector pages
     * @param tableBytes   how many bytes the ACPI tables need
     * @throws IllegalArgumentException if the tables do not fit
     */
    public static FirmwareLayout plan(long memoryBytes, boolean tdxGuest, long tableBytes) {
        long acpiSize = roundUp(tableBytes);
        long nvsSize = tdxGuest ? NVS_PAGES * PAGE : 0;
        long lowTop = Math.min(memoryBytes, PCI_HOLE_START);
        long acpiBase = lowTop - nvsSize - acpiSize;
        if (acpiBase < 2 * ONE_MIB) {
            throw new IllegalArgumentException("Invalid memory size 0x%x: the ACPI tables (0x%x bytes) do not fit below 0x%x"
                    .formatted(memoryBytes, acpiSize, lowTop));
        }
        long nvsBase = acpiBase + acpiSize;
        List<MemoryRegion> map = new ArrayList<>();
        map.add(region(0, LOW_RAM_END, MemoryType.USABLE));
        map.add(region(LOW_RAM_END, ONE_MIB - LOW_RAM_END, MemoryType.RESERVED));
        map.add(region(ONE_MIB, acpiBase - ONE_MIB, MemoryType.USABLE));
        map.add(region(acpiBase, acpiSize, MemoryType.ACPI_RECLAIMABLE));
        if (tdxGuest) {
            map.add(region(nvsBase, nvsSize, MemoryType.ACPI_NVS));
        }
        List<Backing> backings = new ArrayList<>();
        backings.add(new Backing(0, ONE_MIB, true));
        backings.add(new Backing(ONE_MIB, acpiBase - ONE_MIB, false));
        backings.add(new Backing(acpiBase, acpiSize + nvsSize, true));
        if (memoryBytes > PCI_HOLE_START) {
            long high = memoryBytes - PCI_HOLE_START;
            map.add(region(FOUR_GIB, high, MemoryType.USABLE));
            backings.add(new Backing(FOUR_GIB, high, false));
        }
        return new FirmwareLayout(map, backings, RSDP_ADDRESS, acpiBase, acpiSize,
                tdxGuest ? OptionalLong.of(nvsBase) : OptionalLong.empty(),
                tdxGuest ? OptionalLong.of(nvsBase + PAGE) : OptionalLong.empty());
    }

    private static MemoryRegion region(long base, long length, MemoryType type) {
        return new MemoryRegion(PhysicalAddress.of(base), length, type);
    }

    private static long roundUp(long bytes) {
        return Math.max(PAGE, (bytes + PAGE - 1) / PAGE * PAGE);
    }
}
