package org.smpboot.machine.internal.sched;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The blocked spin-waits, indexed by the cache lines their conditions read, so that a write wakes
 * only the waiters it may satisfy. Lookups return waiters in blocking order, which keeps wake-ups
 * deterministic.
 */
final class WaiterIndex {

    private final Map<Long, List<Waiter>> byLine = new HashMap<>();
    private final TreeMap<Long, Waiter> deviceWatchers = new TreeMap<>();
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void add(Waiter waiter) {
        size++;
        index(waiter);
    }

    void remove(Waiter waiter) {
        size--;
        unindex(waiter);
    }

    /** Drops a waiter that was already unindexed (it has just been satisfied). */
    void forget(Waiter waiter) {
        size--;
    }

    /** Re-files a waiter after its condition was evaluated again and may read other lines. */
    void unindex(Waiter waiter) {
        for (int i = 0; i < waiter.lineCount; i++) {
            List<Waiter> list = byLine.get(waiter.lines[i]);
            if (list != null) {
                list.remove(waiter);
                if (list.isEmpty()) {
                    byLine.remove(waiter.lines[i]);
                }
            }
        }
        deviceWatchers.remove(waiter.sequence);
    }

    void index(Waiter waiter) {
        for (int i = 0; i < waiter.lineCount; i++) {
            byLine.computeIfAbsent(waiter.lines[i], line -> new ArrayList<>(2)).add(waiter);
        }
        if (waiter.watchesDevices) {
            deviceWatchers.put(waiter.sequence, waiter);
        }
    }

    /** {@return the waiters whose conditions read any byte of {@code [address, address + length)}, in blocking order} */
    List<Waiter> watching(long address, long length) {
        if (byLine.isEmpty() || length <= 0) {
            return List.of();
        }
        long first = address >>> Waiter.LINE_SHIFT;
        long last = (address + length - 1) >>> Waiter.LINE_SHIFT;
        TreeMap<Long, Waiter> found = new TreeMap<>();
        if (last - first + 1 <= byLine.size()) {
            for (long line = first; line <= last; line++) {
                collect(byLine.get(line), found);
            }
        } else {
            for (Map.Entry<Long, List<Waiter>> entry : byLine.entrySet()) {
                if (entry.getKey() >= first && entry.getKey() <= last) {
                    collect(entry.getValue(), found);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** {@return the waiters whose conditions read device state (registers), in blocking order} */
    List<Waiter> watchingDevices() {
        return List.copyOf(deviceWatchers.values());
    }

    private static void collect(List<Waiter> waiters, TreeMap<Long, Waiter> into) {
        if (waiters != null) {
            for (Waiter waiter : waiters) {
                into.put(waiter.sequence, waiter);
            }
        }
    }
}
