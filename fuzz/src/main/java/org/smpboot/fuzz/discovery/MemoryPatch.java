package org.smpboot.fuzz.discovery;

import java.util.ArrayDeque;
import java.util.Deque;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * Blobs written into physical memory for one input, and undone afterwards, so that every input
 * starts from the same machine: the fuzz target stays deterministic without building a machine
 * per input.
 *
 * <p>A blob that is not entirely backed is skipped, as firmware cannot write into the PCI hole.
 * The original bytes are saved before each write and put back in reverse order on {@link #close}.
 */
final class MemoryPatch implements AutoCloseable {

    private record Saved(long address, byte[] bytes) {
    }

    private final PhysicalMemory memory;
    private final Deque<Saved> saved = new ArrayDeque<>();

    private MemoryPatch(PhysicalMemory memory) {
        this.memory = memory;
    }

    /** {@return the patch that wrote {@code layout}'s blobs into {@code memory}} */
    static MemoryPatch apply(PhysicalMemory memory, LayoutInput layout) {
        MemoryPatch patch = new MemoryPatch(memory);
        for (Blob blob : layout.blobs()) {
            byte[] bytes = blob.bytes();
            if (bytes.length == 0 || !memory.isBacked(blob.address(), bytes.length)) {
                continue;
            }
            if (layout.repairChecksums()) {
                ChecksumRepair.repair(bytes);
            }
            patch.saved.push(new Saved(blob.address(), memory.read(blob.address(), bytes.length)));
            memory.write(blob.address(), bytes);
        }
        return patch;
    }

    /** Puts every overwritten byte back. */
    @Override
    public void close() {
        while (!saved.isEmpty()) {
            Saved original = saved.pop();
            memory.write(original.address(), original.bytes());
        }
    }
}
