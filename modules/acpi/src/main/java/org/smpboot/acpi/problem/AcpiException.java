package org.smpboot.acpi.problem;

import java.util.Objects;

/**
 * A firmware table broke a rule that a strict reader does not survive. The base of every exception
 * that this module's readers throw on bad input; the subclasses say which kind of rule.
 *
 * <p>These are the only exceptions the readers let escape for malformed bytes (fuzz targets assert
 * exactly this): {@link TableLengthException}, {@link ChecksumException}, {@link SignatureException},
 * {@link EntryException} and {@link ProcessorConflictException}. Each carries the {@link Problem}:
 * the byte offset where the offending structure starts and the {@link Rule} it broke.
 */
public abstract sealed class AcpiException extends RuntimeException
        permits TableLengthException, ChecksumException, SignatureException, EntryException,
                ProcessorConflictException {

    private static final long serialVersionUID = 1L;

    /** Transient: a report of bad firmware is for the reader that found it, not for the wire. */
    private final transient Problem problem;

    AcpiException(Problem problem) {
        // No message is formatted here: getMessage() renders the problem when someone asks, since
        // a lenient caller or a fuzzer catches most of these without ever reading it.
        super((String) null);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** {@return the problem as text, e.g. {@code 0x2c zero-length-entry: Type 0x00 with Length 0: ...}} */
    @Override
    public String getMessage() {
        return problem == null ? null : problem.toString();
    }

    /** {@return the byte offset where the offending structure starts} */
    public long offset() {
        return problem.offset();
    }

    /** {@return the rule that was broken} */
    public Rule rule() {
        return problem.rule();
    }

    /** {@return the problem this exception reports} */
    public Problem problem() {
        return problem;
    }
}
