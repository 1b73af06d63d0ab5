package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A LoongArch Legacy I/O Programmable Interrupt Controller (LIO PIC).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x12
 *  1     1    Length
 *  2     1    version
 *  3     8    baseAddress
 * 11     2    size
 * 13     2    cascadeVector
 * 15     8    cascadeVectorMapping
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version, 1
 * @param baseAddress the register base address (all 64 bits, unsigned)
 * @param size the register space size
 * @param cascadeVector the parent interrupt vectors, one byte each
 * @param cascadeVectorMapping which inputs go to which cascade vector, two 32-bit masks (all 64 bits, unsigned)
 * @spec ACPI 6.5 §5.2.12.21 "Legacy I/O Programmable Interrupt Controller (LIO PIC) Structure"
 */
public record LioPicEntry(int offset, int length, int version, long baseAddress, int size, int cascadeVector, long cascadeVectorMapping) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** baseAddress at offset 3, 8 bytes. */
    public static final Field BASE_ADDRESS = Field.integer("Address", "baseAddress", 3, 8);
    /** size at offset 11, 2 bytes. */
    public static final Field SIZE = Field.integer("Size", "size", 11, 2);
    /** cascadeVector at offset 13, 2 bytes. */
    public static final Field CASCADE_VECTOR = Field.integer("Cascade", "cascadeVector", 13, 2);
    /** cascadeVectorMapping at offset 15, 8 bytes. */
    public static final Field CASCADE_VECTOR_MAPPING = Field.integer("CascadeMap", "cascadeVectorMapping", 15, 8);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, BASE_ADDRESS, SIZE, CASCADE_VECTOR, CASCADE_VECTOR_MAPPING);

    /** Validates the Length and each field's width. */
    public LioPicEntry {
        MadtEntry.checkLength(EntryType.LIO_PIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(SIZE, size);
        MadtEntry.checkWidth(CASCADE_VECTOR, cascadeVector);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LioPicEntry read(EntryBytes bytes) {
        return new LioPicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.get(BASE_ADDRESS), bytes.getInt(SIZE), bytes.getInt(CASCADE_VECTOR), bytes.get(CASCADE_VECTOR_MAPPING));
    }

    @Override
    public int type() {
        return EntryType.LIO_PIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(BASE_ADDRESS, baseAddress)
                .put(SIZE, size)
                .put(CASCADE_VECTOR, cascadeVector)
                .put(CASCADE_VECTOR_MAPPING, cascadeVectorMapping)
                .toBytes();
    }
}
