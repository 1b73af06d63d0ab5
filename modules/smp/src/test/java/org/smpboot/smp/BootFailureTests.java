package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.inject.SmpbootModule;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * A boot that cannot even prepare still reports every CPU's fate.
 */
class BootFailureTests {

    @Test
    void tooLittleMemoryForTheApStacksFailsEveryApWithTheReason() {
        // 64 CPUs with 16 MiB boot stacks each cannot fit in 64 MiB of RAM.
        BringUpSettings huge = new BringUpSettings(BringUpSettings.DEFAULTS.imageBase(), 16L << 20, 4096,
                BringUpSettings.DEFAULTS.arrivalTimeout(), BringUpSettings.DEFAULTS.arrivingGrace());
        Machine machine = Machine.build(MachineDescription.builder().cpus(64).apicMode(ApicMode.XAPIC)
                .memoryBytes(64L << 20).build());
        BootReport report = SimulatedBoot.of(machine, hardware -> new SmpbootModule(hardware, SimulatedBoot.registry(),
                PlatformChoice.auto(), PlatformOptions.NONE, huge)).requireReport();
        assertEquals(64, report.expected());
        assertEquals(1, report.online());
        assertEquals(63, report.withStatus(CpuStatus.FAILED).size());
        report.withStatus(CpuStatus.FAILED).forEach(cpu -> assertTrue(
                cpu.reason().orElseThrow().startsWith("not woken: No usable memory for AP boot stacks"),
                cpu.reason().orElseThrow()));
    }
}
