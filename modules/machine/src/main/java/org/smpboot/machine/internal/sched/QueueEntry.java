package org.smpboot.machine.internal.sched;

/**
 * One entry of the scheduler's queue: a processor's resumption (a context and the token that must
 * still be current for it to count) or a device event (an action).
 *
 * <p>Ordered by virtual time, then by the order key (the CPU index the entry concerns), then by the
 * sequence in which entries were queued: a total order that never depends on host timing.
 */
final class QueueEntry implements Comparable<QueueEntry> {

    final long time;
    final int order;
    final long sequence;
    final ExecutionContext context;
    final Object token;
    final Runnable action;

    QueueEntry(long time, int order, long sequence, ExecutionContext context, Object token, Runnable action) {
        this.time = time;
        this.order = order;
        this.sequence = sequence;
        this.context = context;
        this.token = token;
        this.action = action;
    }

    /** {@return whether this resumption was superseded: its context ended or was woken by another entry} */
    boolean superseded() {
        return context != null && (!context.alive() || context.resumeToken != token);
    }

    @Override
    public int compareTo(QueueEntry other) {
        int byTime = Long.compare(time, other.time);
        if (byTime != 0) {
            return byTime;
        }
        int byOrder = Integer.compare(order, other.order);
        return byOrder != 0 ? byOrder : Long.compare(sequence, other.sequence);
    }
}
