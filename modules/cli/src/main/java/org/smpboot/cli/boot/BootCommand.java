package org.smpboot.cli.boot;

import org.smpboot.cli.ProgressBar;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smpboot.cli.machine.MachineOptions;
import org.smpboot.cli.machine.MachinePlan;
import org.smpboot.cli.timeline.Timeline;
import org.smpboot.machine.Machine;
import org.smpboot.smp.platform.PlatformRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smpboot boot}: the main job. Builds the simulated machine the flags describe, runs the
 * kernel's bring-up on its BSP with the platform plugin the flags choose, and reports every CPU's
 * fate as a kernel-style log (or JSON), optionally with a Chrome trace and an SVG timeline.
 *
 * <p>Exit status: 0 when every bootable CPU came up, {@value #INCOMPLETE} when some did not (the
 * report is complete all the same), 2 for bad usage (a bad flag or value, an unreadable file, a MADT
 * with no bootable CPU, an option the platform refuses), 1 when the kernel's boot program failed.
 */
@Command(name = "boot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bring up the application processors of a simulated machine and report every CPU's fate.",
            "Exit status: 0 all bootable CPUs up, 3 some not, 2 bad usage, 1 the boot program failed."})
public final class BootCommand implements Callable<Integer> {

    /** Exit status of a boot in which some bootable CPU did not come up. */
    public static final int INCOMPLETE = 3;

    /** Exit status of a boot in which every bootable CPU came up. */
    public static final int COMPLETE = 0;

    @CommandLine.Mixin
    private MachineOptions machine;

    @CommandLine.Mixin
    private PlatformFlags platform;

    @Option(names = "--json", description = "Print the report as one line of JSON instead of the log "
            + "(schema in docs/boot.md; byte-identical for the same flags and seed).")
    private boolean json;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write the event trace as Chrome trace-event JSON (open it in Perfetto).")
    private Path trace;

    @Option(names = "--svg", paramLabel = "FILE", description = "Write an SVG timeline of the boot.")
    private Path svg;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MachinePlan plan = machine.plan();
        PrintWriter out = spec.commandLine().getOut();
        BootRun boot;
        MachineFates fates;
        List<Violation> violations;
        try (ProgressBar progress = ProgressBar.onTerminal(spec.commandLine().getErr())) {
            progress.phase("building the machine", 0, "");
            Machine built = plan.build();
            progress.phase("booting", built.cpuCount() - 1L, "APs in the kernel");
            boot = BootRun.boot(built, PlatformRegistry.discover(BootCommand.class.getClassLoader()), platform,
                    progress::advance);
            progress.phase("writing the report", 0, "");
            fates = new MachineFates(boot.run(), plan.description().faults());
            violations = Violation.of(boot);
            if (trace != null || svg != null) {
                Timeline timeline = PictureFiles.timeline(boot, plan.kind());
                if (trace != null) {
                    PictureFiles.trace(timeline, trace);
                }
                if (svg != null) {
                    PictureFiles.svg(timeline, svg);
                }
            }
        }
        if (json) {
            BootJson.write(out, boot, plan.kind(), fates, violations);
        } else {
            BootLogWriter.write(out, boot, BootSummary.lines(boot, plan.kind(), fates, violations));
        }
        out.flush();
        return boot.report().complete() ? COMPLETE : INCOMPLETE;
    }
}
