package org.smpboot.acpi.madt.entry;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An interrupt controller structure of a reserved type (0x1F-0x7F) or an OEM type (0x80-0xFF):
 * kept whole and skipped by its Length, so every consumer decides what it means. Real firmware
 * ships them (type 0x7F on X299 boards, 0xFF on an HP ProLiant DL380 G5).
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param type   the Type byte, 0x1F to 0xFF
 * @param length the Length field
 * @param data   the bytes after Type and Length, {@code length - 2} of them (copied)
 * @spec ACPI 6.5 §5.2.12, Table "Interrupt Controller Structure Types": 0x1F-0x7F reserved,
 *     0x80-0xFF reserved for OEM use
 */
public record UnknownEntry(int offset, int type, int length, byte[] data) implements MadtEntry {

    /** The raw data after the header, as iasl labels it for OEM types. */
    public static final Field DATA = new Field("OEM Data", "data", 2, 0, Field.Kind.BYTES, java.util.List.of());

    /** Validates the type range and that the data is exactly the rest of the structure. */
    public UnknownEntry {
        if (type < EntryType.FIRST_RESERVED || type > 0xFF) {
            throw new IllegalArgumentException(
                    "Invalid unknown structure Type 0x%x: must be reserved (0x1F-0x7F) or OEM (0x80-0xFF)".formatted(type));
        }
        if (length < HEADER_SIZE || length > 255 || data.length != length - HEADER_SIZE) {
            throw new IllegalArgumentException("Invalid unknown structure: Length %d with %d data bytes (need Length - 2)"
                    .formatted(length, data.length));
        }
        data = data.clone();
    }

    /** {@return a structure built in memory} */
    public static UnknownEntry of(int type, byte[] data) {
        return new UnknownEntry(NOT_IN_A_TABLE, type, data.length + HEADER_SIZE, data);
    }

    /** {@return whether the type is one of the OEM types 0x80-0xFF} */
    public boolean isOem() {
        return type >= EntryType.FIRST_OEM;
    }

    /** {@return a copy of the bytes after Type and Length} */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type, length).put(DATA, data).toBytes();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnknownEntry that && offset == that.offset && type == that.type
                && length == that.length && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * offset + type) + length) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "UnknownEntry[offset=%d, type=0x%02x, length=%d, data=%s]"
                .formatted(offset, type, length, HexFormat.of().formatHex(data));
    }
}
