package org.smpboot.cli;

/**
 * A value the user gave that is well-formed but not acceptable, found while a command runs (an ICR
 * the SDM forbids, a file that is not a table): reported in one line with exit status 2, like a
 * malformed flag.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line naming the value and the rule it breaks
     */
    public UsageException(String message) {
        super(message);
    }
}
