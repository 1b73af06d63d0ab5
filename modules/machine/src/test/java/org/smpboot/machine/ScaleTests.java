package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.machine.trace.TraceEvent;

/** The scale requirement: 65,536 processors in x2APIC mode build, idle and take a broadcast. */
class ScaleTests {

    private static final int CPUS = 65_536;

    private static MachineDescription large() {
        return MachineDescription.builder().cpus(CPUS).apicMode(ApicMode.X2APIC).build();
    }

    @Test
    void a65536ProcessorMachineBuildsAndIdles() {
        Machine machine = Machine.build(large());
        MachineRun run = machine.run(hw -> { }, TestKernel.BUDGET);
        assertEquals(CPUS, machine.cpuCount());
        assertEquals(new ApicId(CPUS - 1), machine.apicIds().getLast());
        assertEquals(CPUS - 1, run.count(CpuState.WAIT_FOR_SIPI));
        assertTrue(machine.hostMemoryBytes() < 16L << 20, "host RAM " + machine.hostMemoryBytes());
    }

    @Test
    void aBroadcastInitReachesEveryOtherProcessor() {
        MachineRun run = Machine.build(large()).run(hw -> {
            TestKernel.send(hw, ApicMode.X2APIC, Icr.of(DeliveryMode.INIT).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF));
            hw.spinFor(TestKernel.INIT_DELAY);
        }, TestKernel.BUDGET);
        assertEquals(CPUS - 1, run.trace().ofType(TraceEvent.IpiDelivered.class).size());
    }
}
