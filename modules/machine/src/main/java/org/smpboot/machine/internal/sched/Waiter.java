package org.smpboot.machine.internal.sched;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A processor blocked in {@code spinUntil}: its condition, its deadline, and what the condition
 * read the last time it was evaluated (the cache lines and whether device registers), so that only
 * a write to something it reads re-evaluates it.
 */
final class Waiter {

    /** Cache lines are 64 bytes: the granularity of the watch set. */
    static final int LINE_SHIFT = 6;

    final ExecutionContext context;
    final BooleanSupplier condition;
    final long blockedAt;
    final long deadline;
    final long sequence;
    long[] lines = new long[4];
    int lineCount;
    boolean watchesDevices;
    boolean satisfied;
    long resumeAt;
    Throwable failure;

    Waiter(ExecutionContext context, BooleanSupplier condition, long blockedAt, long deadline, long sequence) {
        this.context = context;
        this.condition = condition;
        this.blockedAt = blockedAt;
        this.deadline = deadline;
        this.sequence = sequence;
    }

    void clearWatch() {
        lineCount = 0;
        watchesDevices = false;
    }

    void watch(long address, long length) {
        long first = address >>> LINE_SHIFT;
        long last = (address + Math.max(length, 1) - 1) >>> LINE_SHIFT;
        for (long line = first; line <= last; line++) {
            if (!contains(line)) {
                if (lineCount == lines.length) {
                    lines = Arrays.copyOf(lines, lineCount * 2);
                }
                lines[lineCount++] = line;
            }
        }
    }

    private boolean contains(long line) {
        for (int i = 0; i < lineCount; i++) {
            if (lines[i] == line) {
                return true;
            }
        }
        return false;
    }
}
