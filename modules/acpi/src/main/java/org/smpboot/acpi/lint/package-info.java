/**
 * Firmware lints for the MADT ({@link org.smpboot.acpi.lint.MadtLinter}), each a
 * {@link org.smpboot.acpi.lint.LintRule} with its ACPI citation.
 */
package org.smpboot.acpi.lint;
