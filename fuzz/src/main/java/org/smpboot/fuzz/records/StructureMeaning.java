package org.smpboot.fuzz.records;

import java.util.Optional;
import org.smpboot.acpi.madt.entry.GicCpuInterfaceEntry;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;

/**
 * What the processor and wakeup structures' records say beyond their fields, for any accepted
 * record: a Local APIC or x2APIC entry is a placeholder exactly when its ID is all ones (0xFF,
 * 0xFFFFFFFF); a GICC is enabled exactly when Flags bit 0 is set; a wakeup structure gives the
 * kernel a mailbox exactly when its Mailbox Address (and, from mailbox version 1, a present Reset
 * Vector) has bit 63 clear, holding that address, version and vector.
 *
 * @spec ACPI 6.5 §5.2.12.2, §5.2.12.12 (the all-ones IDs), §5.2.12.14 (GICC Flags),
 *     §5.2.12.19 "Multiprocessor Wakeup Structure"
 */
final class StructureMeaning {

    private StructureMeaning() {
    }

    static void check(MadtEntry entry) {
        switch (entry) {
            case LocalApicEntry cpu when cpu.isPlaceholder() != (cpu.apicId().value() == 0xFF) ->
                    throw Finding.of("%s says placeholder %s", cpu, cpu.isPlaceholder());
            case LocalX2ApicEntry cpu when cpu.isPlaceholder() != (cpu.x2ApicId().value() == -1) ->
                    throw Finding.of("%s says placeholder %s", cpu, cpu.isPlaceholder());
            case GicCpuInterfaceEntry gicc when gicc.enabled() != ((gicc.flags() & 1) != 0) ->
                    throw Finding.of("%s says enabled %s", gicc, gicc.enabled());
            case MultiprocessorWakeupEntry wakeup -> checkMailbox(wakeup);
            default -> {
                // The other structures carry no meaning beyond their fields.
            }
        }
    }

    private static void checkMailbox(MultiprocessorWakeupEntry wakeup) {
        boolean withReset = wakeup.mailboxVersion() >= 1 && wakeup.resetVector().isPresent();
        boolean physical = wakeup.mailboxAddress() >= 0 && (!withReset || wakeup.resetVector().getAsLong() >= 0);
        Optional<MultiprocessorWakeupMailbox> mailbox = wakeup.toMailbox();
        if (mailbox.isPresent() != physical || mailbox.isPresent()
                && (mailbox.get().address().value() != wakeup.mailboxAddress()
                || mailbox.get().version() != wakeup.mailboxVersion()
                || mailbox.get().resetVector().isPresent() != withReset
                || withReset && mailbox.get().resetVector().get().value() != wakeup.resetVector().getAsLong())) {
            throw Finding.of("%s gives the mailbox %s", wakeup, mailbox);
        }
    }
}
