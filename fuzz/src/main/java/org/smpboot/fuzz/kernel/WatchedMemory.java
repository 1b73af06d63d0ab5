package org.smpboot.fuzz.kernel;

import java.lang.foreign.MemorySegment;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * Physical memory that notes every write the kernel makes while a {@link Watch} is open, and
 * otherwise passes every access through unchanged: how the mailbox target checks that the wakeup
 * handshake writes nowhere but the mailbox.
 */
final class WatchedMemory implements PhysicalMemory {

    private final PhysicalMemory memory;
    private final Watch watch;

    WatchedMemory(PhysicalMemory memory, Watch watch) {
        this.memory = memory;
        this.watch = watch;
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
        watch.write(address, 1);
        memory.writeByte(address, value);
    }

    @Override
    public void writeShort(long address, short value) {
        watch.write(address, 2);
        memory.writeShort(address, value);
    }

    @Override
    public void writeInt(long address, int value) {
        watch.write(address, 4);
        memory.writeInt(address, value);
    }

    @Override
    public void writeLong(long address, long value) {
        watch.write(address, 8);
        memory.writeLong(address, value);
    }

    @Override
    public short readShortAcquire(long address) {
        return memory.readShortAcquire(address);
    }

    @Override
    public void writeShortRelease(long address, short value) {
        watch.write(address, 2);
        memory.writeShortRelease(address, value);
    }

    @Override
    public int readIntAcquire(long address) {
        return memory.readIntAcquire(address);
    }

    @Override
    public void writeIntRelease(long address, int value) {
        watch.write(address, 4);
        memory.writeIntRelease(address, value);
    }

    @Override
    public long readLongAcquire(long address) {
        return memory.readLongAcquire(address);
    }

    @Override
    public void writeLongRelease(long address, long value) {
        watch.write(address, 8);
        memory.writeLongRelease(address, value);
    }

    @Override
    public int getAndAddInt(long address, int delta) {
        watch.write(address, 4);
        return memory.getAndAddInt(address, delta);
    }

    @Override
    public boolean compareAndSetInt(long address, int expected, int value) {
        watch.write(address, 4);
        return memory.compareAndSetInt(address, expected, value);
    }

    @Override
    public boolean compareAndSetLong(long address, long expected, long value) {
        watch.write(address, 8);
        return memory.compareAndSetLong(address, expected, value);
    }

    @Override
    public void write(long address, byte[] bytes) {
        watch.write(address, bytes.length);
        memory.write(address, bytes);
    }

    @Override
    public void write(long address, MemorySegment source) {
        watch.write(address, source.byteSize());
        memory.write(address, source);
    }

    @Override
    public void fill(long address, long length, byte value) {
        watch.write(address, length);
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
