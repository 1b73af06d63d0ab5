package org.smpboot.machine.internal.memory;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.hw.PhysicalMemoryFault;

/**
 * The simulated machine's physical memory: little-endian RAM in FFM {@link MemorySegment}s behind
 * the address ranges the memory map backs, with holes that fault.
 *
 * <p>This is the raw memory: no cost, no trace, no scheduling. Kernel code reaches it through the
 * hardware port, which charges virtual time, records boot-area writes and wakes spinning
 * processors; firmware and the trampoline model use it directly.
 *
 * <p>Reads of backed memory never written return 0 without allocating host memory. Ordinary
 * accesses may be unaligned and may cross chunks and banks; ordered and atomic accesses must be
 * naturally aligned ({@link PhysicalMemoryFault} otherwise), which also keeps each inside one chunk.
 *
 * <p>SAFETY (ordering): the simulator runs one processor at a time and hands the baton between
 * virtual threads through volatile writes and reads, so every access already happens-before the
 * next processor's. The acquire/release and atomic methods still use the matching
 * {@link VarHandle} access modes, so that they stay correct for any reader outside the baton (a
 * {@link #view} read by a test after the run) and so that the code states the x86 ordering the
 * kernel relies on rather than leaning on the scheduler.
 */
public final class SparsePhysicalMemory implements PhysicalMemory {

    private static final ValueLayout.OfShort SHORT_LE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG_LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_ALIGNED = ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
    private static final VarHandle INT_ALIGNED = ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();
    private static final VarHandle LONG_ALIGNED = ValueLayout.JAVA_LONG.withOrder(ByteOrder.LITTLE_ENDIAN).varHandle();

    private final MemoryBank[] banks;
    private MemoryBank lastBank;

    /**
     * Creates memory backing {@code backings}; host memory is allocated from an automatic arena,
     * freed when the machine is unreachable.
     *
     * @throws IllegalArgumentException if two backings overlap
     */
    public SparsePhysicalMemory(List<Backing> backings) {
        List<Backing> sorted = new ArrayList<>(backings);
        sorted.sort(Comparator.comparingLong(Backing::base));
        Arena arena = Arena.ofAuto();
        banks = new MemoryBank[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Backing backing = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).end() > backing.base()) {
                throw new IllegalArgumentException("Invalid backings: %s overlaps %s".formatted(backing, sorted.get(i - 1)));
            }
            banks[i] = new MemoryBank(backing.base(), backing.size(), backing.dense(), arena);
        }
    }

    /** {@return the host bytes allocated for simulated RAM so far} */
    public long allocatedBytes() {
        long total = 0;
        for (MemoryBank bank : banks) {
            total += bank.allocatedBytes();
        }
        return total;
    }

    @Override
    public boolean isBacked(long address, long length) {
        if (length < 0 || address < 0) {
            return false;
        }
        long cursor = address;
        long end = address + length;
        if (end < address) {
            return false;
        }
        while (cursor < end) {
            MemoryBank bank = bankOrNull(cursor);
            if (bank == null) {
                return false;
            }
            cursor = bank.end();
        }
        return true;
    }

    @Override
    public byte readByte(long address) {
        MemoryBank bank = bank(address, 1);
        long offset = address - bank.base();
        MemorySegment chunk = bank.chunkIfPresent(offset);
        return chunk == null ? 0 : chunk.get(ValueLayout.JAVA_BYTE, bank.offsetInChunk(offset));
    }

    @Override
    public short readShort(long address) {
        MemoryBank bank = bank(address, 2);
        long offset = address - bank.base();
        if (fitsOneChunk(bank, offset, 2)) {
            MemorySegment chunk = bank.chunkIfPresent(offset);
            return chunk == null ? 0 : chunk.get(SHORT_LE, bank.offsetInChunk(offset));
        }
        return (short) readSlow(address, 2);
    }

    @Override
    public int readInt(long address) {
        MemoryBank bank = bank(address, 4);
        long offset = address - bank.base();
        if (fitsOneChunk(bank, offset, 4)) {
            MemorySegment chunk = bank.chunkIfPresent(offset);
            return chunk == null ? 0 : chunk.get(INT_LE, bank.offsetInChunk(offset));
        }
        return (int) readSlow(address, 4);
    }

    @Override
    public long readLong(long address) {
        MemoryBank bank = bank(address, 8);
        long offset = address - bank.base();
        if (fitsOneChunk(bank, offset, 8)) {
            MemorySegment chunk = bank.chunkIfPresent(offset);
            return chunk == null ? 0 : chunk.get(LONG_LE, bank.offsetInChunk(offset));
        }
        return readSlow(address, 8);
    }

    @Override
    public void writeByte(long address, byte value) {
        MemoryBank bank = bank(address, 1);
        long offset = address - bank.base();
        bank.chunk(offset).set(ValueLayout.JAVA_BYTE, bank.offsetInChunk(offset), value);
    }

    @Override
    public void writeShort(long address, short value) {
        MemoryBank bank = bank(address, 2);
        long offset = address - bank.base();
        if (fitsOneChunk(bank, offset, 2)) {
            bank.chunk(offset).set(SHORT_LE, bank.offsetInChunk(offset), value);
        } else {
            writeSlow(address, value, 2);
        }
    }

    @Override
    public void writeInt(long address, int value) {
        MemoryBank bank = bank(address, 4);
        long offset = address - bank.base();
        if (fitsOneChunk(bank, offset, 4)) {
            bank.chunk(offset).set(INT_LE, bank.offsetInChunk(offset), value);
        } else {
            writeSlow(address, value, 4);
        }
    }

    @Override
    public void writeLong(long address, long value) {
        MemoryBank bank = bank(address, 8);
        long offset = address - bank.base();
        if (fitsOneChunk(bank, offset, 8)) {
            bank.chunk(offset).set(LONG_LE, bank.offsetInChunk(offset), value);
        } else {
            writeSlow(address, value, 8);
        }
    }

    @Override
    public short readShortAcquire(long address) {
        Slot slot = aligned(address, 2, false);
        return slot.chunk == null ? 0 : (short) SHORT_ALIGNED.getAcquire(slot.chunk, slot.offset);
    }

    @Override
    public void writeShortRelease(long address, short value) {
        Slot slot = aligned(address, 2, true);
        SHORT_ALIGNED.setRelease(slot.chunk, slot.offset, value);
    }

    @Override
    public int readIntAcquire(long address) {
        Slot slot = aligned(address, 4, false);
        return slot.chunk == null ? 0 : (int) INT_ALIGNED.getAcquire(slot.chunk, slot.offset);
    }

    @Override
    public void writeIntRelease(long address, int value) {
        Slot slot = aligned(address, 4, true);
        INT_ALIGNED.setRelease(slot.chunk, slot.offset, value);
    }

    @Override
    public long readLongAcquire(long address) {
        Slot slot = aligned(address, 8, false);
        return slot.chunk == null ? 0 : (long) LONG_ALIGNED.getAcquire(slot.chunk, slot.offset);
    }

    @Override
    public void writeLongRelease(long address, long value) {
        Slot slot = aligned(address, 8, true);
        LONG_ALIGNED.setRelease(slot.chunk, slot.offset, value);
    }

    @Override
    public int getAndAddInt(long address, int delta) {
        Slot slot = aligned(address, 4, true);
        return (int) INT_ALIGNED.getAndAdd(slot.chunk, slot.offset, delta);
    }

    @Override
    public boolean compareAndSetInt(long address, int expected, int value) {
        Slot slot = aligned(address, 4, true);
        return INT_ALIGNED.compareAndSet(slot.chunk, slot.offset, expected, value);
    }

    @Override
    public boolean compareAndSetLong(long address, long expected, long value) {
        Slot slot = aligned(address, 8, true);
        return LONG_ALIGNED.compareAndSet(slot.chunk, slot.offset, expected, value);
    }

    @Override
    public void write(long address, byte[] bytes) {
        write(address, MemorySegment.ofArray(bytes));
    }

    @Override
    public void write(long address, MemorySegment source) {
        forEachSpan(address, source.byteSize(), true,
                (chunk, offset, done, span) -> MemorySegment.copy(source, done, chunk, offset, span));
    }

    @Override
    public void fill(long address, long length, byte value) {
        // Filling untouched memory with zeros changes nothing: no chunk is allocated for it.
        forEachSpan(address, length, value != 0, (chunk, offset, done, span) -> {
            if (chunk != null) {
                chunk.asSlice(offset, span).fill(value);
            }
        });
    }

    @Override
    public byte[] read(long address, int length) {
        if (length < 0) {
            throw new PhysicalMemoryFault(address, length, "negative read length");
        }
        byte[] bytes = new byte[length];
        MemorySegment target = MemorySegment.ofArray(bytes);
        forEachSpan(address, length, false, (chunk, offset, done, span) -> {
            if (chunk != null) {
                MemorySegment.copy(chunk, offset, target, done, span);
            }
        });
        return bytes;
    }

    /** What a bulk access does with one run of bytes inside one chunk. */
    @FunctionalInterface
    private interface SpanAction {
        /**
         * @param chunk  the chunk, or null if it was never written and {@code allocate} was false
         * @param offset the run's offset in the chunk
         * @param done   how many bytes of the access came before this run
         * @param span   the run's length
         */
        void apply(MemorySegment chunk, long offset, long done, long span);
    }

    /** Checks that the whole range is backed, then visits it chunk by chunk, in address order. */
    private void forEachSpan(long address, long length, boolean allocate, SpanAction action) {
        requireBacked(address, length);
        long done = 0;
        while (done < length) {
            long cursor = address + done;
            MemoryBank bank = bank(cursor, 1);
            long offset = cursor - bank.base();
            long span = Math.min(length - done, bank.chunkRemaining(offset));
            action.apply(allocate ? bank.chunk(offset) : bank.chunkIfPresent(offset), bank.offsetInChunk(offset), done, span);
            done += span;
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The view is zero copy, so it must lie in one host block: anywhere in a dense range (low
     * memory, ACPI tables, the mailbox), or inside one 64 KiB chunk of sparse RAM. Host memory for
     * the range is allocated now, so the view sees every later write.
     *
     * @throws PhysicalMemoryFault if the range is not backed, or spans two sparse chunks
     */
    @Override
    public MemorySegment view(long address, long length) {
        if (length < 0) {
            throw new PhysicalMemoryFault(address, length, "negative view length");
        }
        MemoryBank bank = bank(address, Math.max(length, 1));
        long offset = address - bank.base();
        if (length > 0 && !fitsOneChunk(bank, offset, length)) {
            throw new PhysicalMemoryFault(address, length, ("the range spans two %d KiB chunks of sparse RAM, so the "
                    + "simulator cannot view it without a copy; read() it instead")
                    .formatted(MemoryBank.SPARSE_CHUNK_SIZE / 1024));
        }
        return bank.chunk(offset).asSlice(bank.offsetInChunk(offset), length).asReadOnly();
    }

    private static boolean fitsOneChunk(MemoryBank bank, long offset, long length) {
        return bank.chunkRemaining(offset) >= length;
    }

    /** The bank holding all of {@code [address, address + length)}, or a fault. */
    private MemoryBank bank(long address, long length) {
        MemoryBank bank = bankOrNull(address);
        if (bank == null) {
            throw new PhysicalMemoryFault(address, length, "not backed by memory (a hole in the memory map)");
        }
        if (address - bank.base() > bank.size() - length) {
            // The access runs past this bank: only legal when the next bank continues it.
            requireBacked(address, length);
        }
        return bank;
    }

    private MemoryBank bankOrNull(long address) {
        MemoryBank cached = lastBank;
        if (cached != null && cached.contains(address)) {
            return cached;
        }
        int low = 0;
        int high = banks.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            MemoryBank bank = banks[middle];
            if (address < bank.base()) {
                high = middle - 1;
            } else if (address >= bank.end()) {
                low = middle + 1;
            } else {
                lastBank = bank;
                return bank;
            }
        }
        return null;
    }

    private void requireBacked(long address, long length) {
        if (!isBacked(address, length)) {
            throw new PhysicalMemoryFault(address, length, "not backed by memory (a hole in the memory map)");
        }
    }

    /** A naturally aligned location inside one chunk; {@code chunk} is null for an untouched read. */
    private record Slot(MemorySegment chunk, long offset) {
    }

    private Slot aligned(long address, int size, boolean forWrite) {
        if (address % size != 0) {
            throw new PhysicalMemoryFault(address, size,
                    "misaligned %d-byte ordered or atomic access: the address must be a multiple of %d".formatted(size, size));
        }
        MemoryBank bank = bank(address, size);
        long offset = address - bank.base();
        MemorySegment chunk = forWrite ? bank.chunk(offset) : bank.chunkIfPresent(offset);
        return new Slot(chunk, bank.offsetInChunk(offset));
    }

    /** Little-endian read byte by byte, for accesses that cross a chunk or bank boundary. */
    private long readSlow(long address, int size) {
        requireBacked(address, size);
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (readByte(address + i) & 0xFF);
        }
        return value;
    }

    private void writeSlow(long address, long value, int size) {
        requireBacked(address, size);
        for (int i = 0; i < size; i++) {
            writeByte(address + i, (byte) (value >>> (8 * i)));
        }
    }
}
