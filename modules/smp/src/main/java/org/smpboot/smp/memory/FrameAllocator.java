package org.smpboot.smp.memory;

import java.util.ArrayList;
import java.util.List;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * The boot-time physical memory allocator: hands out 4 KiB-aligned ranges from the usable RAM the
 * firmware memory map reports, above a floor (1 MiB: low memory is for the AP boot image and
 * legacy structures), never reusing a range. What a kernel uses before its real allocator exists.
 *
 * <p>Not thread-safe: only the BSP allocates, before any AP runs.
 */
public final class FrameAllocator {

    /** Allocation granularity: one base page. */
    public static final long PAGE = PhysicalAddress.PAGE_SIZE;

    /** Usable ranges not yet handed out, ascending, each page aligned. */
    private final List<long[]> free = new ArrayList<>();

    /**
     * Creates an allocator over the usable regions of {@code memoryMap} at or above {@code floor}.
     *
     * @param memoryMap the firmware's memory map
     * @param floor     the lowest address to hand out
     */
    public FrameAllocator(List<MemoryRegion> memoryMap, long floor) {
        for (MemoryRegion region : memoryMap) {
            if (region.type() != MemoryType.USABLE) {
                continue;
            }
            long start = Math.max(alignUp(region.base().value()), alignUp(floor));
            long end = region.end() & -PAGE;
            if (start < end) {
                free.add(new long[] {start, end});
            }
        }
    }

    /**
     * {@return the address of {@code bytes} bytes of usable memory, rounded up to whole pages}
     *
     * @throws OutOfBootMemoryException if no usable range is large enough
     */
    public PhysicalAddress allocate(long bytes, String purpose) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("Invalid allocation of %d bytes for %s".formatted(bytes, purpose));
        }
        long size = alignUp(bytes);
        for (long[] range : free) {
            if (range[1] - range[0] >= size) {
                long address = range[0];
                range[0] += size;
                return PhysicalAddress.of(address);
            }
        }
        throw new OutOfBootMemoryException("No usable memory for %s: %d bytes needed, largest free range %d bytes"
                .formatted(purpose, size, free.stream().mapToLong(r -> r[1] - r[0]).max().orElse(0)));
    }

    private static long alignUp(long address) {
        return (address + PAGE - 1) & -PAGE;
    }
}
