package org.smpboot.kernel.api.hw;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Physical memory that passes every access to other physical memory: the base of a memory
 * decorator that overrides only the accesses it cares about (the fuzz targets watch where kernel
 * code writes).
 *
 * @implSpec Holds no state but the memory it forwards to; it is as thread-safe as that memory,
 *     and every access keeps that memory's ordering and atomicity.
 */
public abstract class ForwardingPhysicalMemory implements PhysicalMemory {

    private final PhysicalMemory memory;

    /** Creates memory that forwards to {@code memory}. */
    protected ForwardingPhysicalMemory(PhysicalMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    @Override
    public boolean isBacked(long address, long length) {
        return memory.isBacked(address, length);
    }

    @Override
    public byte readByte(long address) {
        return memory.readByte(address);
    }

    @Override
    public short readShort(long address) {
        return memory.readShort(address);
    }

    @Override
    public int readInt(long address) {
        return memory.readInt(address);
    }

    @Override
    public long readLong(long address) {
        return memory.readLong(address);
    }

    @Override
    public void writeByte(long address, byte value) {
        memory.writeByte(address, value);
    }

    @Override
    public void writeShort(long address, short value) {
        memory.writeShort(address, value);
    }

    @Override
    public void writeInt(long address, int value) {
        memory.writeInt(address, value);
    }

    @Override
    public void writeLong(long address, long value) {
        memory.writeLong(address, value);
    }

    @Override
    public short readShortAcquire(long address) {
        return memory.readShortAcquire(address);
    }

    @Override
    public void writeShortRelease(long address, short value) {
        memory.writeShortRelease(address, value);
    }

    @Override
    public int readIntAcquire(long address) {
        return memory.readIntAcquire(address);
    }

    @Override
    public void writeIntRelease(long address, int value) {
        memory.writeIntRelease(address, value);
    }

    @Override
    public long readLongAcquire(long address) {
        return memory.readLongAcquire(address);
    }

    @Override
    public void writeLongRelease(long address, long value) {
        memory.writeLongRelease(address, value);
    }

    @Override
    public int getAndAddInt(long address, int delta) {
        return memory.getAndAddInt(address, delta);
    }

    @Override
    public boolean compareAndSetInt(long address, int expected, int value) {
        return memory.compareAndSetInt(address, expected, value);
    }

    @Override
    public boolean compareAndSetLong(long address, long expected, long value) {
        return memory.compareAndSetLong(address, expected, value);
    }

    @Override
    public void write(long address, byte[] bytes) {
        memory.write(address, bytes);
    }

    @Override
    public void write(long address, MemorySegment source) {
        memory.write(address, source);
    }

    @Override
    public void fill(long address, long length, byte value) {
        memory.fill(address, length, value);
    }

    @Override
    public byte[] read(long address, int length) {
        return memory.read(address, length);
    }

    @Override
    public MemorySegment view(long address, long length) {
        return memory.view(address, length);
    }
}
