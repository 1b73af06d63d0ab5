/**
 * Where tables come from: {@link org.smpboot.acpi.source.TableSource} and
 * {@link org.smpboot.acpi.source.TableSources} for physical memory (RSDP discovery), raw table
 * files, tables directories, acpidump text and bytes.
 */
package org.smpboot.acpi.source;
