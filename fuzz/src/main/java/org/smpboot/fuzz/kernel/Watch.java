package org.smpboot.fuzz.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The writes the BSP's kernel code made to memory and to MMIO registers while the watch was open.
 *
 * <p>Opened and closed on the BSP, by {@link WatchedWakeup} around the wake-up strategy; read
 * after the run. A write made while closed, or by another processor (each simulated processor
 * runs on its own thread; an AP woken meanwhile may use the BSP's APIC driver), is not noted.
 */
public final class Watch {

    /**
     * One write.
     *
     * @param address its first byte
     * @param length  how many bytes
     * @param mmio    whether it went to an MMIO register rather than memory
     */
    public record Write(long address, long length, boolean mmio) {

        /** {@return whether the write lies inside {@code [start, start + size)}} */
        public boolean inside(long start, long size) {
            return !mmio && address >= start && address + length <= start + size;
        }
    }

    private final List<Write> writes = new ArrayList<>();
    private Thread watched;

    void open() {
        watched = Thread.currentThread();
    }

    void close() {
        watched = null;
    }

    void write(long address, long length) {
        if (Thread.currentThread() == watched) {
            writes.add(new Write(address, length, false));
        }
    }

    void mmioWrite(long address) {
        if (Thread.currentThread() == watched) {
            writes.add(new Write(address, 4, true));
        }
    }

    /** {@return the writes noted, in order} */
    public List<Write> writes() {
        return List.copyOf(writes);
    }
}
