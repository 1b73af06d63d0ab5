package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * Real firmware tables (vendored from the corpus, see {@code madt/README.md}) booted end to end:
 * exactly the CPUs the processor view says are bootable come online, whatever oddities the table
 * has.
 */
class RealMadtBringUpTests {

    private static byte[] table(String name) throws IOException {
        try (InputStream in = RealMadtBringUpTests.class.getResourceAsStream("/madt/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "acer-aspire-z3-715.APIC.bin", "asus-nuc14rvh-b.APIC.bin", "evga-x299-micro.APIC.bin",
        "hp-proliant-dl380-g5.APIC.bin", "cloud-hypervisor-16.APIC.bin", "dell-precision-t3600.APIC.bin",
        "clover-patched-laptop.APIC.bin",
    })
    void exactlyTheBootableCpusComeOnline(String name) throws IOException {
        byte[] madt = table(name);
        List<ApicId> bootable = ProcessorView.of(Madt.parse(MemorySegment.ofArray(madt.clone()), Strictness.LENIENT),
                Strictness.LENIENT).bootableApicIds();
        Machine machine = Machine.fromMadt(madt, MachineDescription.builder().seed(11).build());
        BootReport report = SimulatedBoot.of(machine, PlatformChoice.auto(), PlatformOptions.NONE).requireReport();

        Set<ApicId> online = report.withStatus(CpuStatus.ONLINE).stream().map(CpuReport::apicId)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(bootable), online);
        assertEquals(bootable.size(), report.expected());
        assertTrue(report.complete());
        assertTrue(report.withStatus(CpuStatus.UNLISTED).isEmpty());
    }

    /**
     * Found by the boot fuzz target: an APIC ID listed first by a disabled entry and then by an
     * enabled one was woken and came online, but the report took the disabled entry, called the
     * CPU disabled and counted one CPU fewer online than there were
     * ({@code fuzz/.../BootFuzzTestsInputs/.../regression-disabled-entry-before-enabled-entry}).
     */
    @Test
    void aCpuListedDisabledBeforeItsEnabledEntryIsReportedOnline() {
        byte[] madt = new MadtBuilder()
                .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                .add(LocalX2ApicEntry.of(ApicId.of(1), new LocalApicFlags(0), 1))
                .add(LocalApicEntry.of(2, ApicId.of(1), LocalApicFlags.ENABLED))
                .build();
        Machine machine = Machine.fromMadt(madt, MachineDescription.builder().seed(3).build());
        BootReport report = SimulatedBoot.of(machine, PlatformChoice.auto(), PlatformOptions.NONE).requireReport();

        assertEquals(List.of(CpuStatus.ONLINE, CpuStatus.ONLINE), report.cpus().stream().map(CpuReport::status).toList());
        assertEquals(2, report.online());
        assertTrue(report.complete());
    }
}
