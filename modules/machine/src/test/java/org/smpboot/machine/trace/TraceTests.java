package org.smpboot.machine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;

class TraceTests {

    private static final CpuIndex AP = CpuIndex.of(1);
    private final Trace trace = new Trace(2_000_000_000L, List.of(
            new TraceEvent.IpiDelivered(3_000, AP, CpuIndex.BSP, DeliveryMode.INIT, 0),
            new TraceEvent.StateChanged(5_000, AP, CpuState.WAIT_FOR_SIPI, CpuState.STARTING, "SIPI vector 0x08 from cpu 0"),
            new TraceEvent.BootAreaWrite(7_000, CpuIndex.BSP, 0x8000, 96)));

    @Test
    void cyclesBecomeNanosecondsThroughTheTscFrequency() {
        assertEquals(1_500, trace.nanos(3_000));
        assertEquals(4_611_686_018_427_387_903L, trace.nanos(Long.MAX_VALUE), "cycle counts near 2^63 do not overflow");
    }

    @Test
    void eventsAreSelectedByTypeAndProcessor() {
        assertEquals(1, trace.ofType(TraceEvent.StateChanged.class).size());
        assertEquals(2, trace.on(AP).size());
    }

    @Test
    void eachEventFormatsAsOneLineWithTimeAndProcessor() {
        assertEquals("         2.500 us  cpu 1     WAIT_FOR_SIPI -> STARTING: SIPI vector 0x08 from cpu 0",
                trace.format(trace.events().get(1)));
        assertEquals(3, trace.lines().size());
    }

    @Test
    void aNonPositiveFrequencyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Trace(0, List.of()));
    }
}
