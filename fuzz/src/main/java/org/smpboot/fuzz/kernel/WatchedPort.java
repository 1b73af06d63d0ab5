package org.smpboot.fuzz.kernel;

import org.smpboot.kernel.api.hw.ForwardingHardwarePort;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * The machine's hardware port as the BSP's kernel code sees it, with its memory and MMIO writes
 * noted by a {@link Watch}; everything else passes through. Application processors get the
 * machine's own port, so only the BSP is watched.
 */
final class WatchedPort extends ForwardingHardwarePort {

    private final Watch watch;
    private final PhysicalMemory memory;

    WatchedPort(HardwarePort port, Watch watch) {
        super(port);
        this.watch = watch;
        this.memory = new WatchedMemory(port.memory(), watch);
    }

    @Override
    public PhysicalMemory memory() {
        return memory;
    }

    @Override
    public void mmioWrite32(long address, int value) {
        watch.mmioWrite(address);
        super.mmioWrite32(address, value);
    }
}
