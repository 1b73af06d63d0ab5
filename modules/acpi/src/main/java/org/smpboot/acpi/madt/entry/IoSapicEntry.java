package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An I/O SAPIC (Itanium): its ID, first global system interrupt and 64-bit register address.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x06
 *  1     1    Length
 *  2     1    ioApicId
 *  3     1    reserved
 *  4     4    globalSystemInterruptBase
 *  8     8    ioSapicAddress
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param ioApicId the I/O SAPIC's ID
 * @param reserved reserved, 0
 * @param globalSystemInterruptBase the global system interrupt of its first input
 * @param ioSapicAddress the 64-bit physical address of its registers (unsigned) (all 64 bits, unsigned)
 * @spec ACPI 6.5 §5.2.12.9 "I/O SAPIC Structure"
 */
public record IoSapicEntry(int offset, int length, int ioApicId, int reserved, long globalSystemInterruptBase, long ioSapicAddress) implements MadtEntry {

    /** ioApicId at offset 2, 1 byte. */
    public static final Field IO_APIC_ID = Field.integer("I/O Sapic ID", "ioApicId", 2, 1);
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** globalSystemInterruptBase at offset 4, 4 bytes. */
    public static final Field GLOBAL_SYSTEM_INTERRUPT_BASE = Field.integer("Interrupt Base", "globalSystemInterruptBase", 4, 4);
    /** ioSapicAddress at offset 8, 8 bytes. */
    public static final Field IO_SAPIC_ADDRESS = Field.integer("Address", "ioSapicAddress", 8, 8);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(IO_APIC_ID, RESERVED, GLOBAL_SYSTEM_INTERRUPT_BASE, IO_SAPIC_ADDRESS);

    /** Validates the Length and each field's width. */
    public IoSapicEntry {
        MadtEntry.checkLength(EntryType.IO_SAPIC, length);
        MadtEntry.checkWidth(IO_APIC_ID, ioApicId);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(GLOBAL_SYSTEM_INTERRUPT_BASE, globalSystemInterruptBase);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static IoSapicEntry read(EntryBytes bytes) {
        return new IoSapicEntry(bytes.offset(), bytes.length(), bytes.getInt(IO_APIC_ID), bytes.getInt(RESERVED), bytes.get(GLOBAL_SYSTEM_INTERRUPT_BASE), bytes.get(IO_SAPIC_ADDRESS));
    }

    @Override
    public int type() {
        return EntryType.IO_SAPIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(IO_APIC_ID, ioApicId)
                .put(RESERVED, reserved)
                .put(GLOBAL_SYSTEM_INTERRUPT_BASE, globalSystemInterruptBase)
                .put(IO_SAPIC_ADDRESS, ioSapicAddress)
                .toBytes();
    }
}
