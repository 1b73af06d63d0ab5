package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A LoongArch MSI Programmable Interrupt Controller (MSI PIC).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x15
 *  1     1    Length
 *  2     1    version
 *  3     8    messageAddress
 * 11     4    start
 * 15     4    count
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version, 1
 * @param messageAddress the MSI message address (all 64 bits, unsigned)
 * @param start the first vector
 * @param count the number of vectors
 * @spec ACPI 6.5 §5.2.12.24 "MSI Programmable Interrupt Controller (MSI PIC) Structure"
 */
public record MsiPicEntry(int offset, int length, int version, long messageAddress, long start, long count) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** messageAddress at offset 3, 8 bytes. */
    public static final Field MESSAGE_ADDRESS = Field.integer("MsgAddress", "messageAddress", 3, 8);
    /** start at offset 11, 4 bytes. */
    public static final Field START = Field.integer("Start", "start", 11, 4);
    /** count at offset 15, 4 bytes. */
    public static final Field COUNT = Field.integer("Count", "count", 15, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, MESSAGE_ADDRESS, START, COUNT);

    /** Validates the Length and each field's width. */
    public MsiPicEntry {
        MadtEntry.checkLength(EntryType.MSI_PIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(START, start);
        MadtEntry.checkWidth(COUNT, count);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static MsiPicEntry read(EntryBytes bytes) {
        return new MsiPicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.get(MESSAGE_ADDRESS), bytes.get(START), bytes.get(COUNT));
    }

    @Override
    public int type() {
        return EntryType.MSI_PIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(MESSAGE_ADDRESS, messageAddress)
                .put(START, start)
                .put(COUNT, count)
                .toBytes();
    }
}
