/**
 * The inverse of the readers: builds RSDPs, RSDTs, XSDTs and MADTs with correct lengths and
 * checksums ({@link org.smpboot.acpi.build.MadtBuilder}, {@link org.smpboot.acpi.build.AcpiImageBuilder}),
 * for the simulated firmware and for tests.
 */
package org.smpboot.acpi.build;
