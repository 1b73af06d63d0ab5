package org.smpboot.kernel.api.firmware;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * What the boot loader or firmware hands the kernel at entry: the physical memory map (E820 or the
 * UEFI memory map) and, where the boot protocol provides it, the address of the ACPI RSDP (the UEFI
 * configuration table entry). Without an RSDP address the kernel scans the BIOS area for it.
 *
 * @param memoryMap   the memory regions, in ascending address order
 * @param rsdpAddress where the RSDP is, if the boot protocol says
 * @spec ACPI 6.5 §5.2.5.1 "Finding the RSDP on IA-PC Systems" and §5.2.5.2 "Finding the RSDP on
 *     UEFI Enabled Systems"
 */
public record FirmwareHandoff(List<MemoryRegion> memoryMap, Optional<PhysicalAddress> rsdpAddress) {

    /** Copies the map and checks that it is sorted and free of overlaps. */
    public FirmwareHandoff {
        memoryMap = List.copyOf(memoryMap);
        Objects.requireNonNull(rsdpAddress, "rsdpAddress");
        for (int i = 1; i < memoryMap.size(); i++) {
            MemoryRegion previous = memoryMap.get(i - 1);
            MemoryRegion next = memoryMap.get(i);
            if (next.base().value() < previous.end()) {
                throw new IllegalArgumentException("Invalid memory map: %s overlaps or precedes %s"
                        .formatted(next, previous));
            }
        }
    }

    /** {@return the region that holds all of {@code [address, address + size)}, if one does} */
    public Optional<MemoryRegion> regionContaining(long address, long size) {
        return memoryMap.stream().filter(region -> region.contains(address, size)).findFirst();
    }
}
