package org.smpboot.acpi.problem;

/**
 * How a broken {@link Rule} is treated.
 *
 * <p>A strict reader throws on the first {@link #ERROR}; a lenient reader, like iasl, decodes what
 * it can and lists every problem. {@link #WARNING}s are recorded by both and never stop a read:
 * they are firmware oddities a kernel survives (Linux logs them as "[Firmware Bug]").
 */
public enum Severity {
    /** The table cannot be trusted as the spec defines it: a strict reader stops here. */
    ERROR,
    /** The table breaks a rule, but its meaning is still clear and kernels boot from it. */
    WARNING
}
