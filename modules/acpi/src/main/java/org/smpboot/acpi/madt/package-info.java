/**
 * The Multiple APIC Description Table: {@link org.smpboot.acpi.madt.Madt}, a validated zero-copy
 * view, and {@link org.smpboot.acpi.madt.MadtCursor}, an allocation-free walk of its structures.
 */
package org.smpboot.acpi.madt;
