/**
 * What a MADT's processor entries mean to a kernel: {@link org.smpboot.acpi.processor.ProcessorView}
 * (every entry with its {@link org.smpboot.acpi.processor.Disposition}) and
 * {@link org.smpboot.acpi.processor.ProcessorCounts} (allocation-free counting).
 */
package org.smpboot.acpi.processor;
