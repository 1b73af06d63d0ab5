package org.smpboot.fuzz.discovery;

import java.util.EnumMap;
import java.util.Map;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;

/**
 * The simulated machine whose memory the discovery target lays firmware out in: 4 GiB of RAM (3 GiB
 * below the PCI hole, 1 GiB above 4 GiB), built once and reused, since each input undoes its writes.
 *
 * <p>Reading sparse RAM through a view allocates host memory for it, so a long run that lets
 * pointers wander through all of RAM would grow the machine's host footprint without bound: past
 * {@link #HOST_MEMORY_LIMIT} the machine is replaced by a fresh one, which is the same machine.
 */
final class Firmware {

    /** Host memory the machine may hold before it is replaced. */
    static final long HOST_MEMORY_LIMIT = 256L << 20;

    private static Firmware current;

    private final Machine machine;
    private final Map<Region, Long> bases;

    private Firmware(Machine machine) {
        this.machine = machine;
        this.bases = new EnumMap<>(Region.class);
        bases.put(Region.LOW, 0L);
        bases.put(Region.BIOS, 0xE_0000L);
        bases.put(Region.SPARSE_RAM, 0x10_0000L);
        bases.put(Region.PCI_HOLE, 0xC000_0000L);
        bases.put(Region.ABOVE_4G, 0x1_0000_0000L);
        long acpi = machine.firmwareHandoff().memoryMap().stream()
                .filter(region -> region.type() == MemoryType.ACPI_RECLAIMABLE)
                .mapToLong(region -> region.base().value()).findFirst().orElseThrow();
        bases.put(Region.ACPI_TABLES, acpi);
    }

    /** {@return the firmware the next input is laid out in} */
    static Firmware current() {
        if (current == null || current.machine.hostMemoryBytes() > HOST_MEMORY_LIMIT) {
            current = new Firmware(Machine.build(MachineDescription.builder().cpus(2).memoryBytes(4L << 30).build()));
        }
        return current;
    }

    /** {@return the machine's physical memory} */
    PhysicalMemory memory() {
        return machine.memory();
    }

    /** {@return each region's base address} */
    Map<Region, Long> bases() {
        return bases;
    }
}
