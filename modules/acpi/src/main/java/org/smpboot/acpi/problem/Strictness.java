package org.smpboot.acpi.problem;

/**
 * What a reader does when it finds a broken {@link Rule} of severity {@link Severity#ERROR}.
 *
 * <p>Both modes are total and bounded on arbitrary input: they never read outside the input, never
 * loop without progress, and never allocate more than a constant factor of the input's size.
 */
public enum Strictness {
    /** Throw the {@link AcpiException} for the first error. What a kernel that distrusts firmware does. */
    STRICT,
    /** Decode what can be decoded and record every problem. What iasl does. */
    LENIENT
}
