package org.smpboot.fuzz.boot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.fuzz.Finding;
import org.smpboot.fuzz.kernel.KernelBoot;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.machine.Machine;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * What a boot from any MADT must end with, when no fault is injected: the machine has exactly
 * the processors the table's bytes describe, so every one comes online.
 *
 * <ul>
 *   <li>The boot program returns a report and throws nothing.</li>
 *   <li>It finishes within {@link #bound}: a second of set-up and waiting, plus 300 ms per
 *       processor the kernel expects (the slowest strategy, per-CPU INIT-SIPI-SIPI with the seed's
 *       50 ms INIT delay, takes about 70 ms per AP, and {@value #PER_CPU_ARRIVAL_TIMEOUT} more for
 *       one that never arrives).</li>
 *   <li>The report is complete: each of the machine's processors once and online, as many online
 *       as the machine has, none unlisted.</li>
 *   <li>It is truthful about phantoms: a processor the kernel expected but the machine does not
 *       have (a Length beyond the bytes the firmware serves makes the kernel read on into other
 *       memory) is reported failed or disabled, never online.</li>
 * </ul>
 */
final class BootChecks {

    /** Virtual cycles per second: the machine's default 2 GHz TSC. */
    static final long SECOND = 2_000_000_000L;
    /** How far past the bound the machine runs, so that a late AP is still observed. */
    static final long RUN_MARGIN = 10 * SECOND;
    /** The per-CPU strategy's bound on one AP's arrival in this target. */
    static final String PER_CPU_ARRIVAL_TIMEOUT = "100ms";

    private BootChecks() {
    }

    /** {@return the virtual time a boot must finish by, with {@code cpus} processors and {@code phantoms} more expected} */
    static long bound(int cpus, long phantoms) {
        return SECOND + (cpus + phantoms) * (SECOND * 3 / 10);
    }

    static void check(Machine machine, KernelBoot boot, String settings) {
        String what = "the boot of %d CPUs (%s)".formatted(machine.cpuCount(), settings);
        if (boot.failure() != null) {
            throw Finding.undocumented(what, boot.failure());
        }
        BootReport report = boot.report();
        if (report == null) {
            throw Finding.of("%s never finished (the run ended at %d cycles)", what, boot.run().endCycle());
        }
        List<ApicId> ids = machine.apicIds();
        Map<ApicId, CpuReport> byId = new HashMap<>();
        int phantoms = 0;
        for (CpuReport cpu : report.cpus()) {
            if (byId.put(cpu.apicId(), cpu) != null) {
                throw Finding.of("%s reports APIC ID %s twice: %s", what, cpu.apicId(), report.cpus());
            }
            if (!ids.contains(cpu.apicId())) {
                phantoms++;
                if (cpu.status() == CpuStatus.ONLINE || cpu.status() == CpuStatus.UNLISTED) {
                    throw Finding.of("%s reports APIC ID %s, which the machine does not have, %s", what, cpu.apicId(),
                            cpu.status());
                }
            }
        }
        long bound = bound(ids.size(), phantoms);
        if (report.endTsc() > bound) {
            throw Finding.of("%s finished at %d cycles, past the bound %d", what, report.endTsc(), bound);
        }
        for (ApicId id : ids) {
            CpuReport cpu = byId.get(id);
            if (cpu == null || cpu.status() != CpuStatus.ONLINE) {
                throw Finding.of("%s: APIC ID %s is %s; log:%n%s", what, id,
                        cpu == null ? "missing from the report" : cpu.status() + " (" + cpu.reason().orElse("") + ")",
                        String.join("\n", report.log().stream().map(Object::toString).toList()));
            }
        }
        if (report.online() != ids.size() || report.expected() < ids.size()) {
            throw Finding.of("%s: expected %d, online %d, for %d processors", what, report.expected(), report.online(), ids.size());
        }
    }
}
