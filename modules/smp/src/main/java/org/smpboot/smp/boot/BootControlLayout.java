package org.smpboot.smp.boot;

/**
 * The layout of the kernel's boot control block: the data in physical memory through which the
 * BSP and the APs coordinate during bring-up. Cross-processor state lives here, not in Java fields,
 * because physical memory is where one processor's write becomes visible to another (and where a
 * spinning BSP is woken).
 *
 * <pre>
 * offset  size  field                  written by
 * 0x00    4     next CPU number        APs, atomic fetch-and-add (starts at 1: the BSP is 0)
 * 0x04    4     online count           APs, atomic add after their roll-call slot is written
 * 0x08    4     expected AP count      BSP
 * 0x0C    4     unlisted count         APs whose APIC ID the kernel did not expect, atomic
 * 0x10    4     late count             APs that arrived after the BSP gave up on them, atomic
 * 0x14    4     reserved
 * 0x18    8     expected APIC IDs      BSP: pointer to a sorted u32 array, expected-count entries
 * 0x20    8     arrival words          pointer to a u32 per expected AP (see below)
 * 0x28    8     roll call              pointer to a 16-byte slot per CPU number (see below)
 * 0x30    8     unlisted ring          pointer to u32 APIC IDs, RING_CAPACITY entries
 * 0x38    8     late ring              pointer to u32 APIC IDs, RING_CAPACITY entries
 * </pre>
 *
 * <p>Arrival word of an expected AP, decided by compare-and-set so that the BSP and the AP agree on
 * one outcome: {@link #NOT_ARRIVED} → {@link #ARRIVING} (the AP claims it) → its CPU number (the AP
 * is online); or {@link #NOT_ARRIVED} → {@link #CLOSED} (the BSP gave up on it: a later arrival
 * parks instead of running stale boot code).
 *
 * <p>Roll-call slot of CPU number n (at {@code (n - 1) * 16}): APIC ID u32, state u32
 * ({@link #SLOT_ONLINE}), TSC when it came online u64.
 */
public final class BootControlLayout {

    /** Offset of the next CPU number. */
    public static final int NEXT_CPU_NUMBER = 0x00;
    /** Offset of the online count. */
    public static final int ONLINE_COUNT = 0x04;
    /** Offset of the expected AP count. */
    public static final int EXPECTED_COUNT = 0x08;
    /** Offset of the unlisted count. */
    public static final int UNLISTED_COUNT = 0x0C;
    /** Offset of the late count. */
    public static final int LATE_COUNT = 0x10;
    /** Offset of the pointer to the sorted expected APIC IDs. */
    public static final int EXPECTED_IDS_POINTER = 0x18;
    /** Offset of the pointer to the arrival words. */
    public static final int ARRIVALS_POINTER = 0x20;
    /** Offset of the pointer to the roll call. */
    public static final int ROLL_CALL_POINTER = 0x28;
    /** Offset of the pointer to the unlisted ring. */
    public static final int UNLISTED_RING_POINTER = 0x30;
    /** Offset of the pointer to the late ring. */
    public static final int LATE_RING_POINTER = 0x38;
    /** Size of the block. */
    public static final int SIZE = 0x40;

    /** Arrival word: the AP has not arrived. */
    public static final int NOT_ARRIVED = 0;
    /** Arrival word: the AP has claimed its entry and is taking a CPU number. */
    public static final int ARRIVING = -2;
    /** Arrival word: the BSP stopped waiting for this AP; it must park if it ever arrives. */
    public static final int CLOSED = -1;

    /** Size of one roll-call slot. */
    public static final int SLOT_SIZE = 16;
    /** Roll-call slot offset of the APIC ID. */
    public static final int SLOT_APIC_ID = 0;
    /** Roll-call slot offset of the state. */
    public static final int SLOT_STATE = 4;
    /** Roll-call slot offset of the TSC. */
    public static final int SLOT_TSC = 8;
    /** Roll-call state: online. */
    public static final int SLOT_ONLINE = 1;

    /** How many unlisted or late APIC IDs the kernel remembers; the counts go on beyond. */
    public static final int RING_CAPACITY = 1024;

    private BootControlLayout() {
    }
}
