package org.smpboot.machine.internal.cpu;

import org.smpboot.kernel.api.boot.ApEntryPoint;

/**
 * Where the AP trampoline lands: the kernel entry it resolved and the two pointers it loaded from
 * the boot image.
 *
 * @param entry            the kernel's Java AP entry
 * @param kernelEntry      its address, as the image holds it
 * @param bootInfoPointer  the boot-info array pointer slot's value
 * @param pageTablePointer the page-table pointer slot's value (what the trampoline loads into CR3)
 */
public record BootTarget(ApEntryPoint entry, long kernelEntry, long bootInfoPointer, long pageTablePointer) {
}
