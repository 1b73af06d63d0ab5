/**
 * The {@code smpboot} command line: the front door researchers use to boot the simulated machine,
 * list the platform plugins, decode firmware tables and encode or decode ICR values.
 *
 * <p>It is the composition root: it depends on the other modules and nothing depends on it. It is
 * the one place where the kernel's bring-up ({@code org.smpboot.smp}) and the simulated machine
 * ({@code org.smpboot.machine}) meet: the kernel runs as the machine's BSP program, reaching it
 * only through the hardware port.
 *
 * <p>It names no platform plugin: the platforms are runtime dependencies on the module path, and
 * the JDK's resolver binds them as providers of the service {@code org.smpboot.smp} uses, so the
 * command line needs no {@code uses} of its own. picocli reads the command classes reflectively, so
 * their packages are opened to it.
 */
module org.smpboot.cli {
    requires org.smpboot.kernel.api;
    requires org.smpboot.acpi;
    requires org.smpboot.machine;
    requires org.smpboot.smp;
    requires info.picocli;
    requires tools.jackson.core;
    requires java.xml;

    opens org.smpboot.cli to info.picocli;
    opens org.smpboot.cli.icr to info.picocli;
    opens org.smpboot.cli.boot to info.picocli;
    opens org.smpboot.cli.madt to info.picocli;
    opens org.smpboot.cli.machine to info.picocli;
    opens org.smpboot.cli.platforms to info.picocli;
}
