package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A Local x2APIC NMI: which LINT input of which processor's local x2APIC is wired to NMI.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x0A
 *  1     1    Length
 *  2     2    flags
 *  4     4    acpiProcessorUid
 *  8     1    localX2ApicLint
 *  9     3    reserved
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param flags the MPS INTI flags (see {@link MpsIntiFlags})
 * @param acpiProcessorUid the ACPI Processor UID, 0xFFFFFFFF for all processors
 * @param localX2ApicLint the LINTn input (0 or 1) the NMI is connected to
 * @param reserved reserved, 0
 * @spec ACPI 6.5 §5.2.12.13 "Local x2APIC NMI Structure"
 */
public record LocalX2ApicNmiEntry(int offset, int length, int flags, long acpiProcessorUid, int localX2ApicLint, long reserved) implements MadtEntry {

    /** flags at offset 2, 2 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 2, 2, Field.flag("Polarity", "polarity", 0, 2), Field.flag("Trigger Mode", "triggerMode", 2, 2));
    /** acpiProcessorUid at offset 4, 4 bytes. */
    public static final Field ACPI_PROCESSOR_UID = Field.integer("Processor UID", "acpiProcessorUid", 4, 4);
    /** localX2ApicLint at offset 8, 1 byte. */
    public static final Field LOCAL_X2APIC_LINT = Field.integer("Interrupt Input LINT", "localX2ApicLint", 8, 1);
    /** reserved at offset 9, 3 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 9, 3);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(FLAGS, ACPI_PROCESSOR_UID, LOCAL_X2APIC_LINT, RESERVED);

    /** Validates the Length and each field's width. */
    public LocalX2ApicNmiEntry {
        MadtEntry.checkLength(EntryType.LOCAL_X2APIC_NMI, length);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(ACPI_PROCESSOR_UID, acpiProcessorUid);
        MadtEntry.checkWidth(LOCAL_X2APIC_LINT, localX2ApicLint);
        MadtEntry.checkWidth(RESERVED, reserved);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LocalX2ApicNmiEntry read(EntryBytes bytes) {
        return new LocalX2ApicNmiEntry(bytes.offset(), bytes.length(), bytes.getInt(FLAGS), bytes.get(ACPI_PROCESSOR_UID), bytes.getInt(LOCAL_X2APIC_LINT), bytes.get(RESERVED));
    }

    /** {@return the MPS INTI flags as polarity and trigger mode} */
    public MpsIntiFlags intiFlags() {
        return new MpsIntiFlags(flags);
    }

    @Override
    public int type() {
        return EntryType.LOCAL_X2APIC_NMI.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(FLAGS, flags)
                .put(ACPI_PROCESSOR_UID, acpiProcessorUid)
                .put(LOCAL_X2APIC_LINT, localX2ApicLint)
                .put(RESERVED, reserved)
                .toBytes();
    }
}
