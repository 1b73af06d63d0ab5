package org.smpboot.kernel.api.hw;

/**
 * An access to physical memory that no RAM or device backs, or a misaligned atomic access: on
 * hardware a machine check or a page fault during boot, fatal either way.
 */
public final class PhysicalMemoryFault extends HardwareFault {

    private static final long serialVersionUID = 1L;

    /** The first address of the faulting access. */
    private final long address;
    /** The length of the faulting access in bytes. */
    private final long length;

    /**
     * Creates a fault for the access {@code [address, address + length)}.
     *
     * @param address the first byte accessed
     * @param length  the number of bytes accessed
     * @param reason  why it faulted, e.g. "not backed by memory"
     */
    public PhysicalMemoryFault(long address, long length, String reason) {
        super("Physical memory fault at 0x%x (%d bytes): %s".formatted(address, length, reason));
        this.address = address;
        this.length = length;
    }

    /** {@return the first address of the faulting access} */
    public long address() {
        return address;
    }

    /** {@return the length of the faulting access in bytes} */
    public long length() {
        return length;
    }
}
