package org.smpboot.acpi.problem;

/**
 * A table, or the RSDP, is shorter than its fixed part or claims more bytes than it has: the
 * rules {@link FormatRule#TABLE_SHORTER_THAN_HEADER}, {@link FormatRule#LENGTH_BEYOND_BUFFER},
 * {@link FormatRule#MADT_SHORTER_THAN_FIXED_FIELDS} and {@link FormatRule#RSDP_LENGTH}.
 */
public final class TableLengthException extends AcpiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a length problem. */
    public TableLengthException(Problem problem) {
        super(problem);
    }
}
