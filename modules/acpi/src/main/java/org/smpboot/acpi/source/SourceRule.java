package org.smpboot.acpi.source;

import org.smpboot.acpi.problem.Rule;
import org.smpboot.acpi.problem.Severity;

/**
 * What a table source expects of the medium the tables come in, beyond the ACPI tables themselves.
 */
public enum SourceRule implements Rule {
    /** Firmware places the RSDP on a 16-byte boundary in the EBDA's first KiB or in 0xE0000-0xFFFFF. */
    RSDP_NOT_FOUND(Severity.ERROR, "ACPI 6.5 §5.2.5.1 'Finding the RSDP on IA-PC Systems'"),
    /** acpidump prints a "SIG @ 0xADDR" line per table, then "OFFSET: bytes  ascii" lines. */
    DUMP_LINE_UNREADABLE(Severity.WARNING, "ACPICA acpidump output format (tables as hex-dump text)"),
    /** acpidump's hex lines run from offset 0 in steps of 16 bytes. */
    DUMP_OFFSET_OUT_OF_ORDER(Severity.WARNING, "ACPICA acpidump output format (tables as hex-dump text)"),
    /** A reader follows a bounded number of root-table entries; firmware lists tens of tables. */
    ROOT_TABLE_ENTRIES_LIMITED(Severity.WARNING,
            "ACPI 6.5 §5.2.7/§5.2.8 'Entry' (no bound on their number); smpboot follows the first 1024"),
    /** A file of a tables directory could not be read. */
    FILE_UNREADABLE(Severity.WARNING, "Linux /sys/firmware/acpi/tables: one file per table"),
    /** A directory holds more files than a tables directory does: only the first were read. */
    TOO_MANY_FILES(Severity.WARNING, "Linux /sys/firmware/acpi/tables: tables, and dynamic/ and data/ beneath");

    private final Severity severity;
    private final String citation;

    SourceRule(Severity severity, String citation) {
        this.severity = severity;
        this.citation = citation;
    }


    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String citation() {
        return citation;
    }
}
