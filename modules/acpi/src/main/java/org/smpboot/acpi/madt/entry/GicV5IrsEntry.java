package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Arm GICv5 Interrupt Routing Service (IRS).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x1C
 *  1     1    Length
 *  2     1    version
 *  3     1    reserved
 *  4     4    irsId
 *  8     4    flags
 * 12     4    reserved2
 * 16     8    configBaseAddress
 * 24     8    setlpiBaseAddress
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the GIC version, 5
 * @param reserved reserved, 0
 * @param irsId the IRS's ID
 * @param flags bit 0: non-coherent
 * @param reserved2 reserved, 0
 * @param configBaseAddress the IRS configuration frame address (all 64 bits, unsigned)
 * @param setlpiBaseAddress the IRS SETLPI frame address (all 64 bits, unsigned)
 * @spec ACPI 6.7 (draft, via ACPICA {@code struct acpi_madt_gicv5_irs})
 */
public record GicV5IrsEntry(int offset, int length, int version, int reserved, long irsId, long flags, long reserved2, long configBaseAddress, long setlpiBaseAddress) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** irsId at offset 4, 4 bytes. */
    public static final Field IRS_ID = Field.integer("IRS ID", "irsId", 4, 4);
    /** flags at offset 8, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 8, 4, Field.flag("Non-coherent", "nonCoherent", 0, 1));
    /** reserved2 at offset 12, 4 bytes. */
    public static final Field RESERVED2 = Field.integer("Reserved", "reserved2", 12, 4);
    /** configBaseAddress at offset 16, 8 bytes. */
    public static final Field CONFIG_BASE_ADDRESS = Field.integer("Config Base Address", "configBaseAddress", 16, 8);
    /** setlpiBaseAddress at offset 24, 8 bytes. */
    public static final Field SETLPI_BASE_ADDRESS = Field.integer("SETLPI Base Address", "setlpiBaseAddress", 24, 8);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, RESERVED, IRS_ID, FLAGS, RESERVED2, CONFIG_BASE_ADDRESS, SETLPI_BASE_ADDRESS);

    /** Validates the Length and each field's width. */
    public GicV5IrsEntry {
        MadtEntry.checkLength(EntryType.GICV5_IRS, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(IRS_ID, irsId);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(RESERVED2, reserved2);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicV5IrsEntry read(EntryBytes bytes) {
        return new GicV5IrsEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.getInt(RESERVED), bytes.get(IRS_ID), bytes.get(FLAGS), bytes.get(RESERVED2), bytes.get(CONFIG_BASE_ADDRESS), bytes.get(SETLPI_BASE_ADDRESS));
    }

    @Override
    public int type() {
        return EntryType.GICV5_IRS.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(RESERVED, reserved)
                .put(IRS_ID, irsId)
                .put(FLAGS, flags)
                .put(RESERVED2, reserved2)
                .put(CONFIG_BASE_ADDRESS, configBaseAddress)
                .put(SETLPI_BASE_ADDRESS, setlpiBaseAddress)
                .toBytes();
    }
}
