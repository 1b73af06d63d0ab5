package org.smpboot.acpi.madt.entry;

import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * A Processor Local x2APIC: one logical processor with a 32-bit x2APIC ID.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x09
 *  1     1    Length = 16
 *  2     2    Reserved
 *  4     4    X2APIC ID        0xFFFFFFFF never names a processor
 *  8     4    Flags            same as Local APIC flags, see {@link LocalApicFlags}
 * 12     4    ACPI Processor UID
 * </pre>
 *
 * <p>The spec asks for this structure only for APIC IDs of 255 and above; firmware uses it for
 * lower IDs too (x2APIC-only tables), which readers must accept.
 *
 * <p>{@snippet :
 * MadtEntry cpu = LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ENABLED, 256);
 * }
 *
 * @param offset           the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length           the Length field
 * @param reserved         the reserved 16 bits, 0
 * @param x2ApicId         the processor's x2APIC ID
 * @param flags            Enabled and Online Capable
 * @param acpiProcessorUid the ACPI Processor UID
 * @spec ACPI 6.5 §5.2.12.12 "Processor Local x2APIC Structure"
 */
public record LocalX2ApicEntry(int offset, int length, int reserved, ApicId x2ApicId, LocalApicFlags flags,
        AcpiProcessorUid acpiProcessorUid) implements MadtEntry {

    /** The x2APIC ID firmware writes in entries that describe no processor. */
    public static final ApicId PLACEHOLDER_APIC_ID = ApicId.of(0xFFFF_FFFFL);

    /** Reserved at offset 2, 2 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 2, 2);
    /** X2APIC ID at offset 4, 4 bytes. */
    public static final Field X2APIC_ID = Field.integer("Processor x2Apic ID", "x2ApicId", 4, 4);
    /**
     * Flags at offset 8, 4 bytes. iasl decodes only Enabled here; the spec defines the same bits
     * as for a Local APIC, so Online Capable is decoded too.
     */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 8, 4,
            Field.flag("Processor Enabled", "enabled", LocalApicFlags.ENABLED_SHIFT, 1),
            Field.flag("Runtime Online Capable", "onlineCapable", LocalApicFlags.ONLINE_CAPABLE_SHIFT, 1));
    /** ACPI Processor UID at offset 12, 4 bytes. */
    public static final Field ACPI_PROCESSOR_UID = Field.integer("Processor UID", "acpiProcessorUid", 12, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(RESERVED, X2APIC_ID, FLAGS, ACPI_PROCESSOR_UID);

    /** Validates the Length and the reserved field's width. */
    public LocalX2ApicEntry {
        MadtEntry.checkLength(EntryType.LOCAL_X2APIC, length);
        MadtEntry.checkWidth(RESERVED, reserved);
        Objects.requireNonNull(x2ApicId, "x2ApicId");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(acpiProcessorUid, "acpiProcessorUid");
    }

    /** {@return a spec-length structure built in memory} */
    public static LocalX2ApicEntry of(ApicId x2ApicId, LocalApicFlags flags, long acpiProcessorUid) {
        return new LocalX2ApicEntry(NOT_IN_A_TABLE, EntryType.LOCAL_X2APIC.minimumLength(), 0, x2ApicId, flags,
                new AcpiProcessorUid(acpiProcessorUid));
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LocalX2ApicEntry read(EntryBytes bytes) {
        return new LocalX2ApicEntry(bytes.offset(), bytes.length(), bytes.getInt(RESERVED), ApicId.of(bytes.get(X2APIC_ID)),
                new LocalApicFlags(bytes.getInt(FLAGS)), new AcpiProcessorUid(bytes.get(ACPI_PROCESSOR_UID)));
    }

    /** {@return whether the x2APIC ID is the placeholder 0xFFFFFFFF that names no processor} */
    public boolean isPlaceholder() {
        return x2ApicId.equals(PLACEHOLDER_APIC_ID);
    }

    @Override
    public int type() {
        return EntryType.LOCAL_X2APIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(RESERVED, reserved)
                .put(X2APIC_ID, x2ApicId.unsignedValue())
                .put(FLAGS, Integer.toUnsignedLong(flags.value()))
                .put(ACPI_PROCESSOR_UID, acpiProcessorUid.value())
                .toBytes();
    }
}
