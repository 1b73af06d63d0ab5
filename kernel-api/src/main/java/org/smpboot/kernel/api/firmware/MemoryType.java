package org.smpboot.kernel.api.firmware;

/**
 * What a range of physical memory is for, in the memory map the boot loader hands the kernel.
 *
 * <p>The first five carry their E820 / ACPI address-range type codes; {@link #RECLAIMABLE} is the
 * kernel's own type for memory in use during boot that is free once boot is done (the AP boot
 * area at 0x8000, for instance).
 *
 * @spec ACPI 6.5 §15.1 "Address Range Types" (Table "Address Range Types")
 */
public enum MemoryType {
    /** E820 type 1: RAM the OS may use. */
    USABLE(1),
    /** E820 type 2: in use or reserved by the system; do not use. */
    RESERVED(2),
    /** E820 type 3: ACPI tables; usable once they are read. */
    ACPI_RECLAIMABLE(3),
    /** E820 type 4: ACPI non-volatile storage, such as the multiprocessor wakeup mailbox. */
    ACPI_NVS(4),
    /** E820 type 5: memory with errors. */
    UNUSABLE(5),
    /** Kernel-defined: used during boot, free afterwards. */
    RECLAIMABLE(0);

    private final int e820Type;

    MemoryType(int e820Type) {
        this.e820Type = e820Type;
    }

    /** {@return the E820 type code, or 0 for the kernel-defined {@link #RECLAIMABLE}} */
    public int e820Type() {
        return e820Type;
    }
}
