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
import static org.smpboot.smp.boot.BootControlLayout.SLOT_APIC_ID;
import static org.smpboot.smp.boot.BootControlLayout.SLOT_ONLINE;
import static org.smpboot.smp.boot.BootControlLayout.SLOT_SIZE;
import static org.smpboot.smp.boot.BootControlLayout.SLOT_STATE;
import static org.smpboot.smp.boot.BootControlLayout.SLOT_TSC;
import static org.smpboot.smp.boot.BootControlLayout.UNLISTED_COUNT;
import static org.smpboot.smp.boot.BootControlLayout.UNLISTED_RING_POINTER;

import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.boot.ApBootImageLayout;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * The kernel's AP entry (Asterinas' {@code ap_long_mode} and {@code ap_early_entry} in one): what
 * an application processor runs once the trampoline has it in long mode.
 *
 * <ol>
 *   <li>Find the boot control block through the image's kernel slot; enable the local APIC and read
 *       its own APIC ID.</li>
 *   <li>Look the ID up among the expected APs (a binary search of the sorted table, as Linux's
 *       parallel bring-up finds its CPU number from its APIC ID). Not there: the MADT did not list
 *       this CPU; record it as unlisted and halt — it gets no boot record, so it cannot run past
 *       the end of the array (the seed's hazard 1).</li>
 *   <li>Claim its arrival word by compare-and-set. If the BSP already closed it (gave up waiting),
 *       this is a late wake-up: record it and park, without touching boot records.</li>
 *   <li>Take a CPU number in arrival order (fetch-and-add from 1); read its boot record (stack top,
 *       CPU-local area; both must be filled); write its roll-call slot, publish its number in its
 *       arrival word (release) and count itself online.</li>
 * </ol>
 *
 * <p>When it returns, the processor halts: smpboot's APs have no scheduler to join yet.
 */
final class ApKernelEntry implements ApEntryPoint {

    private final PhysicalAddress imageBase;
    private final Apic apic;

    ApKernelEntry(PhysicalAddress imageBase, Apic apic) {
        this.imageBase = imageBase;
        this.apic = apic;
    }

    @Override
    public void enter(HardwarePort hardware) {
        PhysicalMemory memory = hardware.memory();
        long control = memory.readLong(imageBase.value() + ApBootImageLayout.KERNEL_DATA_OFFSET);
        long bootInfo = memory.readLong(imageBase.value() + ApBootImageLayout.BOOT_INFO_POINTER_OFFSET);
        apic.enable();
        ApicId self = apic.id();

        int position = positionOf(memory, control, self);
        if (position < 0) {
            remember(memory, control, UNLISTED_COUNT, UNLISTED_RING_POINTER, self);
            return;
        }
        long arrival = memory.readLong(control + ARRIVALS_POINTER) + 4L * position;
        if (!memory.compareAndSetInt(arrival, NOT_ARRIVED, ARRIVING)) {
            // CLOSED: the BSP stopped waiting; anything else: another CPU claimed this APIC ID.
            boolean late = memory.readIntAcquire(arrival) == CLOSED;
            remember(memory, control, late ? LATE_COUNT : UNLISTED_COUNT, late ? LATE_RING_POINTER : UNLISTED_RING_POINTER,
                    self);
            return;
        }
        int number = memory.getAndAddInt(control + NEXT_CPU_NUMBER, 1);
        long record = bootInfo + (number - 1L) * BootInfoLayout.RECORD_SIZE;
        long stackTop = memory.readLong(record + BootInfoLayout.STACK_TOP);
        long cpuLocal = memory.readLong(record + BootInfoLayout.CPU_LOCAL);
        if (stackTop == 0 || cpuLocal == 0) {
            throw new IllegalStateException("CPU %d (APIC ID %s): boot record at 0x%x is empty (stack 0x%x, cpu-local 0x%x)"
                    .formatted(number, self, record, stackTop, cpuLocal));
        }
        long slot = memory.readLong(control + ROLL_CALL_POINTER) + (number - 1L) * SLOT_SIZE;
        memory.writeInt(slot + SLOT_APIC_ID, self.value());
        memory.writeLong(slot + SLOT_TSC, hardware.rdtsc());
        memory.writeIntRelease(slot + SLOT_STATE, SLOT_ONLINE);
        // Release: whoever sees the number in the arrival word sees the roll-call slot above.
        memory.writeIntRelease(arrival, number);
        memory.getAndAddInt(control + ONLINE_COUNT, 1);
    }

    /** Binary search of the sorted expected-ID table in memory: O(log n) reads. */
    private static int positionOf(PhysicalMemory memory, long control, ApicId id) {
        long table = memory.readLong(control + EXPECTED_IDS_POINTER);
        int low = 0;
        int high = memory.readInt(control + EXPECTED_COUNT) - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int compared = Integer.compareUnsigned(memory.readInt(table + 4L * middle), id.value());
            if (compared == 0) {
                return middle;
            }
            if (compared < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** Counts this AP in {@code countOffset} and, while there is room, writes its ID to the ring. */
    private static void remember(PhysicalMemory memory, long control, int countOffset, int ringOffset, ApicId id) {
        int ordinal = memory.getAndAddInt(control + countOffset, 1);
        if (ordinal < RING_CAPACITY) {
            memory.writeIntRelease(memory.readLong(control + ringOffset) + 4L * ordinal, id.value());
        }
    }
}
