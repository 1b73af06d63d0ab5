package org.smpboot.cli.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * The boot log's closing lines: how many CPUs came up, on what, in how much virtual time; then every
 * CPU that did not come up, with the kernel's reason and what the machine saw; then the violations
 * by kind.
 */
final class BootSummary {

    /** The prefix of every summary line. */
    static final String PREFIX = "boot: ";

    private BootSummary() {
    }

    /** {@return the summary of {@code boot} on a {@code machineKind} machine} */
    static List<String> lines(BootRun boot, String machineKind, MachineFates fates, List<Violation> violations) {
        BootReport report = boot.report();
        List<String> lines = new ArrayList<>();
        lines.add(PREFIX + "%d of %d CPUs online (machine %s, platform %s, %s, wakeup %s) in %s of virtual time"
                .formatted(report.online(), report.expected(), machineKind, report.platform(),
                        report.apicMode().mnemonic(), report.wakeup(), BootLogText.time(boot.run().trace(),
                                report.endTsc())));
        for (CpuReport cpu : report.cpus()) {
            if (cpu.status() == CpuStatus.ONLINE) {
                continue;
            }
            // A disabled entry was never meant to boot: the MADT's word is all there is to say.
            boolean disabled = cpu.status() == CpuStatus.DISABLED;
            lines.add(PREFIX + "index %d, APIC ID %s %s: %s%s".formatted(cpu.index(), cpu.apicId(),
                    disabled ? "not booted" : cpu.status().mnemonic(), cpu.reason().orElseThrow(),
                    disabled ? "" : "; machine: " + fates.explain(cpu.apicId())));
        }
        if (!violations.isEmpty()) {
            Map<String, Integer> byKind = new TreeMap<>();
            violations.forEach(violation -> byKind.merge(violation.kind(), 1, Integer::sum));
            List<String> counts = byKind.entrySet().stream().map(kind -> kind.getValue() + " " + kind.getKey()).toList();
            lines.add(PREFIX + "%d violation%s: %s".formatted(violations.size(), violations.size() == 1 ? "" : "s",
                    String.join(", ", counts)));
        }
        if (report.complete()) {
            lines.add(PREFIX + "every bootable CPU is up");
        }
        return List.copyOf(lines);
    }
}
