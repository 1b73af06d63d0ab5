package org.smpboot.machine.internal.port;

/**
 * What must happen after a processor writes physical memory through the port: the boot-area trace,
 * the mailbox firmware's reaction to a Command write, and waking spin-waiters that read the bytes.
 */
@FunctionalInterface
public interface WriteObserver {

    /**
     * Called after a write.
     *
     * @param cpu     the writer's CPU index
     * @param address the first byte written
     * @param length  how many bytes
     * @param time    the writer's TSC when it wrote
     */
    void written(int cpu, long address, long length, long time);
}
