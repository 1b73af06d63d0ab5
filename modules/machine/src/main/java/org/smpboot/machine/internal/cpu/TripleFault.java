package org.smpboot.machine.internal.cpu;

/**
 * Raised by the trampoline model when the boot code a processor starts executing cannot work: the
 * processor takes an exception before any handler exists, then a double fault, then shuts down.
 */
public final class TripleFault extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the fault.
     *
     * @param reason what the trampoline found, naming the address and the value
     */
    public TripleFault(String reason) {
        super(reason, null, false, false);
    }
}
