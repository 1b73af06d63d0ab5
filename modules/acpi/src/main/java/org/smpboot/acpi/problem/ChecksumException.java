package org.smpboot.acpi.problem;

/**
 * The bytes of a table or of the RSDP do not sum to zero: the rules
 * {@link FormatRule#TABLE_CHECKSUM}, {@link FormatRule#RSDP_CHECKSUM} and
 * {@link FormatRule#RSDP_EXTENDED_CHECKSUM}.
 */
public final class ChecksumException extends AcpiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a checksum problem. */
    public ChecksumException(Problem problem) {
        super(problem);
    }
}
