package org.smpboot.kernel.api.apic;

import java.util.Objects;

/**
 * A finding of {@link IcrRules}: one ICR value breaks one {@link IcrRule}.
 *
 * @param rule   the rule that was broken
 * @param detail what in this value breaks it, naming the field and its value
 */
public record IcrViolation(IcrRule rule, String detail) {

    /** Validates that both parts are present. */
    public IcrViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@return one line: the detail, the rule's name and its citation} */
    public String message() {
        return "%s [%s; %s]".formatted(detail, rule.slug(), rule.citation());
    }
}
