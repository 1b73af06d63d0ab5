package org.smpboot.acpi.madt.entry;

import java.lang.foreign.MemorySegment;
import org.smpboot.acpi.internal.LittleEndian;

/**
 * Writes one interrupt controller structure: the records in this package put their fields here,
 * and the table builder copies the result into the MADT.
 *
 * <p>The buffer is the structure's declared Length, zero filled, so fields a record does not set
 * (reserved bytes beyond the ones it models) stay zero as the spec requires.
 */
public final class EntryEncoder {

    private final MemorySegment bytes;

    /** Starts a structure of {@code type} and {@code length} bytes. */
    public EntryEncoder(int type, int length) {
        if (length < MadtEntry.HEADER_SIZE || length > 255) {
            throw new IllegalArgumentException(
                    "Invalid structure Length %d: must be 2 to 255 (a u8 that includes Type and Length)".formatted(length));
        }
        if ((type & ~0xFF) != 0) {
            throw new IllegalArgumentException("Invalid structure Type %d: the field is 8 bits".formatted(type));
        }
        bytes = MemorySegment.ofArray(new byte[length]);
        LittleEndian.putU8(bytes, 0, type);
        LittleEndian.putU8(bytes, 1, length);
    }

    /** Writes an integer field. */
    public EntryEncoder put(Field field, long value) {
        check(field.end(), field);
        if (field.width() < 8 && (value >>> (8 * field.width())) != 0) {
            throw new IllegalArgumentException("Invalid %s 0x%x: wider than the field's %d bytes"
                    .formatted(field.label(), value, field.width()));
        }
        LittleEndian.putUnsigned(bytes, field.offset(), field.width(), value);
        return this;
    }

    /** Writes raw bytes from the offset of {@code field}. */
    public EntryEncoder put(Field field, byte[] value) {
        check(field.offset() + value.length, field);
        MemorySegment.copy(MemorySegment.ofArray(value), 0, bytes, field.offset(), value.length);
        return this;
    }

    /** {@return the encoded structure} */
    public byte[] toBytes() {
        return bytes.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    private void check(long end, Field field) {
        if (end > bytes.byteSize()) {
            throw new IllegalArgumentException("Invalid structure Length %d: field %s needs %d bytes"
                    .formatted(bytes.byteSize(), field.label(), end));
        }
    }
}
