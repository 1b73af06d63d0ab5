package org.smpboot.fuzz.kernel;

import java.lang.foreign.MemorySegment;
import org.smpboot.kernel.api.hw.ForwardingPhysicalMemory;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * Physical memory that notes every write the kernel makes while a {@link Watch} is open, and
 * otherwise passes every access through unchanged: how the mailbox target checks that the wakeup
 * handshake writes nowhere but the mailbox. Every writing access is here; reads pass through.
 */
final class WatchedMemory extends ForwardingPhysicalMemory {

    private final Watch watch;

    WatchedMemory(PhysicalMemory memory, Watch watch) {
        super(memory);
        this.watch = watch;
    }

    @Override
    public void writeByte(long address, byte value) {
        watch.write(address, Byte.BYTES);
        super.writeByte(address, value);
    }

    @Override
    public void writeShort(long address, short value) {
        watch.write(address, Short.BYTES);
        super.writeShort(address, value);
    }

    @Override
    public void writeInt(long address, int value) {
        watch.write(address, Integer.BYTES);
        super.writeInt(address, value);
    }

    @Override
    public void writeLong(long address, long value) {
        watch.write(address, Long.BYTES);
        super.writeLong(address, value);
    }

    @Override
    public void writeShortRelease(long address, short value) {
        watch.write(address, Short.BYTES);
        super.writeShortRelease(address, value);
    }

    @Override
    public void writeIntRelease(long address, int value) {
        watch.write(address, Integer.BYTES);
        super.writeIntRelease(address, value);
    }

    @Override
    public void writeLongRelease(long address, long value) {
        watch.write(address, Long.BYTES);
        super.writeLongRelease(address, value);
    }

    @Override
    public int getAndAddInt(long address, int delta) {
        watch.write(address, Integer.BYTES);
        return super.getAndAddInt(address, delta);
    }

    @Override
    public boolean compareAndSetInt(long address, int expected, int value) {
        watch.write(address, Integer.BYTES);
        return super.compareAndSetInt(address, expected, value);
    }

    @Override
    public boolean compareAndSetLong(long address, long expected, long value) {
        watch.write(address, Long.BYTES);
        return super.compareAndSetLong(address, expected, value);
    }

    @Override
    public void write(long address, byte[] bytes) {
        watch.write(address, bytes.length);
        super.write(address, bytes);
    }

    @Override
    public void write(long address, MemorySegment source) {
        watch.write(address, source.byteSize());
        super.write(address, source);
    }

    @Override
    public void fill(long address, long length, byte value) {
        watch.write(address, length);
        super.fill(address, length, value);
    }
}
