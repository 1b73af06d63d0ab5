package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A RISC-V Platform-Level Interrupt Controller (PLIC).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x1B
 *  1     1    Length
 *  2     1    version
 *  3     1    plicId
 *  4     8    hardwareId
 * 12     2    totalExternalInterruptSources
 * 14     2    maximumPriority
 * 16     4    flags
 * 20     4    plicSize
 * 24     8    plicAddress
 * 32     4    gsiBase
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version
 * @param plicId the PLIC's ID
 * @param hardwareId the hardware ID (8 bytes, as a little-endian value) (all 64 bits, unsigned)
 * @param totalExternalInterruptSources the number of interrupt sources
 * @param maximumPriority the highest priority
 * @param flags reserved, 0
 * @param plicSize the register space size
 * @param plicAddress the register base address (all 64 bits, unsigned)
 * @param gsiBase the first global system interrupt
 * @spec ACPI 6.6 "RISC-V Platform Level Interrupt Controller (PLIC) Structure"; ACPICA {@code struct acpi_madt_plic}
 */
public record PlicEntry(int offset, int length, int version, int plicId, long hardwareId, int totalExternalInterruptSources, int maximumPriority, long flags, long plicSize, long plicAddress, long gsiBase) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** plicId at offset 3, 1 byte. */
    public static final Field PLIC_ID = Field.integer("Id", "plicId", 3, 1);
    /** hardwareId at offset 4, 8 bytes. */
    public static final Field HARDWARE_ID = Field.integer("HwId", "hardwareId", 4, 8);
    /** totalExternalInterruptSources at offset 12, 2 bytes. */
    public static final Field TOTAL_EXTERNAL_INTERRUPT_SOURCES = Field.integer("NumIrqs", "totalExternalInterruptSources", 12, 2);
    /** maximumPriority at offset 14, 2 bytes. */
    public static final Field MAXIMUM_PRIORITY = Field.integer("MaxPrio", "maximumPriority", 14, 2);
    /** flags at offset 16, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags", "flags", 16, 4);
    /** plicSize at offset 20, 4 bytes. */
    public static final Field PLIC_SIZE = Field.integer("Size", "plicSize", 20, 4);
    /** plicAddress at offset 24, 8 bytes. */
    public static final Field PLIC_ADDRESS = Field.integer("BaseAddr", "plicAddress", 24, 8);
    /** gsiBase at offset 32, 4 bytes. */
    public static final Field GSI_BASE = Field.integer("GsiBase", "gsiBase", 32, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, PLIC_ID, HARDWARE_ID, TOTAL_EXTERNAL_INTERRUPT_SOURCES, MAXIMUM_PRIORITY, FLAGS, PLIC_SIZE, PLIC_ADDRESS, GSI_BASE);

    /** Validates the Length and each field's width. */
    public PlicEntry {
        MadtEntry.checkLength(EntryType.PLIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(PLIC_ID, plicId);
        MadtEntry.checkWidth(TOTAL_EXTERNAL_INTERRUPT_SOURCES, totalExternalInterruptSources);
        MadtEntry.checkWidth(MAXIMUM_PRIORITY, maximumPriority);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(PLIC_SIZE, plicSize);
        MadtEntry.checkWidth(GSI_BASE, gsiBase);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static PlicEntry read(EntryBytes bytes) {
        return new PlicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.getInt(PLIC_ID), bytes.get(HARDWARE_ID), bytes.getInt(TOTAL_EXTERNAL_INTERRUPT_SOURCES), bytes.getInt(MAXIMUM_PRIORITY), bytes.get(FLAGS), bytes.get(PLIC_SIZE), bytes.get(PLIC_ADDRESS), bytes.get(GSI_BASE));
    }

    @Override
    public int type() {
        return EntryType.PLIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(PLIC_ID, plicId)
                .put(HARDWARE_ID, hardwareId)
                .put(TOTAL_EXTERNAL_INTERRUPT_SOURCES, totalExternalInterruptSources)
                .put(MAXIMUM_PRIORITY, maximumPriority)
                .put(FLAGS, flags)
                .put(PLIC_SIZE, plicSize)
                .put(PLIC_ADDRESS, plicAddress)
                .put(GSI_BASE, gsiBase)
                .toBytes();
    }
}
