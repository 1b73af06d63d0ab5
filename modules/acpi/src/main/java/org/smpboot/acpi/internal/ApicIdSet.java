package org.smpboot.acpi.internal;

import java.util.Arrays;

/**
 * A set of 32-bit APIC IDs that costs nothing per ID added: real IDs are small, so IDs below 256
 * live in four {@code long}s, IDs below 65,536 in a bitmap allocated the first time one appears,
 * and larger IDs in an open-addressing hash table allocated the first time one appears and sized
 * once for the most IDs the table can hold.
 *
 * <p>0xFFFFFFFF cannot be stored: it is the x2APIC placeholder ID, which never names a processor.
 * Not thread-safe.
 */
public final class ApicIdSet {

    private static final int EMPTY = -1;
    private static final int SMALL_LIMIT = 256;
    private static final int MEDIUM_LIMIT = 1 << 16;

    private final int maxLargeIds;
    private long small0;
    private long small1;
    private long small2;
    private long small3;
    private long[] medium;
    private int[] large;
    private int size;

    /**
     * Creates an empty set.
     *
     * @param maxIds the most IDs that will be added (bounds the hash table for IDs of 65,536 and
     *               above; the caller derives it from the table's size, so memory stays
     *               proportional to the input)
     */
    public ApicIdSet(int maxIds) {
        if (maxIds < 0 || maxIds > 1 << 29) {
            throw new IllegalArgumentException("Invalid capacity %d: 0 to 2^29".formatted(maxIds));
        }
        this.maxLargeIds = maxIds;
    }

    /** {@return whether {@code id} was added} (false if it was present already). */
    public boolean add(int id) {
        if (id == EMPTY) {
            throw new IllegalArgumentException("Invalid APIC ID 0xffffffff: the placeholder is never stored");
        }
        boolean added;
        if (Integer.compareUnsigned(id, SMALL_LIMIT) < 0) {
            added = addSmall(id);
        } else if (Integer.compareUnsigned(id, MEDIUM_LIMIT) < 0) {
            if (medium == null) {
                medium = new long[MEDIUM_LIMIT / 64];
            }
            long bit = 1L << id;
            added = (medium[id >>> 6] & bit) == 0;
            medium[id >>> 6] |= bit;
        } else {
            added = addLarge(id);
        }
        size += added ? 1 : 0;
        return added;
    }

    /** {@return whether {@code id} is in the set} */
    public boolean contains(int id) {
        if (Integer.compareUnsigned(id, SMALL_LIMIT) < 0) {
            return (smallWord(id >>> 6) & (1L << id)) != 0;
        }
        if (Integer.compareUnsigned(id, MEDIUM_LIMIT) < 0) {
            return medium != null && (medium[id >>> 6] & (1L << id)) != 0;
        }
        if (large == null || id == EMPTY) {
            return false;
        }
        int mask = large.length - 1;
        for (int slot = mix(id) & mask; large[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (large[slot] == id) {
                return true;
            }
        }
        return false;
    }

    /** {@return how many IDs the set holds} */
    public int size() {
        return size;
    }

    private boolean addSmall(int id) {
        long bit = 1L << id;
        long word = smallWord(id >>> 6);
        if ((word & bit) != 0) {
            return false;
        }
        switch (id >>> 6) {
            case 0 -> small0 |= bit;
            case 1 -> small1 |= bit;
            case 2 -> small2 |= bit;
            default -> small3 |= bit;
        }
        return true;
    }

    private long smallWord(int index) {
        return switch (index) {
            case 0 -> small0;
            case 1 -> small1;
            case 2 -> small2;
            default -> small3;
        };
    }

    private boolean addLarge(int id) {
        if (large == null) {
            int tableSize = Integer.highestOneBit(Math.max(4, maxLargeIds * 2 - 1)) << 1;
            large = new int[tableSize];
            Arrays.fill(large, EMPTY);
        }
        int mask = large.length - 1;
        int slot = mix(id) & mask;
        while (large[slot] != EMPTY) {
            if (large[slot] == id) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        // Invariant: the table has twice as many slots as IDs can ever be added, so a free slot exists.
        large[slot] = id;
        return true;
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
