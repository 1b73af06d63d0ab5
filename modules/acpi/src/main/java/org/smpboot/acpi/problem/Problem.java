package org.smpboot.acpi.problem;

import java.util.Objects;

/**
 * One broken rule found in a firmware table: where, which rule, and what was seen.
 *
 * @param offset the byte offset in the table (or the RSDP, or the file) where the offending
 *               structure starts; never negative
 * @param rule   the rule that was broken
 * @param detail what was expected and what was seen, e.g. "Length 0 at type 0x00"
 */
public record Problem(long offset, Rule rule, String detail) {

    /** Validates that the offset is not negative and nothing is missing. */
    public Problem {
        if (offset < 0) {
            throw new IllegalArgumentException("Invalid problem offset %d: negative".formatted(offset));
        }
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@return whether the broken rule is an {@link Severity#ERROR}} */
    public boolean isError() {
        return rule.severity() == Severity.ERROR;
    }

    /** {@return e.g. {@code 0x2c zero-length-entry: Length 0 at type 0x00}} */
    @Override
    public String toString() {
        return "0x" + Long.toHexString(offset) + " " + rule.id() + ": " + detail;
    }
}
