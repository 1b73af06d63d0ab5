package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A LoongArch Bridge I/O Programmable Interrupt Controller (BIO PIC).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x16
 *  1     1    Length
 *  2     1    version
 *  3     8    baseAddress
 * 11     2    size
 * 13     2    hardwareId
 * 15     2    gsiBase
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version, 1
 * @param baseAddress the register base address (all 64 bits, unsigned)
 * @param size the register space size
 * @param hardwareId the controller's hardware ID
 * @param gsiBase the first global system interrupt
 * @spec ACPI 6.5 §5.2.12.25 "Bridge I/O Programmable Interrupt Controller (BIO PIC) Structure"
 */
public record BioPicEntry(int offset, int length, int version, long baseAddress, int size, int hardwareId, int gsiBase) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** baseAddress at offset 3, 8 bytes. */
    public static final Field BASE_ADDRESS = Field.integer("Address", "baseAddress", 3, 8);
    /** size at offset 11, 2 bytes. */
    public static final Field SIZE = Field.integer("Size", "size", 11, 2);
    /** hardwareId at offset 13, 2 bytes. */
    public static final Field HARDWARE_ID = Field.integer("Id", "hardwareId", 13, 2);
    /** gsiBase at offset 15, 2 bytes. */
    public static final Field GSI_BASE = Field.integer("GsiBase", "gsiBase", 15, 2);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, BASE_ADDRESS, SIZE, HARDWARE_ID, GSI_BASE);

    /** Validates the Length and each field's width. */
    public BioPicEntry {
        MadtEntry.checkLength(EntryType.BIO_PIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(SIZE, size);
        MadtEntry.checkWidth(HARDWARE_ID, hardwareId);
        MadtEntry.checkWidth(GSI_BASE, gsiBase);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static BioPicEntry read(EntryBytes bytes) {
        return new BioPicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.get(BASE_ADDRESS), bytes.getInt(SIZE), bytes.getInt(HARDWARE_ID), bytes.getInt(GSI_BASE));
    }

    @Override
    public int type() {
        return EntryType.BIO_PIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(BASE_ADDRESS, baseAddress)
                .put(SIZE, size)
                .put(HARDWARE_ID, hardwareId)
                .put(GSI_BASE, gsiBase)
                .toBytes();
    }
}
