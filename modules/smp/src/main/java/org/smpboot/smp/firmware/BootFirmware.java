package org.smpboot.smp.firmware;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smpboot.acpi.processor.Processor;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;
import org.smpboot.kernel.api.firmware.FirmwareInfo;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;

/**
 * What the kernel read from firmware before bring-up: the MADT's processor entries with the
 * kernel's verdict on each, the multiprocessor wakeup mailbox if any, the boot hand-off, and the
 * problems found in the tables.
 *
 * @param processors    the MADT's Local APIC and x2APIC entries in table order, with dispositions;
 *                      empty when no MADT was found
 * @param wakeupMailbox the MADT's Multiprocessor Wakeup structure, if present and usable
 * @param handoff       the memory map and RSDP address from the boot loader
 * @param problems      firmware defects found while reading, one line each
 */
public record BootFirmware(List<Processor> processors, Optional<MultiprocessorWakeupMailbox> wakeupMailbox,
        FirmwareHandoff handoff, List<String> problems) {

    /** Validates and copies. */
    public BootFirmware {
        processors = List.copyOf(processors);
        Objects.requireNonNull(wakeupMailbox, "wakeupMailbox");
        Objects.requireNonNull(handoff, "handoff");
        problems = List.copyOf(problems);
    }

    /** {@return the APIC IDs the kernel boots, in table order} */
    public List<ApicId> bootableApicIds() {
        return processors.stream().filter(Processor::bootable).map(Processor::apicId).toList();
    }

    /** {@return what platforms get to see of it} */
    public FirmwareInfo info() {
        return new FirmwareInfo(handoff.memoryMap(), wakeupMailbox);
    }
}
