package org.smpboot.acpi.madt.entry;

/**
 * One Interrupt Controller Structure of the MADT, decoded: a record per structure type named as
 * the spec names it, {@link UnknownEntry} for reserved and OEM types, and {@link TruncatedEntry}
 * for a structure a lenient read found too short to decode.
 *
 * <p>Every structure starts with Type (1 byte) and Length (1 byte, the whole structure). Records
 * keep the Length firmware wrote and their byte offset in the table, so a report can point at
 * the bytes. Records built in memory for the table builder have offset {@link #NOT_IN_A_TABLE}.
 *
 * <p>Consumers switch over this sealed type exhaustively and decide what unknown entries mean.
 *
 * @spec ACPI 6.5 §5.2.12 "Multiple APIC Description Table (MADT)", "Interrupt Controller Structure[n]"
 */
public sealed interface MadtEntry
        permits LocalApicEntry, IoApicEntry, InterruptSourceOverrideEntry, NmiSourceEntry,
                LocalApicNmiEntry, LocalApicAddressOverrideEntry, IoSapicEntry, LocalSapicEntry,
                PlatformInterruptSourceEntry, LocalX2ApicEntry, LocalX2ApicNmiEntry,
                GicCpuInterfaceEntry, GicDistributorEntry, GicMsiFrameEntry, GicRedistributorEntry,
                GicInterruptTranslationServiceEntry, MultiprocessorWakeupEntry, CorePicEntry,
                LioPicEntry, HtPicEntry, EioPicEntry, MsiPicEntry, BioPicEntry, LpcPicEntry,
                RintcEntry, ImsicEntry, AplicEntry, PlicEntry, GicV5IrsEntry,
                GicV5ItsConfigFrameEntry, GicV5ItsTranslateFrameEntry, UnknownEntry, TruncatedEntry {

    /** The size of the Type and Length bytes that start every structure. */
    int HEADER_SIZE = 2;

    /** The offset of a record built in memory rather than read from a table. */
    int NOT_IN_A_TABLE = -1;

    /** {@return the structure's byte offset in its table, or {@link #NOT_IN_A_TABLE}} */
    int offset();

    /** {@return the Type byte} */
    int type();

    /** {@return the Length byte: the whole structure, Type and Length included} */
    int length();

    /** {@return the structure as the bytes a table holds, {@link #length()} of them} */
    byte[] encode();

    /** Checks a record's Length against its type's minimum and the u8 field. */
    static void checkLength(EntryType type, int length) {
        if (length < type.minimumLength() || length > 255) {
            throw new IllegalArgumentException("Invalid Length %d of a %s structure: %d to 255"
                    .formatted(length, type.structureName(), type.minimumLength()));
        }
    }

    /** Checks that a value fits its field. */
    static void checkWidth(Field field, long value) {
        if (field.width() < 8 && (value < 0 || (value >>> (8 * field.width())) != 0)) {
            throw new IllegalArgumentException("Invalid %s 0x%x: the field is %d bits"
                    .formatted(field.label(), value, 8 * field.width()));
        }
    }
}
