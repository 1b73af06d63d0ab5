package org.smpboot.acpi.madt.entry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A Local SAPIC (Itanium): one processor, its SAPIC ID and EID, and its ACPI Processor UID as a
 * number and as a NUL-terminated string.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x07
 *  1     1    Length           16 + the string with its NUL
 *  2     1    ACPI Processor ID
 *  3     1    Local SAPIC ID
 *  4     1    Local SAPIC EID
 *  5     3    Reserved
 *  8     4    Flags            see {@link LocalApicFlags}
 * 12     4    ACPI Processor UID Value
 * 16     n    ACPI Processor UID String, NUL terminated
 * </pre>
 *
 * @param offset                    the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length                    the Length field
 * @param acpiProcessorId           the ACPI Processor ID
 * @param localSapicId              the processor's local SAPIC ID
 * @param localSapicEid             the processor's local SAPIC EID
 * @param reserved                  the reserved 24 bits, 0
 * @param flags                     the Local APIC flags
 * @param acpiProcessorUidValue     the ACPI Processor UID as a number
 * @param acpiProcessorUidString    the UID string, without its NUL; one char per byte
 * @spec ACPI 6.5 §5.2.12.10 "Local SAPIC Structure"
 */
public record LocalSapicEntry(int offset, int length, int acpiProcessorId, int localSapicId, int localSapicEid,
        int reserved, LocalApicFlags flags, long acpiProcessorUidValue, String acpiProcessorUidString)
        implements MadtEntry {

    /** ACPI Processor ID at offset 2, 1 byte. */
    public static final Field ACPI_PROCESSOR_ID = Field.integer("Processor ID", "acpiProcessorId", 2, 1);
    /** Local SAPIC ID at offset 3, 1 byte. */
    public static final Field LOCAL_SAPIC_ID = Field.integer("Local Sapic ID", "localSapicId", 3, 1);
    /** Local SAPIC EID at offset 4, 1 byte. */
    public static final Field LOCAL_SAPIC_EID = Field.integer("Local Sapic EID", "localSapicEid", 4, 1);
    /** Reserved at offset 5, 3 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 5, 3);
    /** Flags at offset 8, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 8, 4,
            Field.flag("Processor Enabled", "enabled", LocalApicFlags.ENABLED_SHIFT, 1));
    /** ACPI Processor UID Value at offset 12, 4 bytes. */
    public static final Field ACPI_PROCESSOR_UID_VALUE = Field.integer("Processor UID", "acpiProcessorUidValue", 12, 4);
    /** ACPI Processor UID String from offset 16 to its NUL. */
    public static final Field ACPI_PROCESSOR_UID_STRING =
            new Field("Processor UID String", "acpiProcessorUidString", 16, 1, Field.Kind.STRING, List.of());
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(ACPI_PROCESSOR_ID, LOCAL_SAPIC_ID, LOCAL_SAPIC_EID, RESERVED,
            FLAGS, ACPI_PROCESSOR_UID_VALUE, ACPI_PROCESSOR_UID_STRING);

    /** Validates the Length, the widths, and that the string is one byte per char without a NUL and fits with its NUL. */
    public LocalSapicEntry {
        MadtEntry.checkLength(EntryType.LOCAL_SAPIC, length);
        MadtEntry.checkWidth(ACPI_PROCESSOR_ID, acpiProcessorId);
        MadtEntry.checkWidth(LOCAL_SAPIC_ID, localSapicId);
        MadtEntry.checkWidth(LOCAL_SAPIC_EID, localSapicEid);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(ACPI_PROCESSOR_UID_VALUE, acpiProcessorUidValue);
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(acpiProcessorUidString, "acpiProcessorUidString");
        // One byte per char and no NUL inside: the structure holds the string as bytes and ends it
        // with the only NUL, so any other string would read back as a different one.
        if (acpiProcessorUidString.chars().anyMatch(c -> c == 0 || c > 0xFF)) {
            throw new IllegalArgumentException("Invalid ACPI Processor UID String \"%s\": one byte per char, 0x01 to 0xFF"
                    .formatted(acpiProcessorUidString));
        }
        if (ACPI_PROCESSOR_UID_STRING.offset() + acpiProcessorUidString.length() + 1 > length) {
            throw new IllegalArgumentException("Invalid ACPI Processor UID String \"%s\": it and its NUL need Length %d, not %d"
                    .formatted(acpiProcessorUidString, ACPI_PROCESSOR_UID_STRING.offset() + acpiProcessorUidString.length() + 1, length));
        }
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static LocalSapicEntry read(EntryBytes bytes) {
        byte[] tail = bytes.bytesFrom(ACPI_PROCESSOR_UID_STRING.offset());
        int end = 0;
        while (end < tail.length && tail[end] != 0) {
            end++;
        }
        // Invariant of the record: a string that fills the structure without a NUL is cut
        // by one byte so that "string + NUL fits" holds; the lint reports the missing terminator.
        String uid = new String(tail, 0, Math.min(end, tail.length - 1), StandardCharsets.ISO_8859_1);
        return new LocalSapicEntry(bytes.offset(), bytes.length(), bytes.getInt(ACPI_PROCESSOR_ID),
                bytes.getInt(LOCAL_SAPIC_ID), bytes.getInt(LOCAL_SAPIC_EID), bytes.getInt(RESERVED),
                new LocalApicFlags(bytes.getInt(FLAGS)), bytes.get(ACPI_PROCESSOR_UID_VALUE), uid);
    }

    @Override
    public int type() {
        return EntryType.LOCAL_SAPIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(ACPI_PROCESSOR_ID, acpiProcessorId)
                .put(LOCAL_SAPIC_ID, localSapicId)
                .put(LOCAL_SAPIC_EID, localSapicEid)
                .put(RESERVED, reserved)
                .put(FLAGS, Integer.toUnsignedLong(flags.value()))
                .put(ACPI_PROCESSOR_UID_VALUE, acpiProcessorUidValue)
                .put(ACPI_PROCESSOR_UID_STRING, acpiProcessorUidString.getBytes(StandardCharsets.ISO_8859_1))
                .toBytes();
    }
}
