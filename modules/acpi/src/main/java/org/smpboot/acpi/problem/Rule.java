package org.smpboot.acpi.problem;

/**
 * A rule that firmware tables must follow, as the ACPI specification (or a kernel that reads
 * them) states it: the thing a {@link Problem} or an {@link AcpiException} says was broken.
 *
 * <p>Implementations are enums, one per concern: {@link FormatRule} for the bytes of a table,
 * {@code ProcessorRule} for what the processor entries mean, {@code LintRule} for fwts-class
 * checks. Every rule names its citation so that a report can be checked against the spec.
 */
public interface Rule {

    /** {@return the constant's name, e.g. {@code ZERO_LENGTH_ENTRY}: rules are enum constants} */
    String name();

    /** {@return a stable, machine-readable identifier, e.g. {@code zero-length-entry}: the name in kebab case} */
    default String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** {@return how a violation is treated: errors stop a strict parse, warnings never do} */
    Severity severity();

    /** {@return where the rule is stated: spec section and table/field, or the kernel source} */
    String citation();
}
