package org.smpboot.cli.boot;

/**
 * The kernel's boot program did not produce a report: it threw, or the machine's virtual-time
 * budget ran out first. A defect of the kernel code or of the machine, never of the user's flags;
 * reported in one line with exit status 1.
 */
public final class BootAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened, in one line
     * @param cause   what the boot program threw, or null
     */
    public BootAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
