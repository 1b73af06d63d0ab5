package org.smpboot.kernel.api.hw;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;

/**
 * A hardware port that passes every operation, default methods included, to another port: the
 * base of a port decorator (one that counts, traces, or watches what kernel code does) that
 * overrides only the operations it cares about.
 *
 * {@snippet :
 * HardwarePort counting = new ForwardingHardwarePort(port) {
 *     @Override
 *     public void mmioWrite32(long address, int value) {
 *         writes.incrementAndGet();
 *         super.mmioWrite32(address, value);
 *     }
 * };
 * }
 *
 * @implSpec Holds no state but the port it forwards to; it is as thread-safe as that port. Like
 *     the port, every operation acts on the processor that executes it.
 */
public abstract class ForwardingHardwarePort implements HardwarePort {

    private final HardwarePort port;

    /** Creates a port that forwards to {@code port}. */
    protected ForwardingHardwarePort(HardwarePort port) {
        this.port = Objects.requireNonNull(port, "port");
    }

    /** {@return the port operations are forwarded to} */
    protected final HardwarePort forwardedTo() {
        return port;
    }

    @Override
    public ApicId currentApicId() {
        return port.currentApicId();
    }

    @Override
    public PhysicalMemory memory() {
        return port.memory();
    }

    @Override
    public int mmioRead32(long address) {
        return port.mmioRead32(address);
    }

    @Override
    public void mmioWrite32(long address, int value) {
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
