package org.smpboot.machine.internal.sched;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The deterministic discrete-event scheduler of a simulated machine: one processor runs at a time,
 * the one with the lowest virtual time, on its own virtual thread.
 *
 * <p>The queue holds two kinds of entries: device events (an IPI arriving, a firmware loop noticing
 * the mailbox) and resumptions of processors (one that yielded, one whose spin-wait ends, one that
 * starts). Entries are ordered by virtual time, then by an order key (the CPU index), then by the
 * sequence in which they were queued, so that no decision ever depends on host timing.
 *
 * <p>Whichever thread holds the baton drives the queue: a processor that must give way fires the
 * due device events itself and hands the baton straight to the next processor; if that processor is
 * itself, it just carries on. Port operations charge their cost through {@link #charge}, which
 * yields whenever another entry is due earlier.
 *
 * <p>{@link #spinUntil} blocks the processor as a waiter. A write by another processor or a device
 * to anything the condition read re-evaluates it <em>as the waiter</em> (port reads act on the
 * waiter and cost nothing); a satisfied waiter resumes at {@code max(blocked-at, write time)}, any
 * other at its deadline.
 *
 * <p>Thread-safety: every field is touched only by the baton holder (or, at the start and end of a
 * run, by the thread that called {@link #run}); the volatile baton hand-over orders them.
 */
public final class Scheduler {

    /** The virtual time of each processor, indexed by CPU index. */
    private final long[] clocks;
    private final PriorityQueue<QueueEntry> queue = new PriorityQueue<>();
    private final WaiterIndex waiters = new WaiterIndex();
    private final List<ExecutionContext> contexts = new ArrayList<>();
    private final CountDownLatch finishedSignal = new CountDownLatch(1);
    private long sequence;
    private long budget = Long.MAX_VALUE;
    private ExecutionContext running;
    private Waiter evaluating;
    private long eventTime;
    private long horizon;
    private boolean started;
    private volatile boolean finished;
    private boolean budgetExhausted;
    private RuntimeException simulatorFailure;

    /**
     * Creates a scheduler for {@code cpuCount} processors, every clock at 0.
     *
     * @param cpuCount how many processors
     */
    public Scheduler(int cpuCount) {
        this.clocks = new long[cpuCount];
    }

    /** {@return the virtual TSC of processor {@code cpu}} */
    public long clock(int cpu) {
        return clocks[cpu];
    }

    /** {@return the time of the event being fired, or of the running processor} */
    public long now() {
        if (evaluating != null) {
            return clocks[evaluating.context.cpu()];
        }
        return running != null ? clocks[running.cpu()] : eventTime;
    }

    /**
     * {@return the processor port operations act on now: the waiter whose condition is being
     * evaluated, else the processor holding the baton}
     *
     * @throws CpuUnwind if the run is over or the caller's context was reset
     * @throws IllegalStateException if called from a thread that is not the running processor's
     */
    public int currentCpu() {
        if (finished) {
            throw CpuUnwind.INSTANCE;
        }
        if (evaluating != null) {
            return evaluating.context.cpu();
        }
        ExecutionContext context = running;
        if (context == null || context.thread != Thread.currentThread()) {
            throw new IllegalStateException("Hardware port used from thread %s, which is not the running simulated processor (%s)"
                    .formatted(Thread.currentThread().getName(), context));
        }
        if (!context.alive()) {
            throw CpuUnwind.INSTANCE;
        }
        return context.cpu();
    }

    /** {@return whether a spin-wait condition is being evaluated (operations are free and do not yield)} */
    public boolean evaluatingCondition() {
        return evaluating != null;
    }

    /** Records that the condition being evaluated read {@code [address, address + length)}. */
    public void recordRead(long address, long length) {
        if (evaluating != null) {
            evaluating.watch(address, length);
        }
    }

    /** Records that the condition being evaluated read a device register. */
    public void recordDeviceRead() {
        if (evaluating != null) {
            evaluating.watchesDevices = true;
        }
    }

    /** Refuses a write from inside a spin-wait condition, which must only observe. */
    public void refuseWriteInCondition() {
        if (evaluating != null) {
            throw new IllegalStateException("A spinUntil condition must not write: it is evaluated as the waiting "
                    + "processor, possibly many times, whenever something it reads changes");
        }
    }

    /**
     * Advances the running processor's clock by {@code cycles} and gives way if another entry is
     * due earlier (or at the same time with a lower CPU index), or the budget is spent.
     */
    public void charge(long cycles) {
        if (evaluating != null) {
            return;
        }
        ExecutionContext context = running;
        int cpu = context.cpu();
        clocks[cpu] += cycles;
        QueueEntry head = queue.peek();
        long now = clocks[cpu];
        if (now > budget || (head != null && (head.time < now || (head.time == now && head.order < cpu)))) {
            resumeAt(context, now);
            dispatch(context, true);
        }
    }

    /**
     * Queues a device event.
     *
     * @param time   when it happens
     * @param order  the tie-break key among entries at the same time (the CPU it concerns)
     * @param action what happens, run on whichever thread holds the baton
     */
    public void schedule(long time, int order, Runnable action) {
        queue.add(new QueueEntry(time, order, sequence++, null, null, action));
    }

    /**
     * Creates a context that starts running {@code body} on processor {@code cpu} at {@code time}.
     * The body runs on a new virtual thread; when it returns, the context ends.
     */
    public ExecutionContext start(int cpu, long time, String name, Consumer<ExecutionContext> body) {
        ExecutionContext context = new ExecutionContext(cpu, name);
        contexts.add(context);
        context.thread = Thread.ofVirtual().name(name).unstarted(() -> runContext(context, body));
        resumeAt(context, time);
        return context;
    }

    /** Ends a context (INIT reset its processor): it never runs again and is unwound at the end of the run. */
    public void kill(ExecutionContext context) {
        if (context.waiter != null) {
            if (!context.waiter.satisfied) {
                waiters.remove(context.waiter);
            }
            context.waiter = null;
        }
        context.end();
    }

    /**
     * Blocks the running processor until {@code condition} holds or {@code timeoutCycles} pass.
     *
     * @return whether the condition held
     */
    public boolean spinUntil(BooleanSupplier condition, long timeoutCycles, long pauseCycles) {
        if (evaluating != null) {
            throw new IllegalStateException("spinUntil inside a spinUntil condition: a condition must not wait");
        }
        if (timeoutCycles < 0) {
            throw new IllegalArgumentException("Invalid spin timeout %d cycles: it must not be negative".formatted(timeoutCycles));
        }
        ExecutionContext context = running;
        int cpu = currentCpu();
        long now = clocks[cpu];
        long deadline = now > Long.MAX_VALUE - timeoutCycles ? Long.MAX_VALUE : now + timeoutCycles;
        Waiter waiter = new Waiter(context, condition, now, deadline, sequence++);
        if (evaluate(waiter, now)) {
            charge(pauseCycles);
            return true;
        }
        if (timeoutCycles == 0) {
            charge(pauseCycles);
            return false;
        }
        waiters.add(waiter);
        context.waiter = waiter;
        resumeAt(context, deadline);
        dispatch(context, true);
        context.waiter = null;
        if (!waiter.satisfied) {
            waiters.remove(waiter);
        }
        if (waiter.failure instanceof RuntimeException failure) {
            throw failure;
        }
        if (waiter.failure instanceof Error failure) {
            throw failure;
        }
        charge(pauseCycles);
        return waiter.satisfied;
    }

    /** Re-evaluates the waiters that read {@code [address, address + length)}, after a write at {@code time}. */
    public void notifyWrite(long address, long length, long time) {
        if (!waiters.isEmpty()) {
            wakeSatisfied(waiters.watching(address, length), time);
        }
    }

    /** Re-evaluates the waiters that read device registers, after a device side effect at {@code time}. */
    public void notifyDevice(long time) {
        if (!waiters.isEmpty()) {
            wakeSatisfied(waiters.watchingDevices(), time);
        }
    }

    /** The outcome of {@link #run}. */
    public record Outcome(long endCycle, boolean budgetExhausted) {
    }

    /**
     * Runs the simulation from the queued entries until nothing is left to do or the next entry is
     * past {@code budgetCycles}; then unwinds every parked processor thread.
     *
     * @throws IllegalStateException if called twice, or a device model failed
     */
    public Outcome run(long budgetCycles) throws InterruptedException {
        if (started) {
            throw new IllegalStateException("A machine runs once: this one has already run");
        }
        started = true;
        budget = budgetCycles;
        dispatch(null, false);
        finishedSignal.await();
        for (ExecutionContext context : contexts) {
            Thread thread = context.thread;
            if (thread.getState() != Thread.State.NEW) {
                context.unwind = true;
                LockSupport.unpark(thread);
                thread.join();
            }
        }
        if (simulatorFailure != null) {
            throw new IllegalStateException("The machine model failed: " + simulatorFailure.getMessage(), simulatorFailure);
        }
        return new Outcome(budgetExhausted ? budget : horizon, budgetExhausted);
    }

    private void runContext(ExecutionContext context, Consumer<ExecutionContext> body) {
        try {
            awaitBaton(context);
            body.accept(context);
            context.end();
            horizon = Math.max(horizon, clocks[context.cpu()]);
            dispatch(context, false);
        } catch (CpuUnwind unwound) {
            // The run ended while this context was parked, or INIT reset its processor: nothing to record.
        } catch (RuntimeException | Error failure) {
            // The body records every kernel failure itself; anything reaching here is a simulator bug.
            simulatorFailure = failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
            finished = true;
            finishedSignal.countDown();
        }
    }

    private void resumeAt(ExecutionContext context, long time) {
        Object token = new Object();
        context.resumeToken = token;
        queue.add(new QueueEntry(time, context.cpu(), sequence++, context, token, null));
    }

    /**
     * Evaluates a waiter's condition as the waiter, at virtual time {@code at}: its clock reads
     * {@code at} meanwhile (a condition on the TSC or on a device's timed state sees the present),
     * and is restored after, since the waiter still waits.
     */
    private boolean evaluate(Waiter waiter, long at) {
        Waiter outer = evaluating;
        int cpu = waiter.context.cpu();
        long clock = clocks[cpu];
        waiter.clearWatch();
        evaluating = waiter;
        clocks[cpu] = at;
        try {
            return waiter.condition.getAsBoolean();
        } finally {
            clocks[cpu] = clock;
            evaluating = outer;
        }
    }

    private void wakeSatisfied(List<Waiter> candidates, long time) {
        for (Waiter waiter : candidates) {
            if (waiter.satisfied || !waiter.context.alive()) {
                continue;
            }
            waiters.unindex(waiter);
            boolean holds;
            try {
                holds = evaluate(waiter, Math.max(waiter.blockedAt, time));
            } catch (RuntimeException | Error failure) {
                waiter.failure = failure;
                holds = true;
            }
            if (holds) {
                waiter.satisfied = true;
                waiters.forget(waiter);
                resumeAt(waiter.context, Math.max(waiter.blockedAt, time));
            } else {
                waiters.index(waiter);
            }
        }
    }

    /**
     * Fires due device events until the next entry is a processor's resumption, then hands it the
     * baton (or returns, if it is {@code self}). Run by the baton holder.
     *
     * @param self        the holder's context, or null for the thread that called {@link #run}
     * @param awaitReturn whether the holder's context will run again and must wait for the baton
     */
    private void dispatch(ExecutionContext self, boolean awaitReturn) {
        for (;;) {
            QueueEntry entry = queue.peek();
            if (entry != null && entry.superseded()) {
                queue.poll(); // superseded: the processor was woken earlier, or reset by INIT
                continue;
            }
            if (entry == null || entry.time > budget) {
                budgetExhausted = entry != null;
                running = null;
                finished = true;
                finishedSignal.countDown();
                break;
            }
            queue.poll();
            horizon = Math.max(horizon, entry.time);
            if (entry.context != null) {
                ExecutionContext next = entry.context;
                next.resumeToken = null;
                clocks[next.cpu()] = entry.time;
                running = next;
                if (next == self) {
                    return;
                }
                handTo(next);
                break;
            }
            running = null;
            eventTime = entry.time;
            try {
                entry.action.run();
            } catch (RuntimeException failure) {
                simulatorFailure = failure;
                finished = true;
                finishedSignal.countDown();
                break;
            }
        }
        if (self != null && awaitReturn) {
            awaitBaton(self);
        }
    }

    private static void handTo(ExecutionContext next) {
        next.baton = true;
        Thread thread = next.thread;
        if (thread.getState() == Thread.State.NEW) {
            thread.start();
        } else {
            LockSupport.unpark(thread);
        }
    }

    private static void awaitBaton(ExecutionContext self) {
        while (!self.baton) {
            if (self.unwind) {
                throw CpuUnwind.INSTANCE;
            }
            LockSupport.park(self);
        }
        self.baton = false;
        if (self.unwind) {
            throw CpuUnwind.INSTANCE;
        }
    }
}
