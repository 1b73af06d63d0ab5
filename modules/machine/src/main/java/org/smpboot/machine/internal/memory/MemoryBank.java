package org.smpboot.machine.internal.memory;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * One contiguous range of simulated RAM and the host memory behind it, allocated lazily in chunks.
 *
 * <p>A <em>dense</em> bank is one chunk the size of the bank (the low megabyte, the ACPI tables):
 * any view inside it is one {@link MemorySegment}. A <em>sparse</em> bank (the gigabytes of RAM a
 * kernel barely touches during boot) is cut into {@value #SPARSE_CHUNK_SIZE}-byte chunks behind a
 * two-level index, so host memory grows with the bytes written, not with the simulated size.
 *
 * <p>Invariants: {@code base} and {@code size} are multiples of 4 KiB, so no naturally aligned
 * access of up to 8 bytes crosses a chunk; a chunk, once allocated, is never replaced, so views
 * handed out stay coherent with later writes.
 */
final class MemoryBank {

    /** Sparse chunk size: 64 KiB keeps a boot's footprint near the bytes it writes. */
    static final long SPARSE_CHUNK_SIZE = 64 * 1024;
    private static final int SPARSE_CHUNK_SHIFT = 16;
    /** Chunks per second-level table: 1024 × 64 KiB = 64 MiB of RAM per table. */
    private static final int LEAF_SHIFT = 10;
    private static final int LEAF_SIZE = 1 << LEAF_SHIFT;
    /** Host pages are 4 KiB; chunks are aligned to them. */
    private static final long CHUNK_ALIGNMENT = 4096;

    private final long base;
    private final long size;
    private final boolean dense;
    private final Arena arena;
    private MemorySegment denseChunk;
    private final MemorySegment[][] directory;
    private long allocatedBytes;

    MemoryBank(long base, long size, boolean dense, Arena arena) {
        this.base = base;
        this.size = size;
        this.dense = dense;
        this.arena = arena;
        long chunks = (size + SPARSE_CHUNK_SIZE - 1) >>> SPARSE_CHUNK_SHIFT;
        this.directory = dense ? null : new MemorySegment[(int) ((chunks + LEAF_SIZE - 1) >>> LEAF_SHIFT)][];
    }

    long base() {
        return base;
    }

    long size() {
        return size;
    }

    long end() {
        return base + size;
    }

    boolean contains(long address) {
        return address >= base && address - base < size;
    }

    /** {@return the host bytes allocated so far} */
    long allocatedBytes() {
        return allocatedBytes;
    }

    /** {@return how many bytes from {@code offset} lie in the same chunk (and in this bank)} */
    long chunkRemaining(long offset) {
        return dense ? size - offset : Math.min(SPARSE_CHUNK_SIZE - (offset & (SPARSE_CHUNK_SIZE - 1)), size - offset);
    }

    /** {@return the offset of {@code offset} inside its chunk} */
    long offsetInChunk(long offset) {
        return dense ? offset : offset & (SPARSE_CHUNK_SIZE - 1);
    }

    /** {@return the chunk holding bank offset {@code offset}, or null if it was never written (reads 0)} */
    MemorySegment chunkIfPresent(long offset) {
        if (dense) {
            return denseChunk;
        }
        long chunk = offset >>> SPARSE_CHUNK_SHIFT;
        MemorySegment[] leaf = directory[(int) (chunk >>> LEAF_SHIFT)];
        return leaf == null ? null : leaf[(int) (chunk & (LEAF_SIZE - 1))];
    }

    /** {@return the chunk holding bank offset {@code offset}, allocating it zero-filled on first use} */
    MemorySegment chunk(long offset) {
        if (dense) {
            if (denseChunk == null) {
                denseChunk = arena.allocate(size, CHUNK_ALIGNMENT);
                allocatedBytes += size;
            }
            return denseChunk;
        }
        long chunk = offset >>> SPARSE_CHUNK_SHIFT;
        int leafIndex = (int) (chunk >>> LEAF_SHIFT);
        MemorySegment[] leaf = directory[leafIndex];
        if (leaf == null) {
            leaf = new MemorySegment[LEAF_SIZE];
            directory[leafIndex] = leaf;
        }
        int slot = (int) (chunk & (LEAF_SIZE - 1));
        MemorySegment segment = leaf[slot];
        if (segment == null) {
            long chunkSize = Math.min(SPARSE_CHUNK_SIZE, size - (chunk << SPARSE_CHUNK_SHIFT));
            segment = arena.allocate(chunkSize, CHUNK_ALIGNMENT);
            leaf[slot] = segment;
            allocatedBytes += chunkSize;
        }
        return segment;
    }
}
