package org.smpboot.smp.boot;

import static org.smpboot.smp.boot.BootControlLayout.ARRIVALS_POINTER;
import static org.smpboot.smp.boot.BootControlLayout.ARRIVING;
import static org.smpboot.smp.boot.BootControlLayout.CLOSED;
import static org.smpboot.smp.boot.BootControlLayout.EXPECTED_COUNT;
import static org.smpboot.smp.boot.BootControlLayout.EXPECTED_IDS_POINTER;
import static org.smpboot.smp.boot.BootControlLayout.LATE_COUNT;
import static org.smpboot.smp.boot.BootControlLayout.LATE_RING_POINTER;
import static org.smpboot.smp.boot.BootControlLayout.NEXT_CPU_NUMBER;
import static org.smpboot.smp.boot.BootControlLayout.NOT_ARRIVED;
import static org.smpboot.smp.boot.BootControlLayout.ONLINE_COUNT;
import static org.smpboot.smp.boot.BootControlLayout.RING_CAPACITY;
import static org.smpboot.smp.boot.BootControlLayout.ROLL_CALL_POINTER;
import static org.smpboot.smp.boot.BootControlLayout.SLOT_SIZE;
import static org.smpboot.smp.boot.BootControlLayout.SLOT_TSC;
import static org.smpboot.smp.boot.BootControlLayout.UNLISTED_COUNT;
import static org.smpboot.smp.boot.BootControlLayout.UNLISTED_RING_POINTER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.smp.memory.FrameAllocator;

/**
 * The BSP's handle on the boot control block ({@link BootControlLayout}) and the per-AP boot
 * records ({@link BootInfoLayout}): allocates and fills them before the wake-up, answers "has this
 * AP arrived?" during it, and closes the arrivals after it.
 *
 * <p>Every read of state an AP writes goes through {@link PhysicalMemory} with acquire semantics,
 * so that a spinning BSP is woken by the AP's write and sees the roll-call slot it published.
 */
final class BootControlBlock {

    private final HardwarePort hardware;
    private final PhysicalAddress address;
    private final PhysicalAddress bootInfo;
    private final long arrivals;
    private final long rollCall;
    private final long unlistedRing;
    private final long lateRing;
    /** The BSP's own index of the expected APs: APIC ID → position in the sorted table. */
    private final Map<ApicId, Integer> positions;

    private BootControlBlock(HardwarePort hardware, PhysicalAddress address, PhysicalAddress bootInfo, long arrivals,
            long rollCall, long unlistedRing, long lateRing, Map<ApicId, Integer> positions) {
        this.hardware = hardware;
        this.address = address;
        this.bootInfo = bootInfo;
        this.arrivals = arrivals;
        this.rollCall = rollCall;
        this.unlistedRing = unlistedRing;
        this.lateRing = lateRing;
        this.positions = positions;
    }

    /**
     * Allocates and fills the control block, the expected-ID table, the arrival words, the roll
     * call, the rings, and one boot record (with a stack and a CPU-local area) per expected AP.
     *
     * @throws org.smpboot.smp.memory.OutOfBootMemoryException if usable memory runs out
     */
    static BootControlBlock prepare(HardwarePort hardware, FrameAllocator allocator, List<ApicId> expected,
            BringUpSettings settings) {
        PhysicalMemory memory = hardware.memory();
        int count = expected.size();
        ApicId[] sorted = expected.toArray(ApicId[]::new);
        Arrays.sort(sorted);
        Map<ApicId, Integer> positions = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            positions.put(sorted[i], i);
        }

        PhysicalAddress block = allocator.allocate(BootControlLayout.SIZE, "boot control block");
        PhysicalAddress ids = allocator.allocate(4L * Math.max(count, 1), "expected APIC ID table");
        PhysicalAddress arrivalWords = allocator.allocate(4L * Math.max(count, 1), "AP arrival words");
        PhysicalAddress slots = allocator.allocate((long) SLOT_SIZE * Math.max(count, 1), "AP roll call");
        PhysicalAddress unlisted = allocator.allocate(4L * RING_CAPACITY, "unlisted-AP ring");
        PhysicalAddress late = allocator.allocate(4L * RING_CAPACITY, "late-AP ring");
        PhysicalAddress records = allocator.allocate((long) BootInfoLayout.RECORD_SIZE * Math.max(count, 1),
                "AP boot records");
        PhysicalAddress stacks = allocator.allocate(Math.multiplyExact(settings.stackSize(), (long) Math.max(count, 1)),
                "AP boot stacks");
        PhysicalAddress cpuLocal = allocator.allocate(Math.multiplyExact(settings.cpuLocalSize(), (long) Math.max(count, 1)),
                "AP CPU-local areas");

        memory.fill(block.value(), BootControlLayout.SIZE, (byte) 0);
        memory.fill(arrivalWords.value(), 4L * count, (byte) 0);
        memory.fill(slots.value(), (long) SLOT_SIZE * count, (byte) 0);
        for (int i = 0; i < count; i++) {
            memory.writeInt(ids.value() + 4L * i, sorted[i].value());
            long record = records.value() + (long) BootInfoLayout.RECORD_SIZE * i;
            // Stacks grow down: the top is the end of the AP's segment.
            memory.writeLong(record + BootInfoLayout.STACK_TOP, stacks.value() + settings.stackSize() * (i + 1L));
            memory.writeLong(record + BootInfoLayout.CPU_LOCAL, cpuLocal.value() + settings.cpuLocalSize() * i);
        }
        long base = block.value();
        memory.writeInt(base + NEXT_CPU_NUMBER, 1);
        memory.writeInt(base + EXPECTED_COUNT, count);
        memory.writeLong(base + EXPECTED_IDS_POINTER, ids.value());
        memory.writeLong(base + ARRIVALS_POINTER, arrivalWords.value());
        memory.writeLong(base + ROLL_CALL_POINTER, slots.value());
        memory.writeLong(base + UNLISTED_RING_POINTER, unlisted.value());
        // The last write is a release: an AP that finds the block sees everything above.
        memory.writeLongRelease(base + LATE_RING_POINTER, late.value());
        return new BootControlBlock(hardware, block, records, arrivalWords.value(), slots.value(), unlisted.value(),
                late.value(), Map.copyOf(positions));
    }

    /** {@return where the block is, for the boot image's kernel slot} */
    PhysicalAddress address() {
        return address;
    }

    /** {@return where the boot records are, for the boot image's boot-info slot} */
    PhysicalAddress bootInfo() {
        return bootInfo;
    }

    /** {@return whether the expected AP with this APIC ID is online} */
    boolean hasArrived(ApicId apicId) {
        Integer position = positions.get(apicId);
        return position != null && arrivalWord(position) > 0;
    }

    /** {@return how many APs are online} */
    int onlineCount() {
        return hardware.memory().readIntAcquire(address.value() + ONLINE_COUNT);
    }

    /**
     * Stops waiting for the AP with this APIC ID: if it has not arrived, a later arrival parks.
     *
     * @return whether it was still missing (and is now closed)
     */
    boolean close(ApicId apicId) {
        Integer position = positions.get(apicId);
        return position != null
                && hardware.memory().compareAndSetInt(arrivals + 4L * position, NOT_ARRIVED, CLOSED);
    }

    /**
     * Closes every expected AP that has not arrived; an AP caught between claiming its word and
     * publishing its number is given {@code graceCycles} to finish.
     */
    void closeRemaining(long graceCycles) {
        for (Map.Entry<ApicId, Integer> entry : positions.entrySet()) {
            int position = entry.getValue();
            if (!close(entry.getKey()) && arrivalWord(position) == ARRIVING) {
                hardware.spinUntil(() -> arrivalWord(position) != ARRIVING, graceCycles);
            }
        }
    }

    /** {@return the CPU number the AP with this APIC ID came online as, or 0 if it did not} */
    int cpuNumber(ApicId apicId) {
        Integer position = positions.get(apicId);
        int word = position == null ? 0 : arrivalWord(position);
        return Math.max(word, 0);
    }

    /** {@return the TSC at which CPU {@code number} came online} */
    long onlineTsc(int number) {
        return hardware.memory().readLong(rollCall + (number - 1L) * SLOT_SIZE + SLOT_TSC);
    }

    /** {@return the APIC IDs of APs that arrived although the kernel did not expect them} */
    List<ApicId> unlisted() {
        return ring(UNLISTED_COUNT, unlistedRing);
    }

    /** {@return how many APs arrived unexpected, beyond those {@link #unlisted()} could hold} */
    int unlistedCount() {
        return hardware.memory().readIntAcquire(address.value() + UNLISTED_COUNT);
    }

    /** {@return the APIC IDs of APs that arrived after the BSP closed them, and parked} */
    List<ApicId> late() {
        return ring(LATE_COUNT, lateRing);
    }

    private List<ApicId> ring(int countOffset, long ring) {
        PhysicalMemory memory = hardware.memory();
        int count = Math.min(memory.readIntAcquire(address.value() + countOffset), RING_CAPACITY);
        List<ApicId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(ApicId.of(Integer.toUnsignedLong(memory.readIntAcquire(ring + 4L * i))));
        }
        return ids;
    }

    private int arrivalWord(int position) {
        return hardware.memory().readIntAcquire(arrivals + 4L * position);
    }
}
