/**
 * What can be wrong with firmware tables: the {@link org.smpboot.acpi.problem.Rule}s they must
 * follow, the {@link org.smpboot.acpi.problem.Problem}s a lenient reader records, and the sealed
 * {@link org.smpboot.acpi.problem.AcpiException} hierarchy a strict reader throws.
 */
package org.smpboot.acpi.problem;
