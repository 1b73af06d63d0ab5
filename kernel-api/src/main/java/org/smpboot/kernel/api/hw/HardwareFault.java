package org.smpboot.kernel.api.hw;

/**
 * A fault the hardware raises while kernel code runs: the simulated counterpart of an x86
 * exception that kernel boot code does not handle.
 *
 * <p>Kernel code lets these propagate; whoever runs the code on a processor (the machine) records
 * the processor as faulted, with this message, and stops it, as a real CPU would triple-fault.
 */
public abstract sealed class HardwareFault extends RuntimeException
        permits PhysicalMemoryFault, GeneralProtectionFault {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a fault.
     *
     * @param message what was accessed and why it faulted
     */
    protected HardwareFault(String message) {
        super(message);
    }
}
