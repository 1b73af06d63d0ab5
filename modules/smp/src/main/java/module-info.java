/**
 * smpboot's multiprocessor bring-up: kernel code. It reads the MADT through the ACPI library,
 * chooses a platform plugin, prepares the AP boot image and boot data, wakes the APs through the
 * platform's wake-up strategy, waits with a bound and reports every CPU's fate.
 *
 * <p>It reaches hardware only through {@code HardwarePort}; it never sees the simulator.
 *
 * @uses org.smpboot.kernel.api.platform.PlatformProvider the platform backends, discovered by
 *     {@link org.smpboot.smp.platform.PlatformRegistry}
 */
module org.smpboot.smp {
    requires transitive org.smpboot.kernel.api;
    requires transitive org.smpboot.acpi;
    requires transitive com.google.guice;
    requires jakarta.inject;

    exports org.smpboot.smp.boot;
    exports org.smpboot.smp.firmware;
    exports org.smpboot.smp.inject;
    exports org.smpboot.smp.memory;
    exports org.smpboot.smp.platform;
    exports org.smpboot.smp.report;

    // Guice reads constructors and @Provides methods reflectively.
    opens org.smpboot.smp.boot to com.google.guice;
    opens org.smpboot.smp.inject to com.google.guice;

    uses org.smpboot.kernel.api.platform.PlatformProvider;
}
