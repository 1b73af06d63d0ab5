package org.smpboot.acpi.internal;

import java.util.Arrays;

/**
 * A set of 32-bit APIC IDs without boxing: open addressing with linear probing in one {@code int}
 * array, sized once for a known number of IDs. 0xFFFFFFFF marks an empty slot, so it cannot be
 * stored; it is the x2APIC placeholder ID, which never names a processor anyway.
 *
 * <p>Not thread-safe.
 */
public final class ApicIdSet {

    private static final int EMPTY = -1;

    private final int[] slots;
    private final int mask;
    private int size;

    /** Creates a set that can hold {@code capacity} IDs (at most 2^29). */
    public ApicIdSet(int capacity) {
        if (capacity < 0 || capacity > 1 << 29) {
            throw new IllegalArgumentException("Invalid capacity %d: 0 to 2^29".formatted(capacity));
        }
        int tableSize = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        slots = new int[tableSize];
        Arrays.fill(slots, EMPTY);
        mask = tableSize - 1;
    }

    /** {@return whether {@code id} was added} (false if it was present already). */
    public boolean add(int id) {
        if (id == EMPTY) {
            throw new IllegalArgumentException("Invalid APIC ID 0xffffffff: the placeholder is never stored");
        }
        if (size * 2 >= slots.length) {
            throw new IllegalStateException("The set is full: it was sized for %d IDs".formatted(slots.length / 2));
        }
        int slot = mix(id) & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == id) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = id;
        size++;
        return true;
    }

    /** {@return whether {@code id} is in the set} */
    public boolean contains(int id) {
        if (id == EMPTY) {
            return false;
        }
        int slot = mix(id) & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == id) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    /** {@return how many IDs the set holds} */
    public int size() {
        return size;
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
