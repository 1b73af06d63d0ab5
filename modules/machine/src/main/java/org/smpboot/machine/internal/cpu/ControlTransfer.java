package org.smpboot.machine.internal.cpu;

/**
 * Carries a processor's jump ({@link org.smpboot.kernel.api.hw.HardwarePort#jump}) out of the kernel
 * code that made it, up to the life-cycle model, which continues the processor at the target.
 *
 * <p>An {@link Error}, like a jump that no {@code catch} of kernel code should intercept.
 */
public final class ControlTransfer extends Error {

    private static final long serialVersionUID = 1L;

    /** Where the processor continues. */
    private final long target;

    /**
     * Creates the transfer.
     *
     * @param target the physical address jumped to
     */
    public ControlTransfer(long target) {
        super("jump to 0x%x".formatted(target), null, false, false);
        this.target = target;
    }

    /** {@return the physical address jumped to} */
    public long target() {
        return target;
    }
}
