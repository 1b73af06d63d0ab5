package org.smpboot.fuzz.discovery;

/**
 * The parts of the simulated machine's physical memory a fuzzed blob can be placed in, each a
 * base the input's offset is added to. Together they cover every kind of memory a firmware
 * pointer can land in: dense low memory with the BIOS area a scan covers, sparse RAM (64 KiB host
 * chunks), the dense ACPI table area, the PCI hole where nothing is backed, and RAM above 4 GiB
 * that only an XSDT can reach.
 *
 * @spec ACPI 6.5 §5.2.5.1 "Finding the RSDP on IA-PC Systems" (EBDA, 0xE0000-0xFFFFF)
 */
enum Region {
    /** Physical address 0: real-mode memory, the BIOS data area (EBDA pointer at 0x40E), the EBDA. */
    LOW,
    /** The BIOS read-only area at 0xE0000 that an RSDP scan covers. */
    BIOS,
    /** RAM from 1 MiB, sparse: 64 KiB host chunks that a view must not cross. */
    SPARSE_RAM,
    /** Where the machine's firmware keeps its tables: dense, ACPI reclaimable. */
    ACPI_TABLES,
    /** The 32-bit PCI hole: no memory. */
    PCI_HOLE,
    /** RAM above 4 GiB: only 64-bit (XSDT) pointers reach it. */
    ABOVE_4G;

    private static final Region[] BY_CODE = values();

    /** {@return the region a code byte selects (modulo the number of regions)} */
    static Region of(int code) {
        return BY_CODE[Math.floorMod(code, BY_CODE.length)];
    }
}
