package org.smpboot.smp.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformEnvironment;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.smp.boot.BringUp;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.firmware.BootFirmware;
import org.smpboot.smp.firmware.FirmwareReader;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.platform.PlatformRegistry;
import org.smpboot.smp.platform.PlatformSelection;

/**
 * Wires a kernel's bring-up: the hardware port, what firmware says, the platform chosen from the
 * registry, its APIC driver and wake-up strategy, and the {@link BringUp} service. It holds no
 * logic: each binding delegates to the class that decides.
 *
 * <p>Every part is its own binding, so a research prototype replaces one in its own module and
 * keeps the rest:
 * {@snippet :
 * Injector injector = Guice.createInjector(Modules.override(new SmpbootModule(hardware, registry,
 *         PlatformChoice.auto(), PlatformOptions.NONE, BringUpSettings.DEFAULTS))
 *     .with(new AbstractModule() {
 *         @Provides WakeupStrategy myStrategy(HardwarePort hw, Apic apic) { return new MyWakeup(hw, apic); }
 *     }));
 * BootReport report = injector.getInstance(BringUp.class).bringUpAllAps();
 * }
 */
public final class SmpbootModule extends AbstractModule {

    private final HardwarePort hardware;
    private final PlatformRegistry registry;
    private final PlatformChoice choice;
    private final PlatformOptions options;
    private final BringUpSettings settings;

    /**
     * Creates the module.
     *
     * @param hardware the hardware port the kernel runs on
     * @param registry the platform providers to choose from
     * @param choice   {@code auto} or a provider ID
     * @param options  the platform's settings
     * @param settings the bring-up's tunables
     */
    public SmpbootModule(HardwarePort hardware, PlatformRegistry registry, PlatformChoice choice,
            PlatformOptions options, BringUpSettings settings) {
        this.hardware = Objects.requireNonNull(hardware, "hardware");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.options = Objects.requireNonNull(options, "options");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(HardwarePort.class).toInstance(hardware);
        bind(PlatformRegistry.class).toInstance(registry);
        bind(PlatformChoice.class).toInstance(choice);
        bind(PlatformOptions.class).toInstance(options);
        bind(BringUpSettings.class).toInstance(settings);
        bind(BringUp.class);
    }

    @Provides
    @Singleton
    BootFirmware firmware(HardwarePort port) {
        return FirmwareReader.read(port);
    }

    @Provides
    @Singleton
    PlatformSelection selection(PlatformRegistry providers, HardwarePort port, PlatformChoice chosen) {
        return PlatformSelection.select(providers, port, chosen);
    }

    @Provides
    @Singleton
    Platform platform(PlatformSelection selection, HardwarePort port, BootFirmware firmware, PlatformOptions settings) {
        return selection.chosen().create(new PlatformEnvironment(port, firmware.info(), settings));
    }

    @Provides
    @Singleton
    Apic apic(Platform platform) {
        return platform.apic();
    }

    @Provides
    @Singleton
    WakeupStrategy wakeupStrategy(Platform platform) {
        return platform.wakeupStrategy();
    }
}
