package org.smpboot.smp.memory;

/**
 * Thrown when the firmware memory map has too little usable RAM for the boot's data structures
 * (per-AP stacks, boot records, page tables): a machine description or firmware problem, reported
 * in one line naming what was needed.
 */
public final class OutOfBootMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was needed and what was available
     */
    public OutOfBootMemoryException(String message) {
        super(message);
    }
}
