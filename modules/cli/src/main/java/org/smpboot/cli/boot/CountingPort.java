package org.smpboot.cli.boot;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;
import org.smpboot.kernel.api.hw.CpuidResult;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * The BSP's hardware port, passed through unchanged but for one thing: the kernel's AP entry point
 * is wrapped so that every AP reaching the kernel is counted, which is what the progress bar shows.
 * Every method, the interface's default ones included, goes to the machine's port, so the kernel
 * sees exactly the hardware it would see without the count.
 *
 * <p>The count runs on the APs' simulated threads; {@code onKernelEntry} must be thread-safe.
 */
final class CountingPort implements HardwarePort {

    private final HardwarePort hardware;
    private final Runnable onKernelEntry;

    CountingPort(HardwarePort hardware, Runnable onKernelEntry) {
        this.hardware = Objects.requireNonNull(hardware, "hardware");
        this.onKernelEntry = Objects.requireNonNull(onKernelEntry, "onKernelEntry");
    }

    @Override
    public long addressOf(ApEntryPoint entry) {
        return hardware.addressOf(ap -> {
            onKernelEntry.run();
            entry.enter(ap);
        });
    }

    @Override
    public ApicId currentApicId() {
        return hardware.currentApicId();
    }

    @Override
    public PhysicalMemory memory() {
        return hardware.memory();
    }

    @Override
    public int mmioRead32(long address) {
        return hardware.mmioRead32(address);
    }

    @Override
    public void mmioWrite32(long address, int value) {
        hardware.mmioWrite32(address, value);
    }

    @Override
    public long readMsr(int msr) {
        return hardware.readMsr(msr);
    }

    @Override
    public void writeMsr(int msr, long value) {
        hardware.writeMsr(msr, value);
    }

    @Override
    public long rdtsc() {
        return hardware.rdtsc();
    }

    @Override
    public CpuidResult cpuid(int leaf, int subleaf) {
        return hardware.cpuid(leaf, subleaf);
    }

    @Override
    public void pause() {
        hardware.pause();
    }

    @Override
    public boolean spinUntil(BooleanSupplier condition, long timeoutCycles) {
        return hardware.spinUntil(condition, timeoutCycles);
    }

    @Override
    public void spinFor(long cycles) {
        hardware.spinFor(cycles);
    }

    @Override
    public void jump(long address) {
        hardware.jump(address);
    }

    @Override
    public FirmwareHandoff firmwareHandoff() {
        return hardware.firmwareHandoff();
    }
}
