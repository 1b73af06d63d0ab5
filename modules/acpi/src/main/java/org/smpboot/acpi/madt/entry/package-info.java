/**
 * The MADT's Interrupt Controller Structures, one record per structure type named as the spec
 * names it, with each structure's field layout ({@link org.smpboot.acpi.madt.entry.Field}) written
 * down once and shared by decoding, encoding and listing.
 */
package org.smpboot.acpi.madt.entry;
