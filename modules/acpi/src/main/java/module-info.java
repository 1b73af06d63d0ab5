/**
 * smpboot's ACPI library: finds firmware tables, decodes the MADT as iasl does (and where iasl is
 * wrong, as the spec says), tells a kernel which processors to boot, lints firmware, and builds
 * tables for the simulated firmware. Used by kernel code and by the simulator alike; firmware is
 * hostile input, so every reader is total and bounded.
 *
 * <ul>
 *   <li>{@code problem}: the rules tables must follow, recorded problems, the exception hierarchy.</li>
 *   <li>{@code table}: the SDT header, signature, checksum; a length-checked table.</li>
 *   <li>{@code rsdp}: the Root System Description Pointer.</li>
 *   <li>{@code madt}, {@code madt.entry}: the MADT view and one record per structure type.</li>
 *   <li>{@code processor}: which processors a kernel boots, and the counts.</li>
 *   <li>{@code build}: the table builder.</li>
 *   <li>{@code listing}: iasl-style field listings and the visitor the JSON writer shares.</li>
 *   <li>{@code source}: where tables come from: physical memory, files, directories, acpidump text.</li>
 *   <li>{@code lint}: firmware checks with their ACPI citations.</li>
 * </ul>
 *
 * <p>The {@code internal} package (little-endian reads, an APIC ID set) is not exported.
 */
module org.smpboot.acpi {
    requires transitive org.smpboot.kernel.api;

    exports org.smpboot.acpi.problem;
    exports org.smpboot.acpi.table;
    exports org.smpboot.acpi.rsdp;
    exports org.smpboot.acpi.madt;
    exports org.smpboot.acpi.madt.entry;
    exports org.smpboot.acpi.processor;
    exports org.smpboot.acpi.build;
    exports org.smpboot.acpi.listing;
    exports org.smpboot.acpi.source;
    exports org.smpboot.acpi.lint;
}
