package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Arm GIC Interrupt Translation Service (ITS).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x0F
 *  1     1    Length
 *  2     1    flags
 *  3     1    reserved
 *  4     4    gicItsId
 *  8     8    physicalBaseAddress
 * 16     4    reserved2
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param flags bit 0: ITS non-coherent (ACPI 6.5)
 * @param reserved reserved, 0
 * @param gicItsId the ITS ID
 * @param physicalBaseAddress the ITS's physical base address (all 64 bits, unsigned)
 * @param reserved2 reserved, 0
 * @spec ACPI 6.5 §5.2.12.18 "GIC Interrupt Translation Service (ITS) Structure"
 */
public record GicInterruptTranslationServiceEntry(int offset, int length, int flags, int reserved, long gicItsId, long physicalBaseAddress, long reserved2) implements MadtEntry {

    /** flags at offset 2, 1 byte. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 2, 1, Field.flag("Non-coherent", "nonCoherent", 0, 1));
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** gicItsId at offset 4, 4 bytes. */
    public static final Field GIC_ITS_ID = Field.integer("Translation ID", "gicItsId", 4, 4);
    /** physicalBaseAddress at offset 8, 8 bytes. */
    public static final Field PHYSICAL_BASE_ADDRESS = Field.integer("Base Address", "physicalBaseAddress", 8, 8);
    /** reserved2 at offset 16, 4 bytes. */
    public static final Field RESERVED2 = Field.integer("Reserved", "reserved2", 16, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(FLAGS, RESERVED, GIC_ITS_ID, PHYSICAL_BASE_ADDRESS, RESERVED2);

    /** Validates the Length and each field's width. */
    public GicInterruptTranslationServiceEntry {
        MadtEntry.checkLength(EntryType.GIC_INTERRUPT_TRANSLATION_SERVICE, length);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(GIC_ITS_ID, gicItsId);
        MadtEntry.checkWidth(RESERVED2, reserved2);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicInterruptTranslationServiceEntry read(EntryBytes bytes) {
        return new GicInterruptTranslationServiceEntry(bytes.offset(), bytes.length(), bytes.getInt(FLAGS), bytes.getInt(RESERVED), bytes.get(GIC_ITS_ID), bytes.get(PHYSICAL_BASE_ADDRESS), bytes.get(RESERVED2));
    }

    @Override
    public int type() {
        return EntryType.GIC_INTERRUPT_TRANSLATION_SERVICE.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(FLAGS, flags)
                .put(RESERVED, reserved)
                .put(GIC_ITS_ID, gicItsId)
                .put(PHYSICAL_BASE_ADDRESS, physicalBaseAddress)
                .put(RESERVED2, reserved2)
                .toBytes();
    }
}
