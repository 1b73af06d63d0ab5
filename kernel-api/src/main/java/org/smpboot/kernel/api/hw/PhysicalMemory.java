package org.smpboot.kernel.api.hw;

import java.lang.foreign.MemorySegment;

/**
 * Physical memory as the executing processor sees it: little-endian, byte addressed, with the
 * atomic and acquire/release accesses that cross-processor protocols (the AP counter, the
 * multiprocessor wakeup mailbox) need.
 *
 * <p>All accesses that another processor may be waiting on go through these methods: they are the
 * points where a processor's writes become visible and where a waiting processor is woken. Bulk
 * reads may use {@link #view}, a read-only {@link MemorySegment} over the same bytes (zero copy).
 *
 * <p>Every method throws {@link PhysicalMemoryFault} when any byte of the access is not backed by
 * memory, and the atomic and ordered accesses when the address is not naturally aligned.
 *
 * @spec Intel SDM Vol. 3A, §8.2 "Memory Ordering" (x86 total store order: ordinary stores are
 *     release stores and ordinary loads acquire loads, which is what the ordered methods promise)
 */
public interface PhysicalMemory {

    /** {@return whether every byte of {@code [address, address + length)} is backed by memory} */
    boolean isBacked(long address, long length);

    /** {@return the byte at {@code address}} */
    byte readByte(long address);

    /** {@return the little-endian 16-bit value at {@code address}} */
    short readShort(long address);

    /** {@return the little-endian 32-bit value at {@code address}} */
    int readInt(long address);

    /** {@return the little-endian 64-bit value at {@code address}} */
    long readLong(long address);

    /** Writes one byte. */
    void writeByte(long address, byte value);

    /** Writes a little-endian 16-bit value. */
    void writeShort(long address, short value);

    /** Writes a little-endian 32-bit value. */
    void writeInt(long address, int value);

    /** Writes a little-endian 64-bit value. */
    void writeLong(long address, long value);

    /** {@return the 16-bit value at an aligned {@code address}, with acquire semantics} */
    short readShortAcquire(long address);

    /** Writes a 16-bit value at an aligned {@code address} with release semantics. */
    void writeShortRelease(long address, short value);

    /** {@return the 32-bit value at an aligned {@code address}, with acquire semantics} */
    int readIntAcquire(long address);

    /** Writes a 32-bit value at an aligned {@code address} with release semantics. */
    void writeIntRelease(long address, int value);

    /** {@return the 64-bit value at an aligned {@code address}, with acquire semantics} */
    long readLongAcquire(long address);

    /** Writes a 64-bit value at an aligned {@code address} with release semantics. */
    void writeLongRelease(long address, long value);

    /** Atomically adds {@code delta} to the aligned 32-bit value at {@code address}; returns the old value. */
    int getAndAddInt(long address, int delta);

    /** Atomically replaces the aligned 32-bit value if it equals {@code expected}; returns whether it did. */
    boolean compareAndSetInt(long address, int expected, int value);

    /** Atomically replaces the aligned 64-bit value if it equals {@code expected}; returns whether it did. */
    boolean compareAndSetLong(long address, long expected, long value);

    /** Copies {@code bytes} to {@code [address, address + bytes.length)}. */
    void write(long address, byte[] bytes);

    /** Copies all of {@code source} to memory starting at {@code address}. */
    void write(long address, MemorySegment source);

    /** Fills {@code [address, address + length)} with {@code value}. */
    void fill(long address, long length, byte value);

    /** {@return a copy of {@code [address, address + length)}} */
    byte[] read(long address, int length);

    /**
     * {@return a read-only view of {@code [address, address + length)}} Reads through it see later
     * writes; it is valid as long as the memory exists.
     *
     * <p>An implementation may refuse to view a backed range it cannot give in one piece (a
     * simulator's host blocks, a kernel's mapping window): it then throws
     * {@link PhysicalMemoryFault} as for an unbacked byte. {@link #read} copies any backed range;
     * a reader of firmware-placed data falls back to it.
     *
     * @throws PhysicalMemoryFault if a byte of the range is not backed, or the range cannot be
     *     viewed in place
     */
    MemorySegment view(long address, long length);
}
