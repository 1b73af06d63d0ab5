package org.smpboot.acpi.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a reader reports broken rules: a strict reader's errors are thrown, everything else is
 * recorded in order of discovery.
 *
 * <p>Not thread-safe; one instance belongs to one read.
 */
public final class Problems {

    private final Strictness strictness;
    private final List<Problem> recorded = new ArrayList<>();

    /** Creates an empty report for a read in the given mode. */
    public Problems(Strictness strictness) {
        this.strictness = strictness;
    }

    /** {@return the mode of the read} */
    public Strictness strictness() {
        return strictness;
    }

    /**
     * Reports a broken rule.
     *
     * @param problem   what was broken
     * @param exception builds the typed exception a strict read throws for an error
     * @throws AcpiException if the read is strict and the rule is an error
     */
    public void report(Problem problem, Supplier<? extends AcpiException> exception) {
        if (strictness == Strictness.STRICT && problem.isError()) {
            throw exception.get();
        }
        recorded.add(problem);
    }

    /**
     * Records a broken rule of severity {@link Severity#WARNING}: never thrown.
     *
     * @throws IllegalArgumentException if the rule is an error (use {@link #report})
     */
    public void warn(Problem problem) {
        if (problem.isError()) {
            throw new IllegalArgumentException("Invalid warning %s: the rule is an error".formatted(problem));
        }
        recorded.add(problem);
    }

    /** {@return the problems recorded so far, in order of discovery} */
    public List<Problem> list() {
        return List.copyOf(recorded);
    }
}
