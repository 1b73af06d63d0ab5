package org.smpboot.machine.fault;

/**
 * Thrown by {@link FaultSpec#parse} for text that is not a fault specification. The message quotes
 * the input, says what is wrong with it and lists every accepted form.
 */
public final class FaultSpecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The specification that was refused. */
    private final String input;

    /**
     * Creates the exception.
     *
     * @param input  the refused text
     * @param reason what is wrong with it
     */
    public FaultSpecException(String input, String reason) {
        super("Invalid fault \"%s\": %s. Accepted: %s".formatted(input, reason, FaultSpec.ACCEPTED_FORMS));
        this.input = input;
    }

    /** {@return the refused text} */
    public String input() {
        return input;
    }
}
