package org.smpboot.platform.x86;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.MachineRun;
import org.smpboot.machine.trace.TraceEvent;

/**
 * Runs driver or strategy code on the BSP of a simulated machine and keeps the result and the
 * machine's record of the IPIs sent.
 *
 * @param <T>    what the code returned
 * @param result the code's result
 * @param run    the machine's record
 */
record OnMachine<T>(T result, MachineRun run) {

    /** Ten seconds of virtual time at 2 GHz. */
    static final long BUDGET = 20_000_000_000L;

    /**
     * Runs {@code code} on the BSP. An exception it throws is rethrown here, after the run: on the
     * machine it would only mark the BSP faulted.
     */
    static <T> OnMachine<T> run(MachineDescription description, Function<HardwarePort, T> code) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> thrown = new AtomicReference<>();
        MachineRun run = Machine.build(description).run(hardware -> {
            try {
                result.set(code.apply(hardware));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        }, BUDGET);
        if (thrown.get() != null) {
            throw thrown.get();
        }
        return new OnMachine<>(result.get(), run);
    }

    /** {@return the ICRs the BSP sent, in order} */
    List<Icr> sent() {
        return run.trace().ofType(TraceEvent.IpiSent.class).stream().map(TraceEvent.IpiSent::icr).toList();
    }
}
