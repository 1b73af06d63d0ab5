package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A Local APIC Address Override: the 64-bit physical address of the local APICs, replacing the MADT's 32-bit one.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x05
 *  1     1    Length
 *  2     2    reserved
 *  4     8    localApicAddress
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param reserved reserved, 0
 * @param localApicAddress the 64-bit physical address of the local APICs (unsigned) (all 64 bits, unsigned)
 * @spec ACPI 6.5 §5.2.12.8 "Local APIC Address Override Structure"
 */
public record LocalApicAddressOverrideEntry(int offset, int length, int reserved, long localApicAddress) implements MadtEntry {

    /** reserved at offset 2, 2 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 2, 2);
    /** localApicAddress at offset 4, 8 bytes. */
    public static final Field LOCAL_APIC_ADDRESS = Field.integer("APIC Address", "localApicAddress", 4, 8);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(RESERVED, LOCAL_APIC_ADDRESS);

    /** Validates the Length and each field's width. */
    public LocalApicAddressOverrideEntry {
        MadtEntry.checkLength(EntryType.LOCAL_APIC_ADDRESS_OVERRIDE, length);
        MadtEntry.checkWidth(RESERVED, reserved);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LocalApicAddressOverrideEntry read(EntryBytes bytes) {
        return new LocalApicAddressOverrideEntry(bytes.offset(), bytes.length(), bytes.getInt(RESERVED), bytes.get(LOCAL_APIC_ADDRESS));
    }

    @Override
    public int type() {
        return EntryType.LOCAL_APIC_ADDRESS_OVERRIDE.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(RESERVED, reserved)
                .put(LOCAL_APIC_ADDRESS, localApicAddress)
                .toBytes();
    }
}
