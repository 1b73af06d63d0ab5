/**
 * MADT listings: {@link org.smpboot.acpi.listing.MadtWalker} visits every field in table order,
 * {@link org.smpboot.acpi.listing.IaslText} writes them as iasl's disassembler does.
 */
package org.smpboot.acpi.listing;
