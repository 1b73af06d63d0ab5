/**
 * smpboot's fuzz targets for every reader of firmware input, driven by Jazzer.
 *
 * @uses org.smpboot.kernel.api.platform.PlatformProvider the x86 and tdx platforms the boot
 *     targets boot with (runtime dependencies, found by the platform registry)
 *
 * <p>A composition root like the command line: it sees the kernel code, the ACPI library and the
 * simulated machine together. Each target package holds one class with Jazzer's
 * {@code fuzzerTestOneInput} entry point, so the standalone driver (and OSS-Fuzz) runs it as it is;
 * the JUnit {@code @FuzzTest}s in this module's tests run the same targets in regression mode.
 *
 * <p>Jazzer instruments and runs the targets on the class path (see docs/fuzzing.md, "JPMS"); this
 * descriptor states the module's dependencies and keeps its compilation honest.
 */
module org.smpboot.fuzz {
    requires org.smpboot.acpi;
    requires org.smpboot.machine;
    requires org.smpboot.smp;
    requires jazzer.api;

    exports org.smpboot.fuzz;
    exports org.smpboot.fuzz.boot;
    exports org.smpboot.fuzz.discovery;
    exports org.smpboot.fuzz.files;
    exports org.smpboot.fuzz.icr;
    exports org.smpboot.fuzz.kernel;
    exports org.smpboot.fuzz.madt;
    exports org.smpboot.fuzz.mailbox;
    exports org.smpboot.fuzz.records;

    uses org.smpboot.kernel.api.platform.PlatformProvider;

    // Guice reads the watch module's @Provides method reflectively.
    opens org.smpboot.fuzz.kernel to com.google.guice;
}
