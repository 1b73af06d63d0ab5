package org.smpboot.kernel.api.firmware;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What kernel code has learnt from firmware by the time it picks a platform: the memory map and,
 * if the MADT offers one, the multiprocessor wakeup mailbox.
 *
 * @param memoryMap     the physical memory map from the boot hand-off
 * @param wakeupMailbox the MADT's Multiprocessor Wakeup structure, if present
 */
public record FirmwareInfo(List<MemoryRegion> memoryMap, Optional<MultiprocessorWakeupMailbox> wakeupMailbox) {

    /** Copies the map. */
    public FirmwareInfo {
        memoryMap = List.copyOf(memoryMap);
        Objects.requireNonNull(wakeupMailbox, "wakeupMailbox");
    }
}
