package org.smpboot.machine.internal.sched;

/**
 * Thrown inside a simulated processor's virtual thread to unwind kernel code that will never run
 * again: when the run ends with the processor parked, or after INIT reset it while it ran.
 *
 * <p>An {@link Error}, so that kernel code catching {@link RuntimeException} or
 * {@link org.smpboot.kernel.api.hw.HardwareFault} lets it through; every port operation throws it
 * again once the processor's context is dead, so even code that swallows it cannot run on.
 */
public final class CpuUnwind extends Error {

    private static final long serialVersionUID = 1L;

    /** The one instance: it carries no state and no stack trace. */
    static final CpuUnwind INSTANCE = new CpuUnwind();

    private CpuUnwind() {
        super("simulated processor unwound", null, false, false);
    }
}
