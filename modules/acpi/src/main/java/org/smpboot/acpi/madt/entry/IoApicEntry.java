package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An I/O APIC: its ID, the physical address of its registers and the first global system interrupt it serves.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x01
 *  1     1    Length
 *  2     1    ioApicId
 *  3     1    reserved
 *  4     4    ioApicAddress
 *  8     4    globalSystemInterruptBase
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param ioApicId the I/O APIC's ID
 * @param reserved reserved, 0
 * @param ioApicAddress the 32-bit physical address of the I/O APIC's registers
 * @param globalSystemInterruptBase the global system interrupt of the I/O APIC's first input
 * @spec ACPI 6.5 §5.2.12.3 "I/O APIC Structure"
 */
public record IoApicEntry(int offset, int length, int ioApicId, int reserved, long ioApicAddress, long globalSystemInterruptBase) implements MadtEntry {

    /** ioApicId at offset 2, 1 byte. */
    public static final Field IO_APIC_ID = Field.integer("I/O Apic ID", "ioApicId", 2, 1);
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** ioApicAddress at offset 4, 4 bytes. */
    public static final Field IO_APIC_ADDRESS = Field.integer("Address", "ioApicAddress", 4, 4);
    /** globalSystemInterruptBase at offset 8, 4 bytes. */
    public static final Field GLOBAL_SYSTEM_INTERRUPT_BASE = Field.integer("Interrupt", "globalSystemInterruptBase", 8, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(IO_APIC_ID, RESERVED, IO_APIC_ADDRESS, GLOBAL_SYSTEM_INTERRUPT_BASE);

    /** Validates the Length and each field's width. */
    public IoApicEntry {
        MadtEntry.checkLength(EntryType.IO_APIC, length);
        MadtEntry.checkWidth(IO_APIC_ID, ioApicId);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(IO_APIC_ADDRESS, ioApicAddress);
        MadtEntry.checkWidth(GLOBAL_SYSTEM_INTERRUPT_BASE, globalSystemInterruptBase);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static IoApicEntry read(EntryBytes bytes) {
        return new IoApicEntry(bytes.offset(), bytes.length(), bytes.getInt(IO_APIC_ID), bytes.getInt(RESERVED), bytes.get(IO_APIC_ADDRESS), bytes.get(GLOBAL_SYSTEM_INTERRUPT_BASE));
    }

    @Override
    public int type() {
        return EntryType.IO_APIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(IO_APIC_ID, ioApicId)
                .put(RESERVED, reserved)
                .put(IO_APIC_ADDRESS, ioApicAddress)
                .put(GLOBAL_SYSTEM_INTERRUPT_BASE, globalSystemInterruptBase)
                .toBytes();
    }
}
