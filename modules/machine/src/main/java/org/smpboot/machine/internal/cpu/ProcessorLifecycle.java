package org.smpboot.machine.internal.cpu;

import java.util.OptionalLong;
import java.util.function.Consumer;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.hw.HardwareFault;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.machine.CostModel;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.internal.sched.CpuUnwind;
import org.smpboot.machine.internal.sched.ExecutionContext;
import org.smpboot.machine.internal.sched.Scheduler;
import org.smpboot.machine.trace.TraceEvent;

/**
 * The life of each simulated processor, per the SDM's MP initialization protocol: INIT puts an AP
 * in wait-for-SIPI (ending whatever it ran), a SIPI starts a waiting AP at the Start-Up page, a
 * mailbox wakeup starts a TDX AP at the wakeup vector; the trampoline then runs the kernel entry,
 * and the processor halts when the entry returns or faults when anything goes wrong.
 *
 * @spec Intel SDM Vol. 3A, §8.4.1–§8.4.2 (BSP and AP roles, INIT and SIPI), §8.4.4.2 "Typical AP
 *     Initialization Sequence" (§9.4 in the 2023+ editions); MP Spec 1.4 §B.4.2 (a SIPI is ignored
 *     unless the target waits for one)
 */
public final class ProcessorLifecycle {

    private final ProcessorTable cpus;
    private final Scheduler scheduler;
    private final TraceRecorder trace;
    private final Trampoline trampoline;
    private final CostModel costs;
    private final Jitter jitter;
    private final OptionalLong resetVector;
    private HardwarePort port;

    /**
     * Creates the life-cycle model.
     *
     * @param cpus       the processors
     * @param scheduler  the scheduler
     * @param trace      the trace
     * @param trampoline the boot-code model
     * @param costs      the cost model
     * @param jitter      the seeded jitter
     * @param resetVector the firmware reset vector a version 1 TDX mailbox announces, if any
     */
    public ProcessorLifecycle(ProcessorTable cpus, Scheduler scheduler, TraceRecorder trace, Trampoline trampoline,
            CostModel costs, Jitter jitter, OptionalLong resetVector) {
        this.cpus = cpus;
        this.scheduler = scheduler;
        this.trace = trace;
        this.trampoline = trampoline;
        this.costs = costs;
        this.jitter = jitter;
        this.resetVector = resetVector;
    }

    /** Connects the hardware port kernel code receives (it is built after this model). */
    public void attach(HardwarePort hardwarePort) {
        this.port = hardwarePort;
    }

    /** Starts the BSP's program at time 0. */
    public void startBsp(Consumer<HardwarePort> program) {
        SimulatedCpu bsp = cpus.get(0);
        bsp.context = scheduler.start(0, 0, "cpu-0", context -> runKernel(bsp, () -> program.accept(port)));
    }

    /** INIT (assert) reached {@code target}. */
    public void init(SimulatedCpu target, CpuIndex sender, long time) {
        trace.record(new TraceEvent.IpiDelivered(time, target.index(), sender, DeliveryMode.INIT, 0));
        endContext(target);
        target.apic().init();
        if (target.index().isBsp()) {
            fault(target, time, "INIT reached the bootstrap processor: it re-entered the firmware's reset path, "
                    + "and the kernel that ran on it is lost");
            return;
        }
        if (target.state != CpuState.WAIT_FOR_SIPI) {
            changeState(target, CpuState.WAIT_FOR_SIPI, time, "INIT from " + sender);
        }
    }

    /** A Start-Up IPI with {@code vector} reached {@code target}. */
    public void startup(SimulatedCpu target, CpuIndex sender, int vector, long time) {
        if (target.state != CpuState.WAIT_FOR_SIPI) {
            trace.record(new TraceEvent.IpiIgnored(time, target.index(), sender, DeliveryMode.STARTUP,
                    "not in wait-for-SIPI (%s): a SIPI only starts a processor that waits for one".formatted(target.state)));
            return;
        }
        if (target.ignoresFirstSipi && !target.firstSipiLost) {
            target.firstSipiLost = true;
            trace.record(new TraceEvent.IpiIgnored(time, target.index(), sender, DeliveryMode.STARTUP,
                    "injected fault cpu=%d:ignore-first-sipi: this SIPI is lost".formatted(target.ordinal())));
            return;
        }
        trace.record(new TraceEvent.IpiDelivered(time, target.index(), sender, DeliveryMode.STARTUP, vector));
        changeState(target, CpuState.STARTING, time, "SIPI vector 0x%02x from %s".formatted(vector, sender));
        long begin = time + costs.startupCycles() + jitter.upTo(costs.startupJitterCycles()) + target.lateStartCycles;
        target.context = scheduler.start(target.ordinal(), begin, "cpu-" + target.ordinal(), context -> runBootCode(target,
                "Start-Up page 0x%x".formatted((long) vector << 12), () -> trampoline.fromStartupVector(vector)));
    }

    /** TDX firmware acknowledged a Wakeup command for {@code target} and jumps to {@code vector}. */
    public void wakeFromFirmware(SimulatedCpu target, long vector, long time) {
        changeState(target, CpuState.STARTING, time, "mailbox wakeup, vector 0x%x".formatted(vector));
        long begin = time + costs.startupCycles() + jitter.upTo(costs.startupJitterCycles()) + target.lateStartCycles;
        target.context = scheduler.start(target.ordinal(), begin, "cpu-" + target.ordinal(), context -> runBootCode(target,
                "wakeup vector 0x%x".formatted(vector), () -> trampoline.fromLongModeVector(vector)));
    }

    /** Records a life-cycle change. */
    public void changeState(SimulatedCpu cpu, CpuState to, long time, String reason) {
        CpuState from = cpu.state;
        cpu.state = to;
        trace.record(new TraceEvent.StateChanged(time, cpu.index(), from, to, reason));
    }

    /** Stops a processor with a triple fault. */
    public void fault(SimulatedCpu cpu, long time, String reason) {
        cpu.faultReason = reason;
        changeState(cpu, CpuState.FAULTED, time, reason);
    }

    private void endContext(SimulatedCpu target) {
        ExecutionContext context = target.context;
        if (context != null) {
            scheduler.kill(context);
            target.context = null;
        }
    }

    /** What the trampoline does; throws a triple fault when the boot code cannot work. */
    @FunctionalInterface
    private interface TrampolinePath {
        BootTarget walk() throws TripleFault;
    }

    private void runBootCode(SimulatedCpu cpu, String where, TrampolinePath path) {
        changeState(cpu, CpuState.RUNNING, scheduler.clock(cpu.ordinal()), "fetching boot code at " + where);
        if (cpu.badBootCode) {
            fault(cpu, scheduler.clock(cpu.ordinal()), "triple fault at %s: injected fault cpu=%d:bad-boot-code"
                    .formatted(where, cpu.ordinal()));
            return;
        }
        // The trampoline's own instructions take time before it reads the slots the BSP filled, so
        // a BSP that fills them late is caught here as it would be on metal.
        scheduler.charge(costs.trampolineCycles());
        BootTarget target;
        try {
            target = path.walk();
        } catch (TripleFault fault) {
            fault(cpu, scheduler.clock(cpu.ordinal()), "triple fault: " + fault.getMessage());
            return;
        }
        trace.record(new TraceEvent.KernelEntered(scheduler.clock(cpu.ordinal()), cpu.index(), target.kernelEntry(),
                target.bootInfoPointer(), target.pageTablePointer()));
        runKernel(cpu, () -> target.entry().enter(port));
    }

    private void runKernel(SimulatedCpu cpu, Runnable kernelCode) {
        Runnable code = kernelCode;
        while (code != null) {
            try {
                code.run();
                changeState(cpu, CpuState.HALTED, scheduler.clock(cpu.ordinal()), "returned from kernel code");
                code = null;
            } catch (ControlTransfer jump) {
                code = continueAt(cpu, jump.target());
            } catch (CpuUnwind unwound) {
                throw unwound;
            } catch (HardwareFault fault) {
                fault(cpu, scheduler.clock(cpu.ordinal()), fault.getMessage());
                code = null;
            } catch (RuntimeException | Error panic) {
                fault(cpu, scheduler.clock(cpu.ordinal()), "kernel panic on %s: %s".formatted(cpu.index(), panic));
                code = null;
            }
        }
        cpu.context = null;
    }

    /**
     * What a processor that jumped to {@code target} in 64-bit mode runs next: nothing, if the
     * target is the firmware reset vector (ACPI 6.6: the processor is back in the firmware's
     * mailbox loop); the kernel entry, if the target is a boot image's long-mode entry; else it
     * triple-faults on whatever is there.
     */
    private Runnable continueAt(SimulatedCpu cpu, long target) {
        long now = scheduler.clock(cpu.ordinal());
        if (resetVector.isPresent() && resetVector.getAsLong() == target) {
            cpu.apic().init();
            changeState(cpu, CpuState.IN_FIRMWARE, now,
                    "jumped to the firmware reset vector 0x%x: handed back to the mailbox wait loop".formatted(target));
            return null;
        }
        BootTarget next;
        try {
            next = trampoline.fromLongModeVector(target);
        } catch (TripleFault fault) {
            fault(cpu, now, "triple fault after a jump to 0x%x: %s".formatted(target, fault.getMessage()));
            return null;
        }
        trace.record(new TraceEvent.KernelEntered(now, cpu.index(), next.kernelEntry(), next.bootInfoPointer(),
                next.pageTablePointer()));
        return () -> next.entry().enter(port);
    }
}
