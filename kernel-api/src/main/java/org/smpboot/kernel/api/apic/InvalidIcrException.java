package org.smpboot.kernel.api.apic;

import java.util.Objects;

/**
 * Thrown when an Interrupt Command Register value breaks a {@link IcrRule.Severity#FORBIDDEN} rule:
 * on encoding a value to send, or on strictly decoding a raw value with reserved bits set.
 *
 * <p>The message is one line naming the field, its value, the rule and its citation, e.g.
 * {@code Start-Up vector 0xa0 is in the reserved range 0xa0-0xbf [reserved-startup-vector; MP Spec
 * 1.4 §B.4.2: ...]}.
 */
public final class InvalidIcrException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The violation, never null. */
    private final transient IcrViolation violation;

    /**
     * Creates an exception for one violation.
     *
     * @param violation the broken rule and what broke it
     */
    public InvalidIcrException(IcrViolation violation) {
        super(Objects.requireNonNull(violation, "violation").message());
        this.violation = violation;
    }

    /** {@return the violation that caused this exception} */
    public IcrViolation violation() {
        return violation;
    }

    /** {@return the rule that was broken} */
    public IcrRule rule() {
        return violation.rule();
    }
}
