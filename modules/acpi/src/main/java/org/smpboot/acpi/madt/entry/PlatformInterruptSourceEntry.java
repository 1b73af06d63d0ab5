package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A Platform Interrupt Source (Itanium): a PMI, INIT or corrected platform error interrupt.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x08
 *  1     1    Length
 *  2     2    flags
 *  4     1    interruptType
 *  5     1    processorId
 *  6     1    processorEid
 *  7     1    ioSapicVector
 *  8     4    globalSystemInterrupt
 * 12     4    platformInterruptSourceFlags
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param flags the MPS INTI flags (see {@link MpsIntiFlags})
 * @param interruptType 1 PMI, 2 INIT, 3 Corrected Platform Error Interrupt
 * @param processorId the destination processor's ID
 * @param processorEid the destination processor's EID
 * @param ioSapicVector the vector the OS programs into the I/O SAPIC redirection entry
 * @param globalSystemInterrupt the global system interrupt
 * @param platformInterruptSourceFlags bit 0: CPEI Processor Override
 * @spec ACPI 6.5 §5.2.12.11 "Platform Interrupt Source Structure"
 */
public record PlatformInterruptSourceEntry(int offset, int length, int flags, int interruptType, int processorId, int processorEid, int ioSapicVector, long globalSystemInterrupt, long platformInterruptSourceFlags) implements MadtEntry {

    /** flags at offset 2, 2 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 2, 2, Field.flag("Polarity", "polarity", 0, 2), Field.flag("Trigger Mode", "triggerMode", 2, 2));
    /** interruptType at offset 4, 1 byte. */
    public static final Field INTERRUPT_TYPE = Field.integer("InterruptType", "interruptType", 4, 1);
    /** processorId at offset 5, 1 byte. */
    public static final Field PROCESSOR_ID = Field.integer("Processor ID", "processorId", 5, 1);
    /** processorEid at offset 6, 1 byte. */
    public static final Field PROCESSOR_EID = Field.integer("Processor EID", "processorEid", 6, 1);
    /** ioSapicVector at offset 7, 1 byte. */
    public static final Field IO_SAPIC_VECTOR = Field.integer("I/O Sapic Vector", "ioSapicVector", 7, 1);
    /** globalSystemInterrupt at offset 8, 4 bytes. */
    public static final Field GLOBAL_SYSTEM_INTERRUPT = Field.integer("Interrupt", "globalSystemInterrupt", 8, 4);
    /** platformInterruptSourceFlags at offset 12, 4 bytes. */
    public static final Field PLATFORM_INTERRUPT_SOURCE_FLAGS = Field.integer("Flags (decoded below)", "platformInterruptSourceFlags", 12, 4, Field.flag("CPEI Override", "cpeiProcessorOverride", 0, 1));
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(FLAGS, INTERRUPT_TYPE, PROCESSOR_ID, PROCESSOR_EID, IO_SAPIC_VECTOR, GLOBAL_SYSTEM_INTERRUPT, PLATFORM_INTERRUPT_SOURCE_FLAGS);

    /** Validates the Length and each field's width. */
    public PlatformInterruptSourceEntry {
        MadtEntry.checkLength(EntryType.PLATFORM_INTERRUPT_SOURCES, length);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(INTERRUPT_TYPE, interruptType);
        MadtEntry.checkWidth(PROCESSOR_ID, processorId);
        MadtEntry.checkWidth(PROCESSOR_EID, processorEid);
        MadtEntry.checkWidth(IO_SAPIC_VECTOR, ioSapicVector);
        MadtEntry.checkWidth(GLOBAL_SYSTEM_INTERRUPT, globalSystemInterrupt);
        MadtEntry.checkWidth(PLATFORM_INTERRUPT_SOURCE_FLAGS, platformInterruptSourceFlags);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static PlatformInterruptSourceEntry read(EntryBytes bytes) {
        return new PlatformInterruptSourceEntry(bytes.offset(), bytes.length(), bytes.getInt(FLAGS), bytes.getInt(INTERRUPT_TYPE), bytes.getInt(PROCESSOR_ID), bytes.getInt(PROCESSOR_EID), bytes.getInt(IO_SAPIC_VECTOR), bytes.get(GLOBAL_SYSTEM_INTERRUPT), bytes.get(PLATFORM_INTERRUPT_SOURCE_FLAGS));
    }

    /** {@return the MPS INTI flags as polarity and trigger mode} */
    public MpsIntiFlags intiFlags() {
        return new MpsIntiFlags(flags);
    }

    @Override
    public int type() {
        return EntryType.PLATFORM_INTERRUPT_SOURCES.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(FLAGS, flags)
                .put(INTERRUPT_TYPE, interruptType)
                .put(PROCESSOR_ID, processorId)
                .put(PROCESSOR_EID, processorEid)
                .put(IO_SAPIC_VECTOR, ioSapicVector)
                .put(GLOBAL_SYSTEM_INTERRUPT, globalSystemInterrupt)
                .put(PLATFORM_INTERRUPT_SOURCE_FLAGS, platformInterruptSourceFlags)
                .toBytes();
    }
}
