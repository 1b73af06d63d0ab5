package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Arm GICv5 ITS translate frame.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x1E
 *  1     1    Length
 *  2     2    reserved
 *  4     4    linkedTranslatorId
 *  8     4    translateFrameId
 * 12     4    reserved2
 * 16     8    baseAddress
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param reserved reserved, 0
 * @param linkedTranslatorId the ITS this frame belongs to
 * @param translateFrameId the frame's ID
 * @param reserved2 reserved, 0
 * @param baseAddress the translate frame address (all 64 bits, unsigned)
 * @spec ACPI 6.7 (draft, via ACPICA {@code struct acpi_madt_gicv5_translate_frame})
 */
public record GicV5ItsTranslateFrameEntry(int offset, int length, int reserved, long linkedTranslatorId, long translateFrameId, long reserved2, long baseAddress) implements MadtEntry {

    /** reserved at offset 2, 2 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 2, 2);
    /** linkedTranslatorId at offset 4, 4 bytes. */
    public static final Field LINKED_TRANSLATOR_ID = Field.integer("Linked Translator ID", "linkedTranslatorId", 4, 4);
    /** translateFrameId at offset 8, 4 bytes. */
    public static final Field TRANSLATE_FRAME_ID = Field.integer("Translate Frame ID", "translateFrameId", 8, 4);
    /** reserved2 at offset 12, 4 bytes. */
    public static final Field RESERVED2 = Field.integer("Reserved", "reserved2", 12, 4);
    /** baseAddress at offset 16, 8 bytes. */
    public static final Field BASE_ADDRESS = Field.integer("Base Address", "baseAddress", 16, 8);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(RESERVED, LINKED_TRANSLATOR_ID, TRANSLATE_FRAME_ID, RESERVED2, BASE_ADDRESS);

    /** Validates the Length and each field's width. */
    public GicV5ItsTranslateFrameEntry {
        MadtEntry.checkLength(EntryType.GICV5_ITS_TRANSLATE_FRAME, length);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(LINKED_TRANSLATOR_ID, linkedTranslatorId);
        MadtEntry.checkWidth(TRANSLATE_FRAME_ID, translateFrameId);
        MadtEntry.checkWidth(RESERVED2, reserved2);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicV5ItsTranslateFrameEntry read(EntryBytes bytes) {
        return new GicV5ItsTranslateFrameEntry(bytes.offset(), bytes.length(), bytes.getInt(RESERVED), bytes.get(LINKED_TRANSLATOR_ID), bytes.get(TRANSLATE_FRAME_ID), bytes.get(RESERVED2), bytes.get(BASE_ADDRESS));
    }

    @Override
    public int type() {
        return EntryType.GICV5_ITS_TRANSLATE_FRAME.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(RESERVED, reserved)
                .put(LINKED_TRANSLATOR_ID, linkedTranslatorId)
                .put(TRANSLATE_FRAME_ID, translateFrameId)
                .put(RESERVED2, reserved2)
                .put(BASE_ADDRESS, baseAddress)
                .toBytes();
    }
}
