/**
 * The Root System Description Pointer: {@link org.smpboot.acpi.rsdp.Rsdp} and its checked reader.
 */
package org.smpboot.acpi.rsdp;
