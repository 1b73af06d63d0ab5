package org.smpboot.fuzz.mailbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpboot.fuzz.Finding;
import org.smpboot.fuzz.kernel.KernelBoot;
import org.smpboot.fuzz.kernel.Watch;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.Machine;
import org.smpboot.machine.trace.TraceEvent;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * What the BSP must guarantee whatever the mailbox firmware does.
 *
 * <ul>
 *   <li>The boot program ends with a report, nothing thrown, by a bound: two acknowledgement
 *       waits per AP (for the mailbox to clear, for the acknowledgement), plus the arrival wait
 *       and set-up ({@link #SLACK_CYCLES}).</li>
 *   <li>While the wake-up strategy runs, the BSP writes only the mailbox's Command, APIC ID and
 *       Wakeup Vector (16 bytes), and no MMIO register.</li>
 *   <li>The report is complete: the BSP and each AP once, every AP online or failed with a reason.</li>
 *   <li>It is truthful: an AP reported online entered the kernel; and if an AP entered the kernel
 *       after the BSP finished, the boot page was not reclaimed under it.</li>
 * </ul>
 */
final class MailboxChecks {

    /** Set-up, the 100 ms arrival wait, its grace and margin: 0.25 s at 2 GHz. */
    static final long SLACK_CYCLES = 500_000_000L;
    /** The bytes of the mailbox the OS writes: Command, reserved, APIC ID, Wakeup Vector. */
    static final int OS_BYTES = MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET + 8;

    private MailboxChecks() {
    }

    static void check(HostileFirmware firmware, Machine machine, KernelBoot boot, long ackCycles) {
        if (boot.failure() != null) {
            throw Finding.undocumented("The bring-up against %s".formatted(firmware), boot.failure());
        }
        BootReport report = boot.report();
        if (report == null) {
            throw Finding.of("The BSP never finished the bring-up against %s (the run ended at %d cycles)",
                    firmware, boot.run().endCycle());
        }
        long bound = 2L * (firmware.cpus() - 1) * ackCycles + SLACK_CYCLES;
        if (report.endTsc() > bound) {
            throw Finding.of("The BSP finished at %d cycles, past the bound %d, against %s", report.endTsc(), bound, firmware);
        }
        long mailbox = machine.mailboxAddress().orElseThrow().value();
        for (Watch.Write write : boot.watch().writes()) {
            if (!write.inside(mailbox, OS_BYTES)) {
                throw Finding.of("The wake-up wrote %s, outside the mailbox's %d OS bytes at 0x%x, against %s",
                        write, OS_BYTES, mailbox, firmware);
            }
        }
        checkReport(firmware, machine, boot, report);
    }

    private static void checkReport(HostileFirmware firmware, Machine machine, KernelBoot boot, BootReport report) {
        List<ApicId> ids = machine.apicIds();
        Set<ApicId> reported = new HashSet<>();
        int online = 0;
        for (CpuReport cpu : report.cpus()) {
            if (!reported.add(cpu.apicId()) || !ids.contains(cpu.apicId())) {
                throw Finding.of("APIC ID %s is reported twice or is not a processor: %s", cpu.apicId(), report.cpus());
            }
            if (cpu.status() == CpuStatus.ONLINE) {
                online++;
                int index = ids.indexOf(cpu.apicId());
                if (index > 0 && boot.run().trace().ofType(TraceEvent.KernelEntered.class).stream()
                        .noneMatch(entered -> entered.cpu().equals(CpuIndex.of(index)))) {
                    throw Finding.of("APIC ID %s is reported online but never entered the kernel, against %s",
                            cpu.apicId(), firmware);
                }
            }
        }
        if (reported.size() != ids.size() || report.expected() != ids.size() || report.online() != online) {
            throw Finding.of("Incomplete report: %d of %d processors, expected %d, online %d (counted %d)",
                    reported.size(), ids.size(), report.expected(), report.online(), online);
        }
        boolean enteredAfterTheBsp = boot.run().trace().ofType(TraceEvent.KernelEntered.class).stream()
                .anyMatch(entered -> entered.cycle() > report.endTsc());
        if (enteredAfterTheBsp && report.bootAreaReclaimed()) {
            throw Finding.of("An AP entered the kernel after the BSP finished, but the boot page was reclaimed, against %s",
                    firmware);
        }
    }
}
