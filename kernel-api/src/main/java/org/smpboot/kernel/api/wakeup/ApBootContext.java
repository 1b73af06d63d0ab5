package org.smpboot.kernel.api.wakeup;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * What a {@link WakeupStrategy} needs to start application processors: where the boot image's two
 * entries are, and which processors to wake.
 *
 * @param realModeEntry  the real-mode entry, for Start-Up IPIs: 4 KiB aligned, below 1 MiB
 * @param longModeEntry  the 64-bit entry, for the ACPI wakeup mailbox
 * @param imageSize      the size in bytes of the boot image that starts at {@code realModeEntry},
 *                       so a strategy can refuse to let firmware structures overlap it
 * @param targets        the APIC IDs of the processors to wake, in the order to wake them; distinct
 * @param arrivals       which processors have reached the kernel, for strategies that wait for each
 * @spec Intel SDM Vol. 3A §8.4.4.1 "Typical BSP Initialization Sequence"; ACPI 6.5 §5.2.12.19
 */
public record ApBootContext(PhysicalAddress realModeEntry, PhysicalAddress longModeEntry, long imageSize,
        List<ApicId> targets, ApArrivals arrivals) {

    /** Checks the entries' placement and that no target repeats. */
    public ApBootContext {
        Objects.requireNonNull(realModeEntry, "realModeEntry");
        Objects.requireNonNull(longModeEntry, "longModeEntry");
        targets = List.copyOf(targets);
        Objects.requireNonNull(arrivals, "arrivals");
        if (!realModeEntry.isPageAligned() || realModeEntry.value() >= 0x10_0000) {
            throw new IllegalArgumentException(
                    "Invalid real-mode entry %s: a Start-Up IPI can only start a processor at a 4 KiB page below 1 MiB"
                            .formatted(realModeEntry));
        }
        if (imageSize <= 0 || longModeEntry.value() < realModeEntry.value()
                || longModeEntry.value() >= realModeEntry.value() + imageSize) {
            throw new IllegalArgumentException("Invalid boot image [%s, +%#x): the long-mode entry %s is not inside it"
                    .formatted(realModeEntry, imageSize, longModeEntry));
        }
        if (new HashSet<>(targets).size() != targets.size()) {
            throw new IllegalArgumentException("Invalid wakeup targets %s: an APIC ID repeats".formatted(targets));
        }
    }

    /** {@return whether {@code [address, address + size)} shares a byte with the boot image} */
    public boolean overlapsImage(long address, long size) {
        return size > 0 && address < realModeEntry.value() + imageSize && address + size > realModeEntry.value();
    }
}
