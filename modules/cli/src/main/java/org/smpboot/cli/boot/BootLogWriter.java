package org.smpboot.cli.boot;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.smpboot.machine.trace.Trace;
import org.smpboot.smp.report.LogLine;

/**
 * Writes the boot log: the kernel's lines and the machine's (see {@link MachineEventLines}) merged
 * by virtual time, each stamped {@code printk}-style, then the {@link BootSummary}.
 *
 * <pre>
 * [    0.000001] smp: BSP is APIC ID 0x0; platform x86, xapic mode, wakeup broadcast
 * [    0.060005] machine: cpu 0: sent startup vector 0x08 physical dest 0x0 shorthand all-but-self
 * [    0.060006] machine: cpus 1-7 (7): accepted startup vector 0x08 from cpu 0
 * [    0.080008] smp: Brought up 8 CPUs of 8
 *
 * boot: 8 of 8 CPUs online (machine x86, platform x86, xapic, wakeup broadcast) in 80.008 ms of virtual time
 * </pre>
 */
final class BootLogWriter {

    private BootLogWriter() {
    }

    /** Writes the log of {@code boot}, then {@code summary}. */
    static void write(PrintWriter out, BootRun boot, List<String> summary) {
        Trace trace = boot.run().trace();
        for (LogEntry entry : merged(boot)) {
            out.append(BootLogText.stamp(trace.nanos(entry.cycle()))).append(' ').append(entry.text()).append('\n');
        }
        out.append('\n');
        summary.forEach(line -> out.append(line).append('\n'));
    }

    /** {@return the kernel's and the machine's lines in log order} */
    static List<LogEntry> merged(BootRun boot) {
        List<LogEntry> entries = new ArrayList<>();
        long sequence = 0;
        for (LogLine line : boot.report().log()) {
            entries.add(new LogEntry(line.tsc(), LogEntry.Source.KERNEL, sequence++, line.text()));
        }
        long[] kernelCycles = boot.report().log().stream().mapToLong(LogLine::tsc).sorted().toArray();
        entries.addAll(MachineEventLines.of(boot.run().trace(), kernelCycles));
        entries.sort(LogEntry.ORDER);
        return entries;
    }
}
