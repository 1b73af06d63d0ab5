package org.smpboot.machine.internal.port;

import java.lang.foreign.MemorySegment;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.machine.CostModel;
import org.smpboot.machine.internal.memory.SparsePhysicalMemory;
import org.smpboot.machine.internal.sched.Scheduler;

/**
 * Physical memory as kernel code sees it through the hardware port: the raw memory, plus virtual
 * time for every access, the write side effects ({@link WriteObserver}), and, inside a spin-wait
 * condition, free reads that record what the condition depends on.
 *
 * <p>Each access happens at the executing processor's current time; its cost is charged after,
 * which may hand the baton to a processor that is due earlier.
 */
final class PortMemory implements PhysicalMemory {

    private final SparsePhysicalMemory raw;
    private final Scheduler scheduler;
    private final CostModel costs;
    private final WriteObserver observer;

    PortMemory(SparsePhysicalMemory raw, Scheduler scheduler, CostModel costs, WriteObserver observer) {
        this.raw = raw;
        this.scheduler = scheduler;
        this.costs = costs;
        this.observer = observer;
    }

    @Override
    public boolean isBacked(long address, long length) {
        scheduler.currentCpu();
        return raw.isBacked(address, length);
    }

    @Override
    public byte readByte(long address) {
        observeRead(address, 1);
        byte value = raw.readByte(address);
        scheduler.charge(costs.memoryAccessCycles());
        return value;
    }

    @Override
    public short readShort(long address) {
        observeRead(address, 2);
        short value = raw.readShort(address);
        scheduler.charge(costs.memoryAccessCycles());
        return value;
    }

    @Override
    public int readInt(long address) {
        observeRead(address, 4);
        int value = raw.readInt(address);
        scheduler.charge(costs.memoryAccessCycles());
        return value;
    }

    @Override
    public long readLong(long address) {
        observeRead(address, 8);
        long value = raw.readLong(address);
        scheduler.charge(costs.memoryAccessCycles());
        return value;
    }

    @Override
    public void writeByte(long address, byte value) {
        int cpu = write();
        raw.writeByte(address, value);
        written(cpu, address, 1, costs.memoryAccessCycles());
    }

    @Override
    public void writeShort(long address, short value) {
        int cpu = write();
        raw.writeShort(address, value);
        written(cpu, address, 2, costs.memoryAccessCycles());
    }

    @Override
    public void writeInt(long address, int value) {
        int cpu = write();
        raw.writeInt(address, value);
        written(cpu, address, 4, costs.memoryAccessCycles());
    }

    @Override
    public void writeLong(long address, long value) {
        int cpu = write();
        raw.writeLong(address, value);
        written(cpu, address, 8, costs.memoryAccessCycles());
    }

    @Override
    public short readShortAcquire(long address) {
        observeRead(address, 2);
        short value = raw.readShortAcquire(address);
        scheduler.charge(costs.memoryAccessCycles());
        return value;
    }

    @Override
    public void writeShortRelease(long address, short value) {
        int cpu = write();
        raw.writeShortRelease(address, value);
        written(cpu, address, 2, costs.memoryAccessCycles());
    }

    @Override
    public int readIntAcquire(long address) {
        observeRead(address, 4);
        int value = raw.readIntAcquire(address);
        scheduler.charge(costs.memoryAccessCycles());
        return value;
    }

    @Override
    public void writeIntRelease(long address, int value) {
        int cpu = write();
        raw.writeIntRelease(address, value);
        written(cpu, address, 4, costs.memoryAccessCycles());
    }

    @Override
    public long readLongAcquire(long address) {
        observeRead(address, 8);
        long value = raw.readLongAcquire(address);
        scheduler.charge(costs.memoryAccessCycles());
        return value;
    }

    @Override
    public void writeLongRelease(long address, long value) {
        int cpu = write();
        raw.writeLongRelease(address, value);
        written(cpu, address, 8, costs.memoryAccessCycles());
    }

    @Override
    public int getAndAddInt(long address, int delta) {
        int cpu = write();
        int old = raw.getAndAddInt(address, delta);
        written(cpu, address, 4, costs.atomicCycles());
        return old;
    }

    @Override
    public boolean compareAndSetInt(long address, int expected, int value) {
        int cpu = write();
        boolean swapped = raw.compareAndSetInt(address, expected, value);
        if (swapped) {
            written(cpu, address, 4, costs.atomicCycles());
        } else {
            scheduler.charge(costs.atomicCycles());
        }
        return swapped;
    }

    @Override
    public boolean compareAndSetLong(long address, long expected, long value) {
        int cpu = write();
        boolean swapped = raw.compareAndSetLong(address, expected, value);
        if (swapped) {
            written(cpu, address, 8, costs.atomicCycles());
        } else {
            scheduler.charge(costs.atomicCycles());
        }
        return swapped;
    }

    @Override
    public void write(long address, byte[] bytes) {
        int cpu = write();
        raw.write(address, bytes);
        written(cpu, address, bytes.length, costs.bulkCycles(bytes.length));
    }

    @Override
    public void write(long address, MemorySegment source) {
        int cpu = write();
        raw.write(address, source);
        written(cpu, address, source.byteSize(), costs.bulkCycles(source.byteSize()));
    }

    @Override
    public void fill(long address, long length, byte value) {
        int cpu = write();
        raw.fill(address, length, value);
        written(cpu, address, length, costs.bulkCycles(length));
    }

    @Override
    public byte[] read(long address, int length) {
        observeRead(address, length);
        byte[] bytes = raw.read(address, length);
        scheduler.charge(costs.bulkCycles(length));
        return bytes;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads through the view bypass the port: they cost no virtual time and a spin-wait
     * condition that reads through a view is not woken by writes to it.
     */
    @Override
    public MemorySegment view(long address, long length) {
        scheduler.currentCpu();
        return raw.view(address, length);
    }

    /** Checks the caller and, inside a spin-wait condition, records the read. */
    private void observeRead(long address, long length) {
        scheduler.currentCpu();
        scheduler.recordRead(address, length);
    }

    /** Checks the caller may write; returns its CPU index. */
    private int write() {
        int cpu = scheduler.currentCpu();
        scheduler.refuseWriteInCondition();
        return cpu;
    }

    private void written(int cpu, long address, long length, long cost) {
        observer.written(cpu, address, length, scheduler.clock(cpu));
        scheduler.charge(cost);
    }
}
