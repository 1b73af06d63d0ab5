package org.smpboot.acpi.madt.entry;

/**
 * An ACPI Processor UID: the number that ties a MADT processor entry to the processor device
 * ({@code _UID}) in the ACPI namespace, and that the NMI structures use to name a processor.
 * It is not an APIC ID and not a CPU index.
 *
 * @param value the UID, 0 to 2^32-1 (8 bits wide in a Local APIC structure, 32 in x2APIC)
 * @spec ACPI 6.5 §5.2.12.2 "ACPI Processor UID" and §5.2.12.12 "ACPI Processor UID"
 */
public record AcpiProcessorUid(long value) {

    /** The x2APIC NMI structure's "all processors" value. */
    public static final AcpiProcessorUid ALL_X2APIC = new AcpiProcessorUid(0xFFFF_FFFFL);

    /** Validates the range. */
    public AcpiProcessorUid {
        if ((value & ~0xFFFF_FFFFL) != 0) {
            throw new IllegalArgumentException(
                    "Invalid ACPI Processor UID %d: an unsigned 32-bit value".formatted(value));
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
