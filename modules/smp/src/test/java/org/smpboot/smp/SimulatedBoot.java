package org.smpboot.smp;

import com.google.inject.Guice;
import com.google.inject.Module;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.MachineRun;
import org.smpboot.smp.boot.BringUp;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.inject.SmpbootModule;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.platform.PlatformRegistry;
import org.smpboot.smp.report.BootReport;

/**
 * Boots the kernel's bring-up on a simulated machine, the way the {@code boot} command does, and
 * returns both sides' view: the kernel's report and the machine's record of the run.
 *
 * @param report  what the kernel reported, or null if the boot program threw
 * @param failure what the boot program threw, or null
 * @param run     what the machine saw
 */
record SimulatedBoot(BootReport report, Throwable failure, MachineRun run) {

    /** One minute of virtual time at 2 GHz: far beyond every bounded wait of a boot. */
    static final long BUDGET = 2_000_000_000L * 60;

    /** {@return the platform providers on the test path: x86 and tdx} */
    static PlatformRegistry registry() {
        return PlatformRegistry.discover(SimulatedBoot.class.getClassLoader());
    }

    /** {@return a boot of {@code description} with automatic platform selection} */
    static SimulatedBoot of(MachineDescription description) {
        return of(Machine.build(description), PlatformChoice.auto(), PlatformOptions.NONE);
    }

    /** {@return a boot of {@code description} on the x86 platform with {@code key=value} options} */
    static SimulatedBoot x86(MachineDescription description, String... keyValues) {
        return of(Machine.build(description), new PlatformChoice("x86"), options(keyValues));
    }

    /** {@return a boot of {@code machine} with the given platform choice and options} */
    static SimulatedBoot of(Machine machine, PlatformChoice choice, PlatformOptions options) {
        return of(machine, hardware -> new SmpbootModule(hardware, registry(), choice, options, BringUpSettings.DEFAULTS));
    }

    /** {@return a boot of {@code machine} wired by the module {@code modules} makes for its port} */
    static SimulatedBoot of(Machine machine, Function<HardwarePort, Module> modules) {
        AtomicReference<BootReport> report = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        MachineRun run = machine.run(hardware -> {
            try {
                report.set(Guice.createInjector(modules.apply(hardware)).getInstance(BringUp.class).bringUpAllAps());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, BUDGET);
        return new SimulatedBoot(report.get(), failure.get(), run);
    }

    /** {@return options from {@code key=value} strings} */
    static PlatformOptions options(String... keyValues) {
        Map<String, String> values = new TreeMap<>();
        for (String keyValue : keyValues) {
            String[] parts = keyValue.split("=", 2);
            values.put(parts[0], parts[1]);
        }
        return new PlatformOptions(values);
    }

    /** {@return the report, failing the test with the boot's exception if there is none} */
    BootReport requireReport() {
        if (report == null) {
            throw new AssertionError("the boot program threw instead of reporting", failure);
        }
        return report;
    }
}
