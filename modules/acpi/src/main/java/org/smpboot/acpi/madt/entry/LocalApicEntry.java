package org.smpboot.acpi.madt.entry;

import java.util.List;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * A Processor Local APIC: one logical processor with an 8-bit APIC ID.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x00
 *  1     1    Length = 8
 *  2     1    ACPI Processor UID
 *  3     1    APIC ID          0xFF never names a processor (IDs from 255 use x2APIC entries)
 *  4     4    Flags            see {@link LocalApicFlags}
 * </pre>
 *
 * <p>{@snippet :
 * MadtEntry cpu = LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED);
 * }
 *
 * @param offset           the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length           the Length field
 * @param acpiProcessorUid the ACPI Processor UID (8 bits here)
 * @param apicId           the processor's local APIC ID (8 bits here)
 * @param flags            Enabled and Online Capable
 * @spec ACPI 6.5 §5.2.12.2 "Processor Local APIC Structure"; §5.2.12.12 for the 255 limit
 */
public record LocalApicEntry(int offset, int length, AcpiProcessorUid acpiProcessorUid, ApicId apicId,
        LocalApicFlags flags) implements MadtEntry {

    /** The APIC ID firmware writes in entries that describe no processor. */
    public static final ApicId PLACEHOLDER_APIC_ID = ApicId.of(0xFF);

    /** ACPI Processor UID at offset 2, 1 byte. */
    public static final Field ACPI_PROCESSOR_UID = Field.integer("Processor ID", "acpiProcessorUid", 2, 1);
    /** APIC ID at offset 3, 1 byte. */
    public static final Field APIC_ID = Field.integer("Local Apic ID", "apicId", 3, 1);
    /** Flags at offset 4, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 4, 4,
            Field.flag("Processor Enabled", "enabled", LocalApicFlags.ENABLED_SHIFT, 1),
            Field.flag("Runtime Online Capable", "onlineCapable", LocalApicFlags.ONLINE_CAPABLE_SHIFT, 1));
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(ACPI_PROCESSOR_UID, APIC_ID, FLAGS);

    /** Validates the Length and the 8-bit UID and APIC ID. */
    public LocalApicEntry {
        MadtEntry.checkLength(EntryType.LOCAL_APIC, length);
        MadtEntry.checkWidth(ACPI_PROCESSOR_UID, acpiProcessorUid.value());
        if (!apicId.fitsXApic()) {
            throw new IllegalArgumentException("Invalid APIC ID %s of a Local APIC structure: the field is 8 bits;"
                    .formatted(apicId) + " IDs from 255 need a Local x2APIC structure");
        }
        java.util.Objects.requireNonNull(flags, "flags");
    }

    /** {@return a spec-length structure built in memory} */
    public static LocalApicEntry of(int acpiProcessorUid, ApicId apicId, LocalApicFlags flags) {
        return new LocalApicEntry(NOT_IN_A_TABLE, EntryType.LOCAL_APIC.minimumLength(),
                new AcpiProcessorUid(acpiProcessorUid), apicId, flags);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LocalApicEntry read(EntryBytes bytes) {
        return new LocalApicEntry(bytes.offset(), bytes.length(), new AcpiProcessorUid(bytes.get(ACPI_PROCESSOR_UID)),
                ApicId.of(bytes.get(APIC_ID)), new LocalApicFlags(bytes.getInt(FLAGS)));
    }

    /** {@return whether the APIC ID is the placeholder 0xFF that names no processor} */
    public boolean isPlaceholder() {
        return apicId.equals(PLACEHOLDER_APIC_ID);
    }

    @Override
    public int type() {
        return EntryType.LOCAL_APIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(ACPI_PROCESSOR_UID, acpiProcessorUid.value())
                .put(APIC_ID, apicId.unsignedValue())
                .put(FLAGS, Integer.toUnsignedLong(flags.value()))
                .toBytes();
    }
}
