package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A RISC-V Hart Local Interrupt Controller (RINTC): one per hart, the RISC-V processor entry.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x18
 *  1     1    Length
 *  2     1    version
 *  3     1    reserved
 *  4     4    flags
 *  8     8    hartId
 * 16     4    acpiProcessorUid
 * 20     4    externalInterruptControllerId
 * 24     8    imsicBaseAddress
 * 32     4    imsicSize
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version
 * @param reserved reserved, 0
 * @param flags bit 0: enabled, bit 1: online capable
 * @param hartId the hart's ID (mhartid) (all 64 bits, unsigned)
 * @param acpiProcessorUid the ACPI Processor UID
 * @param externalInterruptControllerId the external interrupt controller's ID
 * @param imsicBaseAddress the hart's IMSIC interrupt file address (all 64 bits, unsigned)
 * @param imsicSize the size of the IMSIC interrupt files
 * @spec ACPI 6.6 §5.2.12.27 "RISC-V Hart Local Interrupt Controller (RINTC) Structure"; ACPICA {@code struct acpi_madt_rintc}
 */
public record RintcEntry(int offset, int length, int version, int reserved, long flags, long hartId, long acpiProcessorUid, long externalInterruptControllerId, long imsicBaseAddress, long imsicSize) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** flags at offset 4, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags", "flags", 4, 4);
    /** hartId at offset 8, 8 bytes. */
    public static final Field HART_ID = Field.integer("HartId", "hartId", 8, 8);
    /** acpiProcessorUid at offset 16, 4 bytes. */
    public static final Field ACPI_PROCESSOR_UID = Field.integer("Uid", "acpiProcessorUid", 16, 4);
    /** externalInterruptControllerId at offset 20, 4 bytes. */
    public static final Field EXTERNAL_INTERRUPT_CONTROLLER_ID = Field.integer("ExtIntcId", "externalInterruptControllerId", 20, 4);
    /** imsicBaseAddress at offset 24, 8 bytes. */
    public static final Field IMSIC_BASE_ADDRESS = Field.integer("ImsicAddr", "imsicBaseAddress", 24, 8);
    /** imsicSize at offset 32, 4 bytes. */
    public static final Field IMSIC_SIZE = Field.integer("ImsicSize", "imsicSize", 32, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, RESERVED, FLAGS, HART_ID, ACPI_PROCESSOR_UID, EXTERNAL_INTERRUPT_CONTROLLER_ID, IMSIC_BASE_ADDRESS, IMSIC_SIZE);

    /** Validates the Length and each field's width. */
    public RintcEntry {
        MadtEntry.checkLength(EntryType.RINTC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(ACPI_PROCESSOR_UID, acpiProcessorUid);
        MadtEntry.checkWidth(EXTERNAL_INTERRUPT_CONTROLLER_ID, externalInterruptControllerId);
        MadtEntry.checkWidth(IMSIC_SIZE, imsicSize);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static RintcEntry read(EntryBytes bytes) {
        return new RintcEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.getInt(RESERVED), bytes.get(FLAGS), bytes.get(HART_ID), bytes.get(ACPI_PROCESSOR_UID), bytes.get(EXTERNAL_INTERRUPT_CONTROLLER_ID), bytes.get(IMSIC_BASE_ADDRESS), bytes.get(IMSIC_SIZE));
    }

    @Override
    public int type() {
        return EntryType.RINTC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(RESERVED, reserved)
                .put(FLAGS, flags)
                .put(HART_ID, hartId)
                .put(ACPI_PROCESSOR_UID, acpiProcessorUid)
                .put(EXTERNAL_INTERRUPT_CONTROLLER_ID, externalInterruptControllerId)
                .put(IMSIC_BASE_ADDRESS, imsicBaseAddress)
                .put(IMSIC_SIZE, imsicSize)
                .toBytes();
    }
}
