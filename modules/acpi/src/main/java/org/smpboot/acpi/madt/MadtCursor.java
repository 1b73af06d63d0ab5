package org.smpboot.acpi.madt;

import java.lang.foreign.MemorySegment;
import java.util.NoSuchElementException;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.madt.entry.EntryBytes;
import org.smpboot.acpi.madt.entry.EntryDecoder;
import org.smpboot.acpi.madt.entry.MadtEntry;

/**
 * A position in the list of interrupt controller structures of a {@link Madt}, for walking it
 * without allocating: {@link #advance()} moves to the next structure, and the accessors read the
 * current one's bytes in place.
 *
 * <p>The walk covers exactly the structures {@link Madt} validated: each has a Length of at least
 * 2, so every step makes progress and the walk ends after at most {@code Length / 2} steps. The
 * last structure of a leniently read table may run past the table's end; then {@link #available()}
 * is less than {@link #length()} and reads beyond {@link #available()} are refused.
 *
 * <p>Not thread-safe: each thread takes its own cursor from {@link Madt#cursor()}.
 *
 * {@snippet :
 * MadtCursor cursor = madt.cursor();
 * while (cursor.advance()) {
 *     if (cursor.type() == 0x00 && (cursor.u8(4) & 1) != 0) {
 *         enabled++;
 *     }
 * }
 * }
 */
public final class MadtCursor {

    private final MemorySegment table;
    private final int end;
    private int next;
    private int offset = -1;
    private int type;
    private int length;
    private int available;

    MadtCursor(MemorySegment table, int start, int end) {
        this.table = table;
        this.next = start;
        this.end = end;
    }

    /** {@return whether there is a next structure}, moving to it if there is. */
    public boolean advance() {
        if (next >= end) {
            return false;
        }
        offset = next;
        type = LittleEndian.u8(table, offset);
        length = LittleEndian.u8(table, offset + 1);
        available = (int) Math.min(length, table.byteSize() - offset);
        next = offset + length;
        return true;
    }

    /** {@return the current structure's byte offset in the table} */
    public int offset() {
        checkPositioned();
        return offset;
    }

    /** {@return the current structure's Type byte} */
    public int type() {
        checkPositioned();
        return type;
    }

    /** {@return the current structure's Length byte} */
    public int length() {
        checkPositioned();
        return length;
    }

    /** {@return how many of the current structure's bytes are inside the table} */
    public int available() {
        checkPositioned();
        return available;
    }

    /** {@return the byte at {@code fieldOffset} of the current structure} */
    public int u8(int fieldOffset) {
        check(fieldOffset, 1);
        return LittleEndian.u8(table, offset + fieldOffset);
    }

    /** {@return the 16-bit value at {@code fieldOffset} of the current structure} */
    public int u16(int fieldOffset) {
        check(fieldOffset, 2);
        return LittleEndian.u16(table, offset + fieldOffset);
    }

    /** {@return the 32-bit value at {@code fieldOffset} of the current structure, as raw bits} */
    public int u32(int fieldOffset) {
        check(fieldOffset, 4);
        return LittleEndian.u32Bits(table, offset + fieldOffset);
    }

    /** {@return the 64-bit value at {@code fieldOffset} of the current structure} */
    public long u64(int fieldOffset) {
        check(fieldOffset, 8);
        return LittleEndian.u64(table, offset + fieldOffset);
    }

    /** {@return the current structure's bytes, zero copy} */
    public EntryBytes bytes() {
        checkPositioned();
        return new EntryBytes(table.asSlice(offset, available), offset);
    }

    /** {@return the current structure decoded into its record} */
    public MadtEntry decode() {
        return EntryDecoder.decode(bytes());
    }

    private void check(int fieldOffset, int width) {
        checkPositioned();
        // fieldOffset > available - width, not fieldOffset + width > available: the sum overflows
        // for an offset near Integer.MAX_VALUE and would let the read through.
        if (fieldOffset < 0 || fieldOffset > available - width) {
            throw new IllegalArgumentException("Invalid field at %d+%d of the structure at 0x%x: it has %d bytes"
                    .formatted(fieldOffset, width, offset, available));
        }
    }

    private void checkPositioned() {
        if (offset < 0) {
            throw new NoSuchElementException("The cursor is before the first structure: call advance() first");
        }
    }
}
