package org.smpboot.fuzz.kernel;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import java.util.List;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineRun;
import org.smpboot.smp.boot.BringUp;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.inject.SmpbootModule;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.platform.PlatformRegistry;
import org.smpboot.smp.report.BootReport;

/**
 * Boots the kernel's bring-up on a simulated machine as the {@code boot} command wires it (Guice,
 * {@code SmpbootModule}, the real platform plugins), with the wake-up strategy's writes watched.
 *
 * @param report  what the kernel reported, or null if the boot program threw
 * @param failure what the boot program threw, or null
 * @param run     what the machine saw
 * @param watch   the BSP's writes while the wake-up strategy ran
 */
public record KernelBoot(BootReport report, Throwable failure, MachineRun run, Watch watch) {

    /** The platform plugins, discovered once (x86 and tdx), not per input. */
    private static final PlatformRegistry REGISTRY = registry();

    /**
     * {@return the boot of {@code machine}} The machine runs until nothing is left to happen or
     * virtual time reaches {@code budgetCycles}; the boot program's runtime exceptions are caught
     * and returned, for the caller to judge (every one is a finding: the bring-up reports failures
     * rather than throwing them).
     */
    public static KernelBoot run(Machine machine, PlatformChoice choice, PlatformOptions options, long budgetCycles) {
        Watch watch = new Watch();
        BootReport[] report = new BootReport[1];
        Throwable[] failure = new Throwable[1];
        MachineRun run = machine.run(hardware -> {
            WatchedPort port = new WatchedPort(hardware, watch);
            try {
                report[0] = Guice.createInjector(Modules.override(
                                new SmpbootModule(port, REGISTRY, choice, options, BringUpSettings.DEFAULTS))
                        .with(new WatchModule(watch)))
                        .getInstance(BringUp.class).bringUpAllAps();
            } catch (RuntimeException escaped) {
                // Errors pass: the machine unwinds a processor's thread with one at the end of a run.
                failure[0] = escaped;
            }
        }, budgetCycles);
        return new KernelBoot(report[0], failure[0], run, watch);
    }

    private static PlatformRegistry registry() {
        PlatformRegistry registry = PlatformRegistry.discover(KernelBoot.class.getClassLoader());
        if (!registry.ids().containsAll(List.of("x86", "tdx"))) {
            throw new IllegalStateException("The fuzz targets need the x86 and tdx platforms; found " + registry.ids());
        }
        return registry;
    }

    /** Binds the platform's strategy, watched, in place of the platform's strategy. */
    static final class WatchModule extends AbstractModule {
        private final Watch watch;

        WatchModule(Watch watch) {
            this.watch = watch;
        }

        @Provides
        @Singleton
        WakeupStrategy watchedStrategy(Platform platform) {
            return new WatchedWakeup(platform.wakeupStrategy(), watch);
        }
    }
}
