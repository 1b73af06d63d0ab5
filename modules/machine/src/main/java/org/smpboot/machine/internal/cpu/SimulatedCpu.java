package org.smpboot.machine.internal.cpu;

import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.internal.apic.LocalApicState;
import org.smpboot.machine.internal.sched.ExecutionContext;

/**
 * One simulated logical processor: its identity, its local APIC, its life-cycle state, the kernel
 * code it currently runs, and the faults injected into it.
 *
 * <p>Small on purpose (a machine may have 65,536): the virtual TSC lives in the scheduler's clock
 * array and the trace holds the history. Mutable; touched only by the simulation's baton holder.
 */
public final class SimulatedCpu {

    private final CpuIndex index;
    private final ApicId apicId;
    private final LocalApicState apic;
    CpuState state;
    /** The context running (or about to run) kernel code on this processor, or null. */
    ExecutionContext context;
    /** Why the processor faulted, once it has. */
    String faultReason;
    boolean dead;
    boolean ignoresFirstSipi;
    boolean firstSipiLost;
    boolean badBootCode;
    long lateStartCycles;
    boolean mailboxNeverAcks;
    long mailboxLateAckCycles;

    /**
     * Creates a processor after RESET.
     *
     * @param index  its CPU index
     * @param apicId its initial APIC ID
     * @param apic   its local APIC
     * @param state  its state after reset
     */
    public SimulatedCpu(CpuIndex index, ApicId apicId, LocalApicState apic, CpuState state) {
        this.index = index;
        this.apicId = apicId;
        this.apic = apic;
        this.state = state;
    }

    /** {@return the CPU index} */
    public CpuIndex index() {
        return index;
    }

    /** {@return the CPU index as an int} */
    public int ordinal() {
        return index.value();
    }

    /** {@return the initial APIC ID} */
    public ApicId apicId() {
        return apicId;
    }

    /** {@return the local APIC} */
    public LocalApicState apic() {
        return apic;
    }

    /** {@return the life-cycle state} */
    public CpuState state() {
        return state;
    }

    /** {@return why the processor faulted, or null} */
    public String faultReason() {
        return faultReason;
    }

    /** Injects {@code cpu=N:dead}. */
    public void markDead() {
        dead = true;
        state = CpuState.DEAD;
    }

    /** Injects {@code cpu=N:ignore-first-sipi}. */
    public void ignoreFirstSipi() {
        ignoresFirstSipi = true;
    }

    /** Injects {@code cpu=N:bad-boot-code}. */
    public void corruptBootCode() {
        badBootCode = true;
    }

    /** Injects {@code cpu=N:late=...}. */
    public void startLate(long cycles) {
        lateStartCycles = cycles;
    }

    /** Injects {@code mailbox:never-ack=N}. */
    public void neverAckMailbox() {
        mailboxNeverAcks = true;
    }

    /** Injects {@code mailbox:late-ack=N:...}. */
    public void ackMailboxLate(long cycles) {
        mailboxLateAckCycles = cycles;
    }
}
