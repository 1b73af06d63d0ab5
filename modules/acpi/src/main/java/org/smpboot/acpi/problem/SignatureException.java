package org.smpboot.acpi.problem;

/**
 * A structure does not start with the signature the reader asked for: the rules
 * {@link FormatRule#RSDP_SIGNATURE} and {@link FormatRule#SIGNATURE_MISMATCH}; and no RSDP where a scan looks,
 * {@code SourceRule.RSDP_NOT_FOUND}.
 */
public final class SignatureException extends AcpiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a signature problem. */
    public SignatureException(Problem problem) {
        super(problem);
    }
}
