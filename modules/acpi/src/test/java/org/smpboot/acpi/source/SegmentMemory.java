package org.smpboot.acpi.source;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.hw.PhysicalMemoryFault;

/**
 * A test fake of {@link PhysicalMemory}: {@code size} bytes of RAM from physical address 0,
 * backed by one heap segment, with the kernel API's little-endian and atomic semantics. It can
 * refuse views that cross a block boundary, as the simulator's sparse RAM does.
 */
final class SegmentMemory implements PhysicalMemory {

    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
    private static final VarHandle SHORT = ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

    private final MemorySegment ram;
    private final long viewBlock;

    SegmentMemory(long size) {
        this(size, size);
    }

    /** Memory whose {@link #view} refuses ranges that cross a multiple of {@code viewBlock}. */
    SegmentMemory(long size, long viewBlock) {
        ram = Arena.ofAuto().allocate(size, 8);
        this.viewBlock = viewBlock;
    }

    private long check(long address, long length) {
        if (!isBacked(address, length)) {
            throw new PhysicalMemoryFault(address, length, "not backed by the test RAM");
        }
        return address;
    }

    @Override
    public boolean isBacked(long address, long length) {
        return address >= 0 && length >= 0 && address <= ram.byteSize() - length;
    }

    @Override
    public byte readByte(long address) {
        return ram.get(ValueLayout.JAVA_BYTE, check(address, 1));
    }

    @Override
    public short readShort(long address) {
        return ram.get(U16, check(address, 2));
    }

    @Override
    public int readInt(long address) {
        return ram.get(U32, check(address, 4));
    }

    @Override
    public long readLong(long address) {
        return ram.get(U64, check(address, 8));
    }

    @Override
    public void writeByte(long address, byte value) {
        ram.set(ValueLayout.JAVA_BYTE, check(address, 1), value);
    }

    @Override
    public void writeShort(long address, short value) {
        ram.set(U16, check(address, 2), value);
    }

    @Override
    public void writeInt(long address, int value) {
        ram.set(U32, check(address, 4), value);
    }

    @Override
    public void writeLong(long address, long value) {
        ram.set(U64, check(address, 8), value);
    }

    @Override
    public short readShortAcquire(long address) {
        return (short) SHORT.getAcquire(ram, check(address, 2));
    }

    @Override
    public void writeShortRelease(long address, short value) {
        SHORT.setRelease(ram, check(address, 2), value);
    }

    @Override
    public int readIntAcquire(long address) {
        return (int) INT.getAcquire(ram, check(address, 4));
    }

    @Override
    public void writeIntRelease(long address, int value) {
        INT.setRelease(ram, check(address, 4), value);
    }

    @Override
    public long readLongAcquire(long address) {
        return (long) LONG.getAcquire(ram, check(address, 8));
    }

    @Override
    public void writeLongRelease(long address, long value) {
        LONG.setRelease(ram, check(address, 8), value);
    }

    @Override
    public int getAndAddInt(long address, int delta) {
        return (int) INT.getAndAdd(ram, check(address, 4), delta);
    }

    @Override
    public boolean compareAndSetInt(long address, int expected, int value) {
        return INT.compareAndSet(ram, check(address, 4), expected, value);
    }

    @Override
    public boolean compareAndSetLong(long address, long expected, long value) {
        return LONG.compareAndSet(ram, check(address, 8), expected, value);
    }

    @Override
    public void write(long address, byte[] bytes) {
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, ram, check(address, bytes.length), bytes.length);
    }

    @Override
    public void write(long address, MemorySegment source) {
        MemorySegment.copy(source, 0, ram, check(address, source.byteSize()), source.byteSize());
    }

    @Override
    public void fill(long address, long length, byte value) {
        ram.asSlice(check(address, length), length).fill(value);
    }

    @Override
    public byte[] read(long address, int length) {
        return ram.asSlice(check(address, length), length).toArray(ValueLayout.JAVA_BYTE);
    }

    @Override
    public MemorySegment view(long address, long length) {
        check(address, length);
        if (length > 0 && address / viewBlock != (address + length - 1) / viewBlock) {
            throw new PhysicalMemoryFault(address, length, "the range crosses a %d-byte block".formatted(viewBlock));
        }
        return ram.asSlice(address, length).asReadOnly();
    }
}
