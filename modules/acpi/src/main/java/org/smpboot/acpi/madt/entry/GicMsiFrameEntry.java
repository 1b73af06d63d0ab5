package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Arm GIC MSI Frame: a GICv2m MSI frame and the SPIs it owns.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x0D
 *  1     1    Length
 *  2     2    reserved
 *  4     4    gicMsiFrameId
 *  8     8    physicalBaseAddress
 * 16     4    flags
 * 20     2    spiCount
 * 22     2    spiBase
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param reserved reserved, 0
 * @param gicMsiFrameId the frame's ID
 * @param physicalBaseAddress the frame's physical base address (all 64 bits, unsigned)
 * @param flags bit 0: SPI Count/Base Select
 * @param spiCount the number of SPIs, if selected
 * @param spiBase the first SPI, if selected
 * @spec ACPI 6.5 §5.2.12.16 "GIC MSI Frame Structure"
 */
public record GicMsiFrameEntry(int offset, int length, int reserved, long gicMsiFrameId, long physicalBaseAddress, long flags, int spiCount, int spiBase) implements MadtEntry {

    /** reserved at offset 2, 2 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 2, 2);
    /** gicMsiFrameId at offset 4, 4 bytes. */
    public static final Field GIC_MSI_FRAME_ID = Field.integer("MSI Frame ID", "gicMsiFrameId", 4, 4);
    /** physicalBaseAddress at offset 8, 8 bytes. */
    public static final Field PHYSICAL_BASE_ADDRESS = Field.integer("Base Address", "physicalBaseAddress", 8, 8);
    /** flags at offset 16, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 16, 4, Field.flag("Select SPI", "spiCountBaseSelect", 0, 1));
    /** spiCount at offset 20, 2 bytes. */
    public static final Field SPI_COUNT = Field.integer("SPI Count", "spiCount", 20, 2);
    /** spiBase at offset 22, 2 bytes. */
    public static final Field SPI_BASE = Field.integer("SPI Base", "spiBase", 22, 2);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(RESERVED, GIC_MSI_FRAME_ID, PHYSICAL_BASE_ADDRESS, FLAGS, SPI_COUNT, SPI_BASE);

    /** Validates the Length and each field's width. */
    public GicMsiFrameEntry {
        MadtEntry.checkLength(EntryType.GIC_MSI_FRAME, length);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(GIC_MSI_FRAME_ID, gicMsiFrameId);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(SPI_COUNT, spiCount);
        MadtEntry.checkWidth(SPI_BASE, spiBase);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicMsiFrameEntry read(EntryBytes bytes) {
        return new GicMsiFrameEntry(bytes.offset(), bytes.length(), bytes.getInt(RESERVED), bytes.get(GIC_MSI_FRAME_ID), bytes.get(PHYSICAL_BASE_ADDRESS), bytes.get(FLAGS), bytes.getInt(SPI_COUNT), bytes.getInt(SPI_BASE));
    }

    @Override
    public int type() {
        return EntryType.GIC_MSI_FRAME.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(RESERVED, reserved)
                .put(GIC_MSI_FRAME_ID, gicMsiFrameId)
                .put(PHYSICAL_BASE_ADDRESS, physicalBaseAddress)
                .put(FLAGS, flags)
                .put(SPI_COUNT, spiCount)
                .put(SPI_BASE, spiBase)
                .toBytes();
    }
}
