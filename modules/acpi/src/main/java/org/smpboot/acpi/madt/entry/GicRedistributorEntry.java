package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Arm GIC Redistributor (GICR) discovery range.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x0E
 *  1     1    Length
 *  2     1    flags
 *  3     1    reserved
 *  4     8    discoveryRangeBaseAddress
 * 12     4    discoveryRangeLength
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param flags bit 0: GICR non-coherent (ACPI 6.5)
 * @param reserved reserved, 0
 * @param discoveryRangeBaseAddress the physical base of the redistributor discovery range (all 64 bits, unsigned)
 * @param discoveryRangeLength the size of the discovery range
 * @spec ACPI 6.5 §5.2.12.17 "GIC Redistributor (GICR) Structure"
 */
public record GicRedistributorEntry(int offset, int length, int flags, int reserved, long discoveryRangeBaseAddress, long discoveryRangeLength) implements MadtEntry {

    /** flags at offset 2, 1 byte. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 2, 1, Field.flag("Non-coherent", "nonCoherent", 0, 1));
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** discoveryRangeBaseAddress at offset 4, 8 bytes. */
    public static final Field DISCOVERY_RANGE_BASE_ADDRESS = Field.integer("Base Address", "discoveryRangeBaseAddress", 4, 8);
    /** discoveryRangeLength at offset 12, 4 bytes. */
    public static final Field DISCOVERY_RANGE_LENGTH = Field.integer("Length", "discoveryRangeLength", 12, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(FLAGS, RESERVED, DISCOVERY_RANGE_BASE_ADDRESS, DISCOVERY_RANGE_LENGTH);

    /** Validates the Length and each field's width. */
    public GicRedistributorEntry {
        MadtEntry.checkLength(EntryType.GIC_REDISTRIBUTOR, length);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(DISCOVERY_RANGE_LENGTH, discoveryRangeLength);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicRedistributorEntry read(EntryBytes bytes) {
        return new GicRedistributorEntry(bytes.offset(), bytes.length(), bytes.getInt(FLAGS), bytes.getInt(RESERVED), bytes.get(DISCOVERY_RANGE_BASE_ADDRESS), bytes.get(DISCOVERY_RANGE_LENGTH));
    }

    @Override
    public int type() {
        return EntryType.GIC_REDISTRIBUTOR.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(FLAGS, flags)
                .put(RESERVED, reserved)
                .put(DISCOVERY_RANGE_BASE_ADDRESS, discoveryRangeBaseAddress)
                .put(DISCOVERY_RANGE_LENGTH, discoveryRangeLength)
                .toBytes();
    }
}
