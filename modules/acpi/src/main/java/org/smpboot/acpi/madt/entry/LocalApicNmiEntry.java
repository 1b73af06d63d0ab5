package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A Local APIC NMI: which LINT input of which processor's local APIC is wired to NMI.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x04
 *  1     1    Length
 *  2     1    acpiProcessorUid
 *  3     2    flags
 *  5     1    localApicLint
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param acpiProcessorUid the ACPI Processor UID, 0xFF for all processors
 * @param flags the MPS INTI flags (see {@link MpsIntiFlags})
 * @param localApicLint the LINTn input (0 or 1) the NMI is connected to
 * @spec ACPI 6.5 §5.2.12.7 "Local APIC NMI Structure"
 */
public record LocalApicNmiEntry(int offset, int length, int acpiProcessorUid, int flags, int localApicLint) implements MadtEntry {

    /** acpiProcessorUid at offset 2, 1 byte. */
    public static final Field ACPI_PROCESSOR_UID = Field.integer("Processor ID", "acpiProcessorUid", 2, 1);
    /** flags at offset 3, 2 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 3, 2, Field.flag("Polarity", "polarity", 0, 2), Field.flag("Trigger Mode", "triggerMode", 2, 2));
    /** localApicLint at offset 5, 1 byte. */
    public static final Field LOCAL_APIC_LINT = Field.integer("Interrupt Input LINT", "localApicLint", 5, 1);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(ACPI_PROCESSOR_UID, FLAGS, LOCAL_APIC_LINT);

    /** Validates the Length and each field's width. */
    public LocalApicNmiEntry {
        MadtEntry.checkLength(EntryType.LOCAL_APIC_NMI, length);
        MadtEntry.checkWidth(ACPI_PROCESSOR_UID, acpiProcessorUid);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(LOCAL_APIC_LINT, localApicLint);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LocalApicNmiEntry read(EntryBytes bytes) {
        return new LocalApicNmiEntry(bytes.offset(), bytes.length(), bytes.getInt(ACPI_PROCESSOR_UID), bytes.getInt(FLAGS), bytes.getInt(LOCAL_APIC_LINT));
    }

    /** {@return the MPS INTI flags as polarity and trigger mode} */
    public MpsIntiFlags intiFlags() {
        return new MpsIntiFlags(flags);
    }

    @Override
    public int type() {
        return EntryType.LOCAL_APIC_NMI.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(ACPI_PROCESSOR_UID, acpiProcessorUid)
                .put(FLAGS, flags)
                .put(LOCAL_APIC_LINT, localApicLint)
                .toBytes();
    }
}
