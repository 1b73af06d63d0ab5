/**
 * The {@code smpboot} command line: the front door researchers use to boot the simulated machine,
 * decode firmware tables and encode or decode ICR values.
 *
 * <p>It is the composition root: it depends on the other modules and nothing depends on it.
 * picocli reads the command classes reflectively, so their packages are opened to it.
 */
module org.smpboot.cli {
    requires org.smpboot.kernel.api;
    requires org.smpboot.acpi;
    requires info.picocli;
    requires tools.jackson.core;

    opens org.smpboot.cli to info.picocli;
    opens org.smpboot.cli.icr to info.picocli;
    opens org.smpboot.cli.boot to info.picocli;
    opens org.smpboot.cli.madt to info.picocli;
}
