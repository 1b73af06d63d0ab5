package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Arm GICv5 ITS configuration frame.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x1D
 *  1     1    Length
 *  2     1    flags
 *  3     1    reserved
 *  4     4    translatorId
 *  8     8    baseAddress
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param flags bit 0: non-coherent
 * @param reserved reserved, 0
 * @param translatorId the ITS's ID
 * @param baseAddress the configuration frame address (all 64 bits, unsigned)
 * @spec ACPI 6.7 (draft, via ACPICA {@code struct acpi_madt_gicv5_translator})
 */
public record GicV5ItsConfigFrameEntry(int offset, int length, int flags, int reserved, long translatorId, long baseAddress) implements MadtEntry {

    /** flags at offset 2, 1 byte. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 2, 1, Field.flag("Non-coherent", "nonCoherent", 0, 1));
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** translatorId at offset 4, 4 bytes. */
    public static final Field TRANSLATOR_ID = Field.integer("Translator ID", "translatorId", 4, 4);
    /** baseAddress at offset 8, 8 bytes. */
    public static final Field BASE_ADDRESS = Field.integer("Base Address", "baseAddress", 8, 8);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(FLAGS, RESERVED, TRANSLATOR_ID, BASE_ADDRESS);

    /** Validates the Length and each field's width. */
    public GicV5ItsConfigFrameEntry {
        MadtEntry.checkLength(EntryType.GICV5_ITS_CONFIG_FRAME, length);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(TRANSLATOR_ID, translatorId);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicV5ItsConfigFrameEntry read(EntryBytes bytes) {
        return new GicV5ItsConfigFrameEntry(bytes.offset(), bytes.length(), bytes.getInt(FLAGS), bytes.getInt(RESERVED), bytes.get(TRANSLATOR_ID), bytes.get(BASE_ADDRESS));
    }

    @Override
    public int type() {
        return EntryType.GICV5_ITS_CONFIG_FRAME.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(FLAGS, flags)
                .put(RESERVED, reserved)
                .put(TRANSLATOR_ID, translatorId)
                .put(BASE_ADDRESS, baseAddress)
                .toBytes();
    }
}
