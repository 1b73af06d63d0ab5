package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A LoongArch Core Programmable Interrupt Controller (CORE PIC): one per processor core.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x11
 *  1     1    Length
 *  2     1    version
 *  3     4    acpiProcessorId
 *  7     4    physicalProcessorId
 * 11     4    flags
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version, 1
 * @param acpiProcessorId the ACPI Processor ID
 * @param physicalProcessorId the core's physical ID
 * @param flags bit 0: enabled
 * @spec ACPI 6.5 §5.2.12.20 "Core Programmable Interrupt Controller (CORE PIC) Structure"
 */
public record CorePicEntry(int offset, int length, int version, long acpiProcessorId, long physicalProcessorId, long flags) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** acpiProcessorId at offset 3, 4 bytes. */
    public static final Field ACPI_PROCESSOR_ID = Field.integer("ProcessorId", "acpiProcessorId", 3, 4);
    /** physicalProcessorId at offset 7, 4 bytes. */
    public static final Field PHYSICAL_PROCESSOR_ID = Field.integer("CoreId", "physicalProcessorId", 7, 4);
    /** flags at offset 11, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags", "flags", 11, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, ACPI_PROCESSOR_ID, PHYSICAL_PROCESSOR_ID, FLAGS);

    /** Validates the Length and each field's width. */
    public CorePicEntry {
        MadtEntry.checkLength(EntryType.CORE_PIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(ACPI_PROCESSOR_ID, acpiProcessorId);
        MadtEntry.checkWidth(PHYSICAL_PROCESSOR_ID, physicalProcessorId);
        MadtEntry.checkWidth(FLAGS, flags);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static CorePicEntry read(EntryBytes bytes) {
        return new CorePicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.get(ACPI_PROCESSOR_ID), bytes.get(PHYSICAL_PROCESSOR_ID), bytes.get(FLAGS));
    }

    @Override
    public int type() {
        return EntryType.CORE_PIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(ACPI_PROCESSOR_ID, acpiProcessorId)
                .put(PHYSICAL_PROCESSOR_ID, physicalProcessorId)
                .put(FLAGS, flags)
                .toBytes();
    }
}
