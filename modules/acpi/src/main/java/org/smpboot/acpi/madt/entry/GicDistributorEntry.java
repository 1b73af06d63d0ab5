package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Arm GIC Distributor (GICD): its base address and GIC version.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x0C
 *  1     1    Length
 *  2     2    reserved
 *  4     4    gicId
 *  8     8    physicalBaseAddress
 * 16     4    systemVectorBase
 * 20     1    gicVersion
 * 21     3    reserved2
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param reserved reserved, 0
 * @param gicId the GIC ID
 * @param physicalBaseAddress the distributor's physical base address (all 64 bits, unsigned)
 * @param systemVectorBase reserved, 0 (was the system vector base)
 * @param gicVersion 0 none given, 1 GICv1, 2 GICv2, 3 GICv3, 4 GICv4, 5 GICv5
 * @param reserved2 reserved, 0
 * @spec ACPI 6.5 §5.2.12.15 "GIC Distributor (GICD) Structure"
 */
public record GicDistributorEntry(int offset, int length, int reserved, long gicId, long physicalBaseAddress, long systemVectorBase, int gicVersion, long reserved2) implements MadtEntry {

    /** reserved at offset 2, 2 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 2, 2);
    /** gicId at offset 4, 4 bytes. */
    public static final Field GIC_ID = Field.integer("Local GIC Hardware ID", "gicId", 4, 4);
    /** physicalBaseAddress at offset 8, 8 bytes. */
    public static final Field PHYSICAL_BASE_ADDRESS = Field.integer("Base Address", "physicalBaseAddress", 8, 8);
    /** systemVectorBase at offset 16, 4 bytes. */
    public static final Field SYSTEM_VECTOR_BASE = Field.integer("Interrupt Base", "systemVectorBase", 16, 4);
    /** gicVersion at offset 20, 1 byte. */
    public static final Field GIC_VERSION = Field.integer("Version", "gicVersion", 20, 1);
    /** reserved2 at offset 21, 3 bytes. */
    public static final Field RESERVED2 = Field.integer("Reserved", "reserved2", 21, 3);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(RESERVED, GIC_ID, PHYSICAL_BASE_ADDRESS, SYSTEM_VECTOR_BASE, GIC_VERSION, RESERVED2);

    /** Validates the Length and each field's width. */
    public GicDistributorEntry {
        MadtEntry.checkLength(EntryType.GIC_DISTRIBUTOR, length);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(GIC_ID, gicId);
        MadtEntry.checkWidth(SYSTEM_VECTOR_BASE, systemVectorBase);
        MadtEntry.checkWidth(GIC_VERSION, gicVersion);
        MadtEntry.checkWidth(RESERVED2, reserved2);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicDistributorEntry read(EntryBytes bytes) {
        return new GicDistributorEntry(bytes.offset(), bytes.length(), bytes.getInt(RESERVED), bytes.get(GIC_ID), bytes.get(PHYSICAL_BASE_ADDRESS), bytes.get(SYSTEM_VECTOR_BASE), bytes.getInt(GIC_VERSION), bytes.get(RESERVED2));
    }

    @Override
    public int type() {
        return EntryType.GIC_DISTRIBUTOR.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(RESERVED, reserved)
                .put(GIC_ID, gicId)
                .put(PHYSICAL_BASE_ADDRESS, physicalBaseAddress)
                .put(SYSTEM_VECTOR_BASE, systemVectorBase)
                .put(GIC_VERSION, gicVersion)
                .put(RESERVED2, reserved2)
                .toBytes();
    }
}
