package org.smpboot.acpi.madt.entry;

/**
 * The Local APIC Flags of a Processor Local APIC or Local x2APIC structure.
 *
 * <pre>
 * bit  name            meaning
 * 0    Enabled         1: the processor is ready for use
 * 1    Online Capable  with Enabled clear, 1: the processor can be enabled at run time (ACPI 6.3,
 *                      MADT revision 5); must be 0 when Enabled is set; reserved before
 * 2-31 reserved        0
 * </pre>
 *
 * @param value the 32-bit field
 * @spec ACPI 6.5 §5.2.12.2, Table "Local APIC Flags"; §5.2.12.12 ("same as Local APIC Flags")
 */
public record LocalApicFlags(int value) {

    /** Enabled is bit 0. */
    public static final int ENABLED_SHIFT = 0;
    /** Mask of Enabled. */
    public static final int ENABLED_MASK = 1 << ENABLED_SHIFT;
    /** Online Capable is bit 1. */
    public static final int ONLINE_CAPABLE_SHIFT = 1;
    /** Mask of Online Capable. */
    public static final int ONLINE_CAPABLE_MASK = 1 << ONLINE_CAPABLE_SHIFT;
    /** Mask of the reserved bits 2-31 (and bit 1 before MADT revision 5). */
    public static final int RESERVED_MASK = ~(ENABLED_MASK | ONLINE_CAPABLE_MASK);

    /** The flags of an enabled processor. */
    public static final LocalApicFlags ENABLED = new LocalApicFlags(ENABLED_MASK);
    /** The flags of a processor that can be brought online later. */
    public static final LocalApicFlags ONLINE_CAPABLE = new LocalApicFlags(ONLINE_CAPABLE_MASK);
    /** The flags of an unusable processor (neither enabled nor online capable). */
    public static final LocalApicFlags DISABLED = new LocalApicFlags(0);

    /** {@return whether the Enabled bit is set} */
    public boolean enabled() {
        return (value & ENABLED_MASK) != 0;
    }

    /** {@return whether the Online Capable bit is set, whatever the table revision says it means} */
    public boolean onlineCapable() {
        return (value & ONLINE_CAPABLE_MASK) != 0;
    }

    /** {@return the bits 2-31, which must be zero} */
    public int reservedBits() {
        return value & RESERVED_MASK;
    }

    @Override
    public String toString() {
        return "0x%08x".formatted(value);
    }
}
