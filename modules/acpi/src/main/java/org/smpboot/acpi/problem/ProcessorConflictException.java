package org.smpboot.acpi.problem;

/**
 * The processor entries of a MADT contradict each other so that a kernel cannot tell which CPUs
 * exist: two enabled entries claim the same APIC ID. Thrown only by a strict processor view; a
 * lenient one counts such a CPU once and records the problem.
 */
public final class ProcessorConflictException extends AcpiException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a processor conflict. */
    public ProcessorConflictException(Problem problem) {
        super(problem);
    }
}
