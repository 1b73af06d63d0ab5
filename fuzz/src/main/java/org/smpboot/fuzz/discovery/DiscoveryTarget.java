package org.smpboot.fuzz.discovery;

/**
 * Fuzzes ACPI table discovery as the kernel does it at boot: the RSDP (at the address the boot
 * hand-off gives, or found by scanning the EBDA and the BIOS area), the XSDT or RSDT it points
 * to, every table they list, and the MADT among them, all laid out by the fuzzer in the simulated
 * machine's physical memory ({@link LayoutInput} describes the format).
 *
 * <p>The oracle is {@link DiscoveryChecks}': only {@code AcpiException}s escape (never a memory
 * fault or an out-of-bounds read, wherever a pointer lands), strict and lenient discovery agree,
 * what is found lies inside backed memory and inside its Length, and the MADT found is read as
 * the kernel's firmware reader reads it. Time and memory stay bounded: Jazzer reports a slow input
 * as a timeout and the heap limit turns runaway allocation into a finding.
 *
 * <p>The other source of tables a tool reads is an {@code acpidump} text: an input whose flags
 * byte sets {@link LayoutInput#ACPIDUMP} is such a text, checked by {@link DumpChecks}.
 *
 * <p>Seeds: firmware images of the MADT seeds (real and built), as {@code AcpiImageBuilder} lays
 * them out with RSDP revisions 0 and 2, found through the hand-off and by scanning; and excerpts
 * of the corpus's acpidump files (MCFG, APIC, FACP, HPET of four machines).
 *
 * @spec ACPI 6.5 §5.2.5 "Root System Description Pointer", §5.2.7 "RSDT", §5.2.8 "XSDT"
 */
public final class DiscoveryTarget {

    private DiscoveryTarget() {
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(byte[] input) {
        if (input.length > 0 && (input[0] & LayoutInput.ACPIDUMP) != 0) {
            DumpChecks.check(java.util.Arrays.copyOfRange(input, 1, input.length));
            return;
        }
        Firmware firmware = Firmware.current();
        LayoutInput layout = LayoutInput.parse(input, firmware.bases());
        try (MemoryPatch patch = MemoryPatch.apply(firmware.memory(), layout)) {
            // Firmware wrote the blobs into the machine's memory; the kernel reads it through its port.
            DiscoveryChecks.check(RestrictedMemory.of(firmware.memory(), layout), layout);
        }
    }
}
