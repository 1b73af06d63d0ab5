package org.smpboot.fuzz.kernel;

import java.util.function.BooleanSupplier;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;
import org.smpboot.kernel.api.hw.CpuidResult;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * The machine's hardware port as the BSP's kernel code sees it, with its memory and MMIO writes
 * noted by a {@link Watch}; everything else passes through. Application processors get the
 * machine's own port, so only the BSP is watched.
 */
final class WatchedPort implements HardwarePort {

    private final HardwarePort port;
    private final Watch watch;
    private final PhysicalMemory memory;

    WatchedPort(HardwarePort port, Watch watch) {
        this.port = port;
        this.watch = watch;
        this.memory = new WatchedMemory(port.memory(), watch);
    }

    Watch watch() {
        return watch;
    }

    @Override
    public ApicId currentApicId() {
        return port.currentApicId();
    }

    @Override
    public PhysicalMemory memory() {
        return memory;
    }

    @Override
    public int mmioRead32(long address) {
        return port.mmioRead32(address);
    }

    @Override
    public void mmioWrite32(long address, int value) {
        watch.mmioWrite(address);
        port.mmioWrite32(address, value);
    }

    @Override
    public long readMsr(int msr) {
        return port.readMsr(msr);
    }

    @Override
    public void writeMsr(int msr, long value) {
        port.writeMsr(msr, value);
    }

    @Override
    public long rdtsc() {
        return port.rdtsc();
    }

    @Override
    public CpuidResult cpuid(int leaf, int subleaf) {
        return port.cpuid(leaf, subleaf);
    }

    @Override
    public void pause() {
        port.pause();
    }

    @Override
    public boolean spinUntil(BooleanSupplier condition, long timeoutCycles) {
        return port.spinUntil(condition, timeoutCycles);
    }

    @Override
    public void spinFor(long cycles) {
        port.spinFor(cycles);
    }

    @Override
    public void jump(long address) {
        port.jump(address);
    }

    @Override
    public FirmwareHandoff firmwareHandoff() {
        return port.firmwareHandoff();
    }

    @Override
    public long addressOf(ApEntryPoint entry) {
        return port.addressOf(entry);
    }
}
