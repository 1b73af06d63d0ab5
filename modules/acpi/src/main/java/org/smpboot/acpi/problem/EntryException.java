package org.smpboot.acpi.problem;

/**
 * An interrupt controller structure in the MADT cannot be walked or decoded: zero or too small a
 * Length, a structure that runs past the table, or one shorter than its type's structure
 * ({@link FormatRule#ZERO_LENGTH_ENTRY}, {@link FormatRule#ENTRY_SHORTER_THAN_HEADER},
 * {@link FormatRule#ENTRY_HEADER_TRUNCATED}, {@link FormatRule#ENTRY_OVERRUNS_TABLE},
 * {@link FormatRule#ENTRY_SHORTER_THAN_STRUCTURE}).
 */
public final class EntryException extends AcpiException {

    private static final long serialVersionUID = 1L;

    private final int type;
    private final int length;

    /**
     * Creates the exception.
     *
     * @param problem the broken rule, at the entry's offset
     * @param type    the entry's Type byte, or -1 when not even that is inside the table
     * @param length  the entry's Length byte, or -1 when it is not inside the table
     */
    public EntryException(Problem problem, int type, int length) {
        super(problem);
        this.type = type;
        this.length = length;
    }

    /** {@return the entry's Type byte, or -1 when it is not inside the table} */
    public int type() {
        return type;
    }

    /** {@return the entry's Length byte, or -1 when it is not inside the table} */
    public int length() {
        return length;
    }
}
