/**
 * What firmware tells the kernel, in firmware-neutral types: the boot hand-off (memory map, RSDP
 * address) and the ACPI multiprocessor wakeup mailbox.
 */
package org.smpboot.kernel.api.firmware;
