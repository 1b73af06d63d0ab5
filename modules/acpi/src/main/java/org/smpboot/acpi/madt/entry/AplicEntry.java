package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A RISC-V Advanced Platform-Level Interrupt Controller (APLIC).
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x1A
 *  1     1    Length
 *  2     1    version
 *  3     1    aplicId
 *  4     4    flags
 *  8     8    hardwareId
 * 16     2    numberOfIdcs
 * 18     2    totalExternalInterruptSources
 * 20     4    gsiBase
 * 24     8    aplicAddress
 * 32     4    aplicSize
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version
 * @param aplicId the APLIC's ID
 * @param flags reserved, 0
 * @param hardwareId the hardware ID (8 bytes, as a little-endian value) (all 64 bits, unsigned)
 * @param numberOfIdcs the number of interrupt delivery controls
 * @param totalExternalInterruptSources the number of interrupt sources
 * @param gsiBase the first global system interrupt
 * @param aplicAddress the register base address (all 64 bits, unsigned)
 * @param aplicSize the register space size
 * @spec ACPI 6.6 "RISC-V Advanced Platform Level Interrupt Controller (APLIC) Structure"; ACPICA {@code struct acpi_madt_aplic}
 */
public record AplicEntry(int offset, int length, int version, int aplicId, long flags, long hardwareId, int numberOfIdcs, int totalExternalInterruptSources, long gsiBase, long aplicAddress, long aplicSize) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** aplicId at offset 3, 1 byte. */
    public static final Field APLIC_ID = Field.integer("Id", "aplicId", 3, 1);
    /** flags at offset 4, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags", "flags", 4, 4);
    /** hardwareId at offset 8, 8 bytes. */
    public static final Field HARDWARE_ID = Field.integer("HwId", "hardwareId", 8, 8);
    /** numberOfIdcs at offset 16, 2 bytes. */
    public static final Field NUMBER_OF_IDCS = Field.integer("NumIdcs", "numberOfIdcs", 16, 2);
    /** totalExternalInterruptSources at offset 18, 2 bytes. */
    public static final Field TOTAL_EXTERNAL_INTERRUPT_SOURCES = Field.integer("NumSources", "totalExternalInterruptSources", 18, 2);
    /** gsiBase at offset 20, 4 bytes. */
    public static final Field GSI_BASE = Field.integer("GsiBase", "gsiBase", 20, 4);
    /** aplicAddress at offset 24, 8 bytes. */
    public static final Field APLIC_ADDRESS = Field.integer("BaseAddr", "aplicAddress", 24, 8);
    /** aplicSize at offset 32, 4 bytes. */
    public static final Field APLIC_SIZE = Field.integer("Size", "aplicSize", 32, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, APLIC_ID, FLAGS, HARDWARE_ID, NUMBER_OF_IDCS, TOTAL_EXTERNAL_INTERRUPT_SOURCES, GSI_BASE, APLIC_ADDRESS, APLIC_SIZE);

    /** Validates the Length and each field's width. */
    public AplicEntry {
        MadtEntry.checkLength(EntryType.APLIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(APLIC_ID, aplicId);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(NUMBER_OF_IDCS, numberOfIdcs);
        MadtEntry.checkWidth(TOTAL_EXTERNAL_INTERRUPT_SOURCES, totalExternalInterruptSources);
        MadtEntry.checkWidth(GSI_BASE, gsiBase);
        MadtEntry.checkWidth(APLIC_SIZE, aplicSize);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static AplicEntry read(EntryBytes bytes) {
        return new AplicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.getInt(APLIC_ID), bytes.get(FLAGS), bytes.get(HARDWARE_ID), bytes.getInt(NUMBER_OF_IDCS), bytes.getInt(TOTAL_EXTERNAL_INTERRUPT_SOURCES), bytes.get(GSI_BASE), bytes.get(APLIC_ADDRESS), bytes.get(APLIC_SIZE));
    }

    @Override
    public int type() {
        return EntryType.APLIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(APLIC_ID, aplicId)
                .put(FLAGS, flags)
                .put(HARDWARE_ID, hardwareId)
                .put(NUMBER_OF_IDCS, numberOfIdcs)
                .put(TOTAL_EXTERNAL_INTERRUPT_SOURCES, totalExternalInterruptSources)
                .put(GSI_BASE, gsiBase)
                .put(APLIC_ADDRESS, aplicAddress)
                .put(APLIC_SIZE, aplicSize)
                .toBytes();
    }
}
