package org.smpboot.machine;

import java.util.List;
import java.util.Objects;
import org.smpboot.machine.trace.Trace;

/**
 * The result of running kernel code on a simulated machine: each processor's final state, when
 * the run ended and why, and everything that happened.
 *
 * @param cpus            one report per processor, in CPU-index order
 * @param endCycle        the virtual time the run ended at: the budget if it was exhausted, else the
 *                        time of the last thing that happened
 * @param budgetExhausted whether the run stopped at the budget with work still pending (a processor
 *                        still spinning, an event still queued), rather than at quiescence
 * @param trace           every event, in simulation order
 */
public record MachineRun(List<CpuReport> cpus, long endCycle, boolean budgetExhausted, Trace trace) {

    /** Copies the reports. */
    public MachineRun {
        cpus = List.copyOf(cpus);
        Objects.requireNonNull(trace, "trace");
    }

    /** {@return the report of processor {@code index}} */
    public CpuReport cpu(int index) {
        return cpus.get(index);
    }

    /** {@return the final state of processor {@code index}} */
    public CpuState state(int index) {
        return cpus.get(index).state();
    }

    /** {@return how many processors ended in {@code state}} */
    public long count(CpuState state) {
        return cpus.stream().filter(report -> report.state() == state).count();
    }
}
