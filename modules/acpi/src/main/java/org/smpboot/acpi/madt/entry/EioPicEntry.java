package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A LoongArch Extend I/O Programmable Interrupt Controller (EIO PIC).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x14
 *  1     1    Length
 *  2     1    version
 *  3     1    cascadeVector
 *  4     1    node
 *  5     8    nodeMap
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version, 1
 * @param cascadeVector the parent interrupt vector
 * @param node the node it belongs to
 * @param nodeMap which nodes it routes interrupts to (all 64 bits, unsigned)
 * @spec ACPI 6.5 §5.2.12.23 "Extend I/O Programmable Interrupt Controller (EIO PIC) Structure"
 */
public record EioPicEntry(int offset, int length, int version, int cascadeVector, int node, long nodeMap) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** cascadeVector at offset 3, 1 byte. */
    public static final Field CASCADE_VECTOR = Field.integer("Cascade", "cascadeVector", 3, 1);
    /** node at offset 4, 1 byte. */
    public static final Field NODE = Field.integer("Node", "node", 4, 1);
    /** nodeMap at offset 5, 8 bytes. */
    public static final Field NODE_MAP = Field.integer("NodeMap", "nodeMap", 5, 8);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, CASCADE_VECTOR, NODE, NODE_MAP);

    /** Validates the Length and each field's width. */
    public EioPicEntry {
        MadtEntry.checkLength(EntryType.EIO_PIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(CASCADE_VECTOR, cascadeVector);
        MadtEntry.checkWidth(NODE, node);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static EioPicEntry read(EntryBytes bytes) {
        return new EioPicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.getInt(CASCADE_VECTOR), bytes.getInt(NODE), bytes.get(NODE_MAP));
    }

    @Override
    public int type() {
        return EntryType.EIO_PIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(CASCADE_VECTOR, cascadeVector)
                .put(NODE, node)
                .put(NODE_MAP, nodeMap)
                .toBytes();
    }
}
