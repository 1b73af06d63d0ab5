package org.smpboot.smp.firmware;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.acpi.table.Signature;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * Reads what the bring-up needs from firmware, as a kernel does at boot: the RSDP (from the boot
 * hand-off, else by scanning the BIOS area), the XSDT or RSDT, the MADT; then the processor view and
 * the wakeup mailbox.
 *
 * <p>Firmware is hostile input, and a kernel must boot anyway: tables are read leniently, every
 * defect becomes a problem line, and without a usable MADT the kernel boots the BSP alone (as
 * Asterinas falls back to one CPU) and says why.
 *
 * @spec ACPI 6.5 §5.2.5 "Root System Description Pointer", §5.2.8 "XSDT", §5.2.12 "MADT"
 */
public final class FirmwareReader {

    private FirmwareReader() {
    }

    /** {@return what firmware says, read through {@code hardware}} */
    public static BootFirmware read(HardwarePort hardware) {
        FirmwareHandoff handoff = hardware.firmwareHandoff();
        Problems problems = new Problems(Strictness.LENIENT);
        List<String> lines = new ArrayList<>();
        try {
            TableSource tables = handoff.rsdpAddress()
                    .map(rsdp -> TableSources.fromRsdp(hardware.memory(), rsdp, problems))
                    .orElseGet(() -> TableSources.scanMemory(hardware.memory(), problems));
            tables.problems().forEach(problem -> lines.add(problem.toString()));
            Optional<FoundTable> apic = tables.find(Signature.MADT);
            if (apic.isEmpty()) {
                lines.add("no MADT (\"APIC\") among the tables of " + tables.description() + ": booting the BSP alone");
                return new BootFirmware(List.of(), Optional.empty(), handoff, lines);
            }
            Madt madt = Madt.parse(apic.get().bytes(), Strictness.LENIENT);
            madt.problems().forEach(problem -> lines.add(problem.toString()));
            ProcessorView view = ProcessorView.of(madt, Strictness.LENIENT);
            view.problems().forEach(problem -> lines.add(problem.toString()));
            Optional<MultiprocessorWakeupEntry> wakeup = madt.multiprocessorWakeup();
            Optional<MultiprocessorWakeupMailbox> mailbox = wakeup.flatMap(MultiprocessorWakeupEntry::toMailbox);
            if (wakeup.isPresent() && mailbox.isEmpty()) {
                lines.add("the Multiprocessor Wakeup structure's mailbox address is not a physical address: ignored");
            }
            return new BootFirmware(view.processors(), mailbox, handoff, lines);
        } catch (AcpiException e) {
            lines.add(e.getMessage() + ": booting the BSP alone");
            return new BootFirmware(List.of(), Optional.empty(), handoff, lines);
        }
    }
}
