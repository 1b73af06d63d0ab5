package org.smpboot.acpi.madt.entry;

import java.lang.foreign.MemorySegment;
import org.smpboot.acpi.internal.LittleEndian;

/**
 * The bytes of one interrupt controller structure inside a MADT, zero copy: a read-only window
 * that starts at the structure's Type byte and ends at its Length (or at the table's end, for a
 * structure that a lenient read found running past it).
 *
 * <p>Reads are bounded by the window; {@link #has} says whether a field lies entirely inside it.
 *
 * @param segment the structure's bytes
 * @param offset  the structure's offset in its table, for reports
 */
public record EntryBytes(MemorySegment segment, int offset) {

    /** {@return the Type byte} */
    public int type() {
        return LittleEndian.u8(segment, 0);
    }

    /** {@return the Length byte} */
    public int length() {
        return LittleEndian.u8(segment, 1);
    }

    /** {@return how many of the structure's bytes are present} */
    public int available() {
        return (int) segment.byteSize();
    }

    /** {@return whether the field lies entirely inside the window} */
    public boolean has(Field field) {
        return field.end() <= available();
    }

    /** {@return the unsigned value of an integer field} */
    public long get(Field field) {
        return LittleEndian.unsigned(segment, field.offset(), field.width());
    }

    /** {@return the value of an integer field of at most 4 bytes, as an int} */
    public int getInt(Field field) {
        return (int) get(field);
    }

    /** {@return a copy of the bytes from {@code from} to the end of the window} */
    public byte[] bytesFrom(int from) {
        return segment.asSlice(from).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }
}
