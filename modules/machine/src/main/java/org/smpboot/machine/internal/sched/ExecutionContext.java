package org.smpboot.machine.internal.sched;

/**
 * One execution of kernel code on one simulated processor, and the virtual thread it runs on:
 * the BSP's program, or an AP's trampoline and kernel entry from one start-up.
 *
 * <p>INIT ends an AP's context and a later SIPI starts a new one, so a processor may have several
 * over a run; only the newest can be {@link #alive()}. The baton protocol: a context's thread runs
 * kernel code only between receiving the baton ({@link #baton} set by the previous holder, then
 * {@code unpark}) and handing it on; the volatile write and read order every memory access of the
 * previous holder before every access of the next.
 */
public final class ExecutionContext {

    private final int cpu;
    private final String name;
    Thread thread;
    /** Set by the previous holder to pass the baton; consumed by this context's thread. */
    volatile boolean baton;
    /** Set at the end of the run to make a parked thread unwind. */
    volatile boolean unwind;
    private boolean alive = true;
    /** The token of the one valid resume entry for this context in the queue, or null. */
    Object resumeToken;
    /** The spin-wait this context is blocked in, or null. */
    Waiter waiter;

    ExecutionContext(int cpu, String name) {
        this.cpu = cpu;
        this.name = name;
    }

    /** {@return the index of the processor this context runs on} */
    public int cpu() {
        return cpu;
    }

    /** {@return whether the context may still run (not ended, not reset by INIT)} */
    public boolean alive() {
        return alive;
    }

    void end() {
        alive = false;
        resumeToken = null;
    }

    @Override
    public String toString() {
        return name;
    }
}
