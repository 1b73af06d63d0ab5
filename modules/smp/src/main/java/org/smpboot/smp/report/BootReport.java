package org.smpboot.smp.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.hw.TscFrequency;

/**
 * The outcome of a bring-up: every processor's fate, nothing lost. A boot that partly failed
 * returns this too, with each failed CPU's reason.
 *
 * @param platform          the platform that booted, e.g. {@code x86}
 * @param apicMode          the APIC mode its driver used
 * @param wakeup            the wake-up strategy's name
 * @param expected          the CPUs the kernel meant to have online: the BSP and every bootable AP
 * @param online            the CPUs online at the end, the BSP included (unlisted arrivals are not)
 * @param endTsc            the BSP's TSC when the bring-up finished
 * @param tsc               the TSC frequency, to turn TSC values into time
 * @param cpus              every processor, in {@link CpuReport#index} order
 * @param firmwareProblems  what the MADT got wrong, one line each
 * @param bootAreaReclaimed whether the boot image's page was released (only when no AP is outstanding)
 * @param log               the kernel's log lines, in order
 */
public record BootReport(String platform, ApicMode apicMode, String wakeup, int expected, int online, long endTsc,
        TscFrequency tsc, List<CpuReport> cpus, List<String> firmwareProblems, boolean bootAreaReclaimed,
        List<LogLine> log) {

    /** Copies the lists. */
    public BootReport {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(apicMode, "apicMode");
        Objects.requireNonNull(wakeup, "wakeup");
        Objects.requireNonNull(tsc, "tsc");
        cpus = List.copyOf(cpus);
        firmwareProblems = List.copyOf(firmwareProblems);
        log = List.copyOf(log);
    }

    /** {@return whether every CPU the kernel expected came online} */
    public boolean complete() {
        return online == expected;
    }

    /**
     * {@return the report of the CPU with this APIC ID} The first in index order: an ID that
     * arrived twice also has a later, unlisted line.
     */
    public Optional<CpuReport> cpu(ApicId apicId) {
        return cpus.stream().filter(cpu -> cpu.apicId().equals(apicId)).findFirst();
    }

    /** {@return the CPUs with {@code status}} */
    public List<CpuReport> withStatus(CpuStatus status) {
        return cpus.stream().filter(cpu -> cpu.status() == status).toList();
    }
}
