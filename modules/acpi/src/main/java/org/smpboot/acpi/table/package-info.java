/**
 * The parts every ACPI system description table shares: the {@link org.smpboot.acpi.table.Signature},
 * the 36-byte {@link org.smpboot.acpi.table.SdtHeader}, the {@link org.smpboot.acpi.table.Checksum},
 * and {@link org.smpboot.acpi.table.AcpiTable}, a table located and length-checked in its buffer.
 */
package org.smpboot.acpi.table;
