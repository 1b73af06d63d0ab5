package org.smpboot.kernel.api.wakeup;

/**
 * One way of starting application processors: the INIT-SIPI-SIPI sequence in one of its variants,
 * the ACPI multiprocessor wakeup mailbox, or whatever a research platform invents.
 *
 * <p>Contract: {@link #wake} returns a report with exactly one outcome per target; a failure to
 * wake one processor is an outcome, not an exception, and does not stop the others; every wait is
 * bounded, so the call returns in bounded time whatever the hardware or firmware does. It runs on
 * the bootstrap processor. Whether the processors then reach the kernel is the caller's to
 * observe; a strategy that wakes processors one at a time may wait for each, bounded, through
 * {@link ApBootContext#arrivals()}.
 */
public interface WakeupStrategy {

    /** {@return a short stable name, e.g. {@code broadcast}, {@code per-cpu}, {@code mailbox}} */
    String name();

    /**
     * Wakes the targets of {@code context}.
     *
     * @param context where the boot image is and whom to wake
     * @return an outcome for every target, in target order
     */
    WakeupReport wake(ApBootContext context);
}
