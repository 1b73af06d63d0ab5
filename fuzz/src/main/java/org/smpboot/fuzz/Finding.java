package org.smpboot.fuzz;

/**
 * A fuzz target's oracle does not hold: the code under test returned something the spec or its
 * own contract rules out (a count above the entries present, a strict read that disagrees with a
 * lenient one, an encoding that does not round-trip, a boot without a complete report).
 *
 * <p>An {@link AssertionError}, so Jazzer reports it as a finding with the input that caused it,
 * exactly as it reports an exception that escaped the code under test. Targets build the message
 * only when the check fails: on the hot path a passing check allocates nothing.
 */
public final class Finding extends AssertionError {

    private static final long serialVersionUID = 1L;

    private Finding(String message) {
        super(message);
    }

    /** {@return a finding that says what was expected and what was seen} */
    public static Finding of(String format, Object... arguments) {
        return new Finding(format.formatted(arguments));
    }

    /**
     * {@return a finding for an exception the code under test let escape although its contract
     * does not allow it} The exception is the cause, so its stack trace shows where it came from.
     */
    public static Finding undocumented(String what, Throwable escaped) {
        Finding finding = new Finding("%s threw %s, which its contract does not allow: %s"
                .formatted(what, escaped.getClass().getName(), escaped.getMessage()));
        finding.initCause(escaped);
        return finding;
    }
}
