package org.smpboot.platform.tdx;

import java.util.List;
import java.util.Optional;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.wakeup.ApBootContext;

/**
 * The checks a TDX guest makes on the mailbox address the (untrusted) firmware gave, before it
 * writes a single byte there. A guest kernel that writes where a lying MADT points could corrupt
 * its own memory; so the mailbox must be where the spec says firmware puts it.
 *
 * <ol>
 *   <li>Mailbox Version is 0 (ACPI 6.4/6.5) or 1 (ACPI 6.6).</li>
 *   <li>The address is 4 KiB aligned (the mailbox is a 4 KiB page).</li>
 *   <li>The whole page lies inside one region the firmware's memory map reports as ACPI NVS or
 *       reserved, and no region of another type overlaps it: firmware memory, not RAM the kernel
 *       owns, however the map is drawn.</li>
 *   <li>It does not overlap the AP boot image.</li>
 * </ol>
 *
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure": the mailbox is 4 KiB aligned,
 *     allocated by firmware in ACPI NVS memory, and must not move after handoff
 */
final class MailboxCheck {

    /** The highest Mailbox Version smpboot speaks. */
    static final int HIGHEST_VERSION = 1;

    private MailboxCheck() {
    }

    /** {@return why the mailbox must not be used, or empty if it passes every check} */
    static Optional<String> problem(MultiprocessorWakeupMailbox mailbox, List<MemoryRegion> memoryMap,
            ApBootContext context) {
        long address = mailbox.address().value();
        if (mailbox.version() > HIGHEST_VERSION) {
            return Optional.of("mailbox version %d is unknown (smpboot speaks 0 and 1)".formatted(mailbox.version()));
        }
        if (!mailbox.isAligned()) {
            return Optional.of("mailbox address %s is not 4 KiB aligned".formatted(mailbox.address()));
        }
        // A hostile map may list the page twice; any overlap with memory the kernel owns refuses it.
        Optional<MemoryRegion> kernelOwned = memoryMap.stream()
                .filter(candidate -> !isFirmwareMemory(candidate.type()))
                .filter(candidate -> candidate.overlaps(address, MultiprocessorWakeupMailbox.SIZE)).findFirst();
        if (kernelOwned.isPresent()) {
            return Optional.of("mailbox page %s is in %s memory %s, not firmware memory (ACPI NVS or reserved)"
                    .formatted(mailbox.address(), kernelOwned.get().type(), kernelOwned.get()));
        }
        boolean inFirmwareMemory = memoryMap.stream().anyMatch(candidate -> isFirmwareMemory(candidate.type())
                && candidate.contains(address, MultiprocessorWakeupMailbox.SIZE));
        if (!inFirmwareMemory) {
            return Optional.of("mailbox page %s is not inside any region of the firmware memory map"
                    .formatted(mailbox.address()));
        }
        if (context.overlapsImage(address, MultiprocessorWakeupMailbox.SIZE)) {
            return Optional.of("mailbox page %s overlaps the AP boot image at %s".formatted(mailbox.address(),
                    context.realModeEntry()));
        }
        return Optional.empty();
    }

    private static boolean isFirmwareMemory(MemoryType type) {
        return type == MemoryType.ACPI_NVS || type == MemoryType.RESERVED;
    }
}
