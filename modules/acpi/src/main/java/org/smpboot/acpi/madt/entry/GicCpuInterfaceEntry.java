package org.smpboot.acpi.madt.entry;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An Arm GIC CPU Interface (GICC): one processor of an Arm system, the Arm counterpart of a
 * Processor Local APIC. The structure grew with the spec; the trailing fields are present only
 * when Length covers them.
 *
 * <pre>
 * offset size field                                  since
 *  2     2    Reserved
 *  4     4    CPU Interface Number
 *  8     4    ACPI Processor UID
 * 12     4    Flags (0 Enabled, 1 Performance Interrupt Mode, 2 VGIC Maintenance Interrupt Mode,
 *             3 Online Capable)
 * 16     4    Parking Protocol Version
 * 20     4    Performance Interrupt GSIV
 * 24     8    Parked Address
 * 32     8    Physical Base Address
 * 40     8    GICV
 * 48     8    GICH
 * 56     4    VGIC Maintenance Interrupt
 * 60     8    GICR Base Address
 * 68     8    MPIDR                                  ACPI 5.1 (Length 76)
 * 76     1    Processor Power Efficiency Class       ACPI 6.0 (Length 80)
 * 77     1    Reserved
 * 78     2    SPE Overflow Interrupt                 ACPI 6.3
 * 80     2    TRBE Interrupt                         ACPI 6.5 (Length 82)
 * 82     2    IAFFID                                 ACPI 6.7 (Length 88)
 * 84     4    IRS ID
 * </pre>
 *
 * @param offset                        the structure's byte offset ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length                        the Length field
 * @param reserved                      the reserved 16 bits
 * @param cpuInterfaceNumber            the GIC CPU interface number
 * @param acpiProcessorUid              the ACPI Processor UID
 * @param flags                         the GICC flags
 * @param parkingProtocolVersion        the parking protocol version
 * @param performanceInterruptGsiv      the performance monitoring interrupt
 * @param parkedAddress                 the parking protocol mailbox address
 * @param physicalBaseAddress           the CPU interface's base address
 * @param gicv                          the virtual CPU interface's base address
 * @param gich                          the virtual interface control block's base address
 * @param vgicMaintenanceInterrupt      the VGIC maintenance interrupt
 * @param gicrBaseAddress               the redistributor's base address
 * @param mpidr                         the processor's MPIDR
 * @param processorPowerEfficiencyClass present from Length 77
 * @param reserved2                     present from Length 78
 * @param speOverflowInterrupt          present from Length 80
 * @param trbeInterrupt                 present from Length 82
 * @param iaffid                        present from Length 84
 * @param irsId                         present from Length 88
 * @spec ACPI 6.5 §5.2.12.14 "GIC CPU Interface (GICC) Structure"; ACPICA {@code struct
 *     acpi_madt_generic_interrupt} for the ACPI 6.7 fields; Linux {@code ACPI_MADT_GICC_MIN_LENGTH} (76)
 */
public record GicCpuInterfaceEntry(int offset, int length, int reserved, long cpuInterfaceNumber,
        long acpiProcessorUid, long flags, long parkingProtocolVersion, long performanceInterruptGsiv,
        long parkedAddress, long physicalBaseAddress, long gicv, long gich, long vgicMaintenanceInterrupt,
        long gicrBaseAddress, long mpidr, OptionalInt processorPowerEfficiencyClass, OptionalInt reserved2,
        OptionalInt speOverflowInterrupt, OptionalInt trbeInterrupt, OptionalInt iaffid, OptionalLong irsId)
        implements MadtEntry {

    /** Enabled is bit 0 of Flags. */
    public static final int ENABLED_MASK = 1;
    /** Online Capable is bit 3 of Flags (ACPI 6.5). */
    public static final int ONLINE_CAPABLE_MASK = 1 << 3;

    /** Reserved at offset 2. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 2, 2);
    /** CPU Interface Number at offset 4. */
    public static final Field CPU_INTERFACE_NUMBER = Field.integer("CPU Interface Number", "cpuInterfaceNumber", 4, 4);
    /** ACPI Processor UID at offset 8. */
    public static final Field ACPI_PROCESSOR_UID = Field.integer("Processor UID", "acpiProcessorUid", 8, 4);
    /** Flags at offset 12; decoded as iasl does (three bits). */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 12, 4,
            Field.flag("Processor Enabled", "enabled", 0, 1),
            Field.flag("Performance Interrupt Trigger Mode", "performanceInterruptMode", 1, 1),
            Field.flag("Virtual GIC Interrupt Trigger Mode", "vgicMaintenanceInterruptMode", 2, 1));
    /** Parking Protocol Version at offset 16. */
    public static final Field PARKING_PROTOCOL_VERSION = Field.integer("Parking Protocol Version", "parkingProtocolVersion", 16, 4);
    /** Performance Interrupt GSIV at offset 20. */
    public static final Field PERFORMANCE_INTERRUPT_GSIV = Field.integer("Performance Interrupt", "performanceInterruptGsiv", 20, 4);
    /** Parked Address at offset 24. */
    public static final Field PARKED_ADDRESS = Field.integer("Parked Address", "parkedAddress", 24, 8);
    /** Physical Base Address at offset 32. */
    public static final Field PHYSICAL_BASE_ADDRESS = Field.integer("Base Address", "physicalBaseAddress", 32, 8);
    /** GICV at offset 40. */
    public static final Field GICV = Field.integer("Virtual GIC Base Address", "gicv", 40, 8);
    /** GICH at offset 48. */
    public static final Field GICH = Field.integer("Hypervisor GIC Base Address", "gich", 48, 8);
    /** VGIC Maintenance Interrupt at offset 56. */
    public static final Field VGIC_MAINTENANCE_INTERRUPT = Field.integer("Virtual GIC Interrupt", "vgicMaintenanceInterrupt", 56, 4);
    /** GICR Base Address at offset 60. */
    public static final Field GICR_BASE_ADDRESS = Field.integer("Redistributor Base Address", "gicrBaseAddress", 60, 8);
    /** MPIDR at offset 68. */
    public static final Field MPIDR = Field.integer("ARM MPIDR", "mpidr", 68, 8);
    /** Processor Power Efficiency Class at offset 76 (ACPI 6.0). */
    public static final Field PROCESSOR_POWER_EFFICIENCY_CLASS = Field.integer("Efficiency Class", "processorPowerEfficiencyClass", 76, 1);
    /** Reserved at offset 77. */
    public static final Field RESERVED2 = Field.integer("Reserved", "reserved2", 77, 1);
    /** SPE Overflow Interrupt at offset 78 (ACPI 6.3). */
    public static final Field SPE_OVERFLOW_INTERRUPT = Field.integer("SPE Overflow Interrupt", "speOverflowInterrupt", 78, 2);
    /** TRBE Interrupt at offset 80 (ACPI 6.5). */
    public static final Field TRBE_INTERRUPT = Field.integer("TRBE Interrupt", "trbeInterrupt", 80, 2);
    /** IAFFID at offset 82 (ACPI 6.7). */
    public static final Field IAFFID = Field.integer("IAFFID", "iaffid", 82, 2);
    /** IRS ID at offset 84 (ACPI 6.7). */
    public static final Field IRS_ID = Field.integer("IRS ID", "irsId", 84, 4);
    /** The fields in table order; the trailing ones only when Length covers them. */
    public static final List<Field> FIELDS = List.of(RESERVED, CPU_INTERFACE_NUMBER, ACPI_PROCESSOR_UID, FLAGS,
            PARKING_PROTOCOL_VERSION, PERFORMANCE_INTERRUPT_GSIV, PARKED_ADDRESS, PHYSICAL_BASE_ADDRESS, GICV, GICH,
            VGIC_MAINTENANCE_INTERRUPT, GICR_BASE_ADDRESS, MPIDR, PROCESSOR_POWER_EFFICIENCY_CLASS, RESERVED2,
            SPE_OVERFLOW_INTERRUPT, TRBE_INTERRUPT, IAFFID, IRS_ID);

    /** Validates the Length, the widths, and that each trailing field is present exactly when it fits. */
    public GicCpuInterfaceEntry {
        MadtEntry.checkLength(EntryType.GIC_CPU_INTERFACE, length);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(CPU_INTERFACE_NUMBER, cpuInterfaceNumber);
        MadtEntry.checkWidth(ACPI_PROCESSOR_UID, acpiProcessorUid);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(PARKING_PROTOCOL_VERSION, parkingProtocolVersion);
        MadtEntry.checkWidth(PERFORMANCE_INTERRUPT_GSIV, performanceInterruptGsiv);
        MadtEntry.checkWidth(VGIC_MAINTENANCE_INTERRUPT, vgicMaintenanceInterrupt);
        checkTail(PROCESSOR_POWER_EFFICIENCY_CLASS, processorPowerEfficiencyClass, length);
        checkTail(RESERVED2, reserved2, length);
        checkTail(SPE_OVERFLOW_INTERRUPT, speOverflowInterrupt, length);
        checkTail(TRBE_INTERRUPT, trbeInterrupt, length);
        checkTail(IAFFID, iaffid, length);
        Objects.requireNonNull(irsId, "irsId");
        if (irsId.isPresent() != (length >= IRS_ID.end())) {
            throw new IllegalArgumentException("Invalid IRS ID %s for Length %d: present exactly when Length >= %d"
                    .formatted(irsId, length, IRS_ID.end()));
        }
        irsId.ifPresent(value -> MadtEntry.checkWidth(IRS_ID, value));
    }

    private static void checkTail(Field field, OptionalInt value, int length) {
        Objects.requireNonNull(value, field.key());
        if (value.isPresent() != (length >= field.end())) {
            throw new IllegalArgumentException("Invalid %s %s for Length %d: present exactly when Length >= %d"
                    .formatted(field.label(), value, length, field.end()));
        }
        value.ifPresent(v -> MadtEntry.checkWidth(field, v));
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static GicCpuInterfaceEntry read(EntryBytes bytes) {
        return new GicCpuInterfaceEntry(bytes.offset(), bytes.length(), bytes.getInt(RESERVED),
                bytes.get(CPU_INTERFACE_NUMBER), bytes.get(ACPI_PROCESSOR_UID), bytes.get(FLAGS),
                bytes.get(PARKING_PROTOCOL_VERSION), bytes.get(PERFORMANCE_INTERRUPT_GSIV), bytes.get(PARKED_ADDRESS),
                bytes.get(PHYSICAL_BASE_ADDRESS), bytes.get(GICV), bytes.get(GICH), bytes.get(VGIC_MAINTENANCE_INTERRUPT),
                bytes.get(GICR_BASE_ADDRESS), bytes.get(MPIDR), tail(bytes, PROCESSOR_POWER_EFFICIENCY_CLASS),
                tail(bytes, RESERVED2), tail(bytes, SPE_OVERFLOW_INTERRUPT), tail(bytes, TRBE_INTERRUPT),
                tail(bytes, IAFFID), covers(bytes, IRS_ID) ? OptionalLong.of(bytes.get(IRS_ID)) : OptionalLong.empty());
    }

    private static boolean covers(EntryBytes bytes, Field field) {
        return bytes.length() >= field.end() && bytes.has(field);
    }

    private static OptionalInt tail(EntryBytes bytes, Field field) {
        return covers(bytes, field) ? OptionalInt.of(bytes.getInt(field)) : OptionalInt.empty();
    }

    /** {@return whether the processor is enabled} */
    public boolean enabled() {
        return (flags & ENABLED_MASK) != 0;
    }

    @Override
    public int type() {
        return EntryType.GIC_CPU_INTERFACE.code();
    }

    @Override
    public byte[] encode() {
        EntryEncoder encoder = new EntryEncoder(type(), length)
                .put(RESERVED, reserved).put(CPU_INTERFACE_NUMBER, cpuInterfaceNumber)
                .put(ACPI_PROCESSOR_UID, acpiProcessorUid).put(FLAGS, flags)
                .put(PARKING_PROTOCOL_VERSION, parkingProtocolVersion)
                .put(PERFORMANCE_INTERRUPT_GSIV, performanceInterruptGsiv).put(PARKED_ADDRESS, parkedAddress)
                .put(PHYSICAL_BASE_ADDRESS, physicalBaseAddress).put(GICV, gicv).put(GICH, gich)
                .put(VGIC_MAINTENANCE_INTERRUPT, vgicMaintenanceInterrupt).put(GICR_BASE_ADDRESS, gicrBaseAddress)
                .put(MPIDR, mpidr);
        processorPowerEfficiencyClass.ifPresent(v -> encoder.put(PROCESSOR_POWER_EFFICIENCY_CLASS, v));
        reserved2.ifPresent(v -> encoder.put(RESERVED2, v));
        speOverflowInterrupt.ifPresent(v -> encoder.put(SPE_OVERFLOW_INTERRUPT, v));
        trbeInterrupt.ifPresent(v -> encoder.put(TRBE_INTERRUPT, v));
        iaffid.ifPresent(v -> encoder.put(IAFFID, v));
        irsId.ifPresent(v -> encoder.put(IRS_ID, v));
        return encoder.toBytes();
    }
}
