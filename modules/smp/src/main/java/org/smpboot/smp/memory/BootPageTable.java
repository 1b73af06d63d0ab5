package org.smpboot.smp.memory;

import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * The boot page table APs enable paging with: an identity map of the first 4 GiB with 1 GiB pages,
 * one PML4 page and one PDPT page. The trampoline loads its root into CR3 while still in 32-bit
 * protected mode, so the root must lie below 4 GiB (the seed panicked otherwise; smpboot checks
 * before it fills the slot).
 *
 * <pre>
 * PML4[0] = PDPT | P | RW
 * PDPT[i] = i × 1 GiB | P | RW | PS      for i in 0..3
 * </pre>
 *
 * @spec Intel SDM Vol. 3A, §4.5 "4-Level Paging and 5-Level Paging", Tables "Format of a PML4
 *     Entry" and "Format of a Page-Directory-Pointer-Table Entry that Maps a 1-GByte Page"
 */
public final class BootPageTable {

    /** Entry bit 0: present. */
    static final long PRESENT = 1L;
    /** Entry bit 1: writable. */
    static final long WRITABLE = 1L << 1;
    /** PDPT entry bit 7: maps a 1 GiB page. */
    static final long PAGE_SIZE_1G = 1L << 7;
    /** How many 1 GiB pages are identity-mapped. */
    static final int GIGABYTES = 4;
    /** The highest root a 32-bit CR3 load can reach. */
    public static final long ROOT_LIMIT = 1L << 32;

    private BootPageTable() {
    }

    /**
     * Builds the table in two pages from {@code allocator} and returns its root (the PML4).
     *
     * @throws RootAbove4GiBException if the allocator placed the root where a 32-bit CR3 cannot reach
     */
    public static PhysicalAddress build(FrameAllocator allocator, PhysicalMemory memory) {
        PhysicalAddress pml4 = allocator.allocate(FrameAllocator.PAGE, "boot page table (PML4)");
        PhysicalAddress pdpt = allocator.allocate(FrameAllocator.PAGE, "boot page table (PDPT)");
        if (pml4.value() + FrameAllocator.PAGE > ROOT_LIMIT) {
            throw new RootAbove4GiBException(pml4);
        }
        memory.fill(pml4.value(), FrameAllocator.PAGE, (byte) 0);
        memory.fill(pdpt.value(), FrameAllocator.PAGE, (byte) 0);
        memory.writeLong(pml4.value(), pdpt.value() | PRESENT | WRITABLE);
        for (int gigabyte = 0; gigabyte < GIGABYTES; gigabyte++) {
            memory.writeLong(pdpt.value() + 8L * gigabyte, ((long) gigabyte << 30) | PRESENT | WRITABLE | PAGE_SIZE_1G);
        }
        return pml4;
    }

    /** The boot page table's root is out of reach of the trampoline's 32-bit CR3 load. */
    public static final class RootAbove4GiBException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RootAbove4GiBException(PhysicalAddress root) {
            super("Boot page table root %s is at or above 4 GiB: the AP trampoline loads CR3 in 32-bit mode"
                    .formatted(root));
        }
    }
}
