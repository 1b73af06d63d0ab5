package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A LoongArch LPC Programmable Interrupt Controller (LPC PIC).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x17
 *  1     1    Length
 *  2     1    version
 *  3     8    baseAddress
 * 11     2    size
 * 13     1    cascadeVector
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version, 1
 * @param baseAddress the register base address (all 64 bits, unsigned)
 * @param size the register space size
 * @param cascadeVector the parent interrupt vector
 * @spec ACPI 6.5 §5.2.12.26 "LPC Programmable Interrupt Controller (LPC PIC) Structure"
 */
public record LpcPicEntry(int offset, int length, int version, long baseAddress, int size, int cascadeVector) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** baseAddress at offset 3, 8 bytes. */
    public static final Field BASE_ADDRESS = Field.integer("Address", "baseAddress", 3, 8);
    /** size at offset 11, 2 bytes. */
    public static final Field SIZE = Field.integer("Size", "size", 11, 2);
    /** cascadeVector at offset 13, 1 byte. */
    public static final Field CASCADE_VECTOR = Field.integer("Cascade", "cascadeVector", 13, 1);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, BASE_ADDRESS, SIZE, CASCADE_VECTOR);

    /** Validates the Length and each field's width. */
    public LpcPicEntry {
        MadtEntry.checkLength(EntryType.LPC_PIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(SIZE, size);
        MadtEntry.checkWidth(CASCADE_VECTOR, cascadeVector);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LpcPicEntry read(EntryBytes bytes) {
        return new LpcPicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.get(BASE_ADDRESS), bytes.getInt(SIZE), bytes.getInt(CASCADE_VECTOR));
    }

    @Override
    public int type() {
        return EntryType.LPC_PIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(BASE_ADDRESS, baseAddress)
                .put(SIZE, size)
                .put(CASCADE_VECTOR, cascadeVector)
                .toBytes();
    }
}
