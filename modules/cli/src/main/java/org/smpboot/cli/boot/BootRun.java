package org.smpboot.cli.boot;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.util.Objects;
import java.util.Optional;
import org.smpboot.cli.UsageException;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineRun;
import org.smpboot.smp.boot.BringUp;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.inject.SmpbootModule;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.platform.PlatformRegistry;
import org.smpboot.smp.platform.PlatformSelection;
import org.smpboot.smp.report.BootReport;

/**
 * One boot: the kernel's bring-up, wired by Guice exactly as a kernel wires it, run as the BSP's
 * program on a simulated machine; both sides' record of it.
 *
 * @param report    what the kernel reported
 * @param selection the platform the kernel chose and every provider's probe result
 * @param run       what the machine saw
 */
public record BootRun(BootReport report, PlatformSelection selection, MachineRun run) {

    /**
     * Sixty seconds of virtual time: far beyond every bounded wait of a boot (the longest default is
     * the TDX mailbox's one-second acknowledgement bound), so a run ends at quiescence unless a
     * fault keeps a processor busy for longer.
     */
    public static final long BUDGET_SECONDS = 60;

    /** Validates that every part is present. */
    public BootRun {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(run, "run");
    }

    /**
     * Boots {@code machine}: selects the platform the flags choose, creates it with the options
     * they set, then brings up every AP.
     *
     * @throws UsageException        if no platform can be selected or the chosen one refuses an option
     * @throws BootAbortedException  if the kernel's boot program threw or did not finish in the budget
     */
    public static BootRun boot(Machine machine, PlatformRegistry registry, PlatformFlags flags) {
        return boot(machine, registry, flags, () -> { });
    }

    /**
     * Boots {@code machine} as {@link #boot(Machine, PlatformRegistry, PlatformFlags)} does, calling
     * {@code onKernelEntry} (on the AP's simulated thread) each time an AP reaches the kernel.
     */
    static BootRun boot(Machine machine, PlatformRegistry registry, PlatformFlags flags, Runnable onKernelEntry) {
        PlatformChoice choice = flags.choice();
        PlatformOptions options = flags.options();
        Outcome outcome = new Outcome();
        MachineRun run = machine.run(hardware -> outcome.bootOn(new CountingPort(hardware, onKernelEntry), registry,
                        choice, options),
                Math.multiplyExact(BUDGET_SECONDS, machine.description().tscHz()));
        if (outcome.refusal != null) {
            throw flags.refused(Optional.ofNullable(outcome.selection).map(selection -> selection.chosen().id()),
                    outcome.refusal);
        }
        if (outcome.failure != null) {
            throw new BootAbortedException("the kernel's boot program failed: " + describe(outcome.failure),
                    outcome.failure);
        }
        if (outcome.report == null) {
            throw new BootAbortedException("the kernel's boot program did not finish within %d s of virtual time"
                    .formatted(BUDGET_SECONDS), null);
        }
        return new BootRun(outcome.report, outcome.selection, run);
    }

    /**
     * What the BSP's program left behind. Written by the simulated BSP's thread, read by the thread
     * that called {@link Machine#run} once it returned; volatile, so the reads see the writes without
     * relying on how the machine ends its processor threads.
     */
    private static final class Outcome {
        private volatile BootReport report;
        private volatile PlatformSelection selection;
        private volatile PlatformException refusal;
        private volatile RuntimeException failure;

        void bootOn(HardwarePort hardware, PlatformRegistry registry, PlatformChoice choice, PlatformOptions options) {
            Injector injector = Guice.createInjector(
                    new SmpbootModule(hardware, registry, choice, options, BringUpSettings.DEFAULTS));
            try {
                // Selection and creation first: a platform refusing the user's options is a usage
                // error, not a failed boot.
                selection = injector.getInstance(PlatformSelection.class);
                injector.getInstance(Platform.class);
            } catch (ProvisionException provision) {
                Optional<PlatformException> refused = platformCause(provision);
                if (refused.isPresent()) {
                    refusal = refused.get();
                    return;
                }
                failure = provision;
                return;
            }
            try {
                report = injector.getInstance(BringUp.class).bringUpAllAps();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
    }

    private static Optional<PlatformException> platformCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlatformException platform) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }

    private static String describe(Throwable error) {
        Throwable root = error instanceof ProvisionException && error.getCause() != null ? error.getCause() : error;
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
