package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.MadtCursor;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.fuzz.Finding;

/**
 * An accepted structure record is a faithful value: it encodes to its Length of bytes starting
 * with its Type and Length; a MADT holding only those bytes, built by {@link MadtBuilder}, is
 * read by a strict {@link Madt#parse} to an equal record at offset 44 (equal both ways, same hash
 * code and text, same bytes again); and the table's cursor reads each field of it in place, and
 * refuses a read outside the structure. What the record means beyond its fields is
 * {@link StructureMeaning}'s.
 *
 * @spec ACPI 6.5 §5.2.12 "Multiple APIC Description Table (MADT)", Interrupt Controller Structure[n]
 */
final class EntryRoundTrip {

    /** Field widths the cursor reads: {@code u8}, {@code u16}, {@code u32}, {@code u64}. */
    private static final int[] WIDTHS = {1, 2, 4, 8};

    private EntryRoundTrip() {
    }

    /** Checks {@code entry}, a record the shape's constructor accepted. */
    static void check(FuzzedDataProvider data, EntryShapes shape, MadtEntry entry) {
        Equality.same("a copy of a structure record", entry, EntryRecords.withOffset(shape, entry, entry.offset()));
        StructureMeaning.check(entry);
        byte[] bytes = entry.encode();
        if (entry.type() != shape.type().code() || bytes.length != entry.length()
                || Byte.toUnsignedInt(bytes[0]) != entry.type() || Byte.toUnsignedInt(bytes[1]) != entry.length()) {
            throw Finding.of("%s encodes to %d bytes %s", entry, bytes.length, Arrays.toString(bytes));
        }
        Madt madt;
        try {
            madt = Madt.parse(ByteBuffer.wrap(new MadtBuilder().add(entry).build()), Strictness.STRICT);
        } catch (AcpiException refused) {
            throw Finding.of("A strict read refused the table built from %s: %s", entry, refused.getMessage());
        }
        List<MadtEntry> read = new ArrayList<>();
        madt.entries().forEach(read::add);
        MadtEntry expected = EntryRecords.withOffset(shape, entry, Madt.ENTRIES_OFFSET);
        if (read.size() != 1 || madt.entries(shape.recordClass()).size() != 1) {
            throw Finding.of("The table built from %s reads as %s", entry, read);
        }
        Equality.same("a structure read back", expected, read.getFirst());
        if (entry.offset() != Madt.ENTRIES_OFFSET) {
            Equality.different("structures at different offsets", entry, expected);
        }
        if (!Arrays.equals(read.getFirst().encode(), bytes)) {
            throw Finding.of("%s read back as %s encodes differently", entry, read.getFirst());
        }
        checkWalkEnds(madt);
        checkCursor(data, madt, bytes);
    }

    /** The entries' iterator ends after the one structure with {@link NoSuchElementException}. */
    private static void checkWalkEnds(Madt madt) {
        Iterator<MadtEntry> entries = madt.entries().iterator();
        entries.next();
        try {
            MadtEntry extra = entries.next();
            throw Finding.of("The iterator went past the last structure to %s", extra);
        } catch (NoSuchElementException expected) {
            // The documented end of the walk.
        }
    }

    /** The cursor refuses reads before {@code advance()}, reads the structure's bytes in place, refuses reads past them. */
    private static void checkCursor(FuzzedDataProvider data, Madt madt, byte[] bytes) {
        MadtCursor cursor = madt.cursor();
        try {
            int early = cursor.u8(0);
            throw Finding.of("The cursor read %d before advance()", early);
        } catch (NoSuchElementException expected) {
            // Not positioned yet.
        }
        if (!cursor.advance() || cursor.offset() != Madt.ENTRIES_OFFSET || cursor.length() != bytes.length
                || cursor.available() != bytes.length || cursor.type() != Byte.toUnsignedInt(bytes[0])) {
            throw Finding.of("The cursor does not stand on the %d-byte structure at 44", bytes.length);
        }
        int fieldOffset = Draw.int32(data, 0, bytes.length - 1, bytes.length - 8, bytes.length, -1, Integer.MAX_VALUE - 3,
                Integer.MIN_VALUE);
        int width = WIDTHS[data.consumeInt(0, WIDTHS.length - 1)];
        boolean inside = fieldOffset >= 0 && (long) fieldOffset + width <= bytes.length;
        Long value = Contract.call("MadtCursor read of %d bytes at %d".formatted(width, fieldOffset), inside,
                () -> read(cursor, fieldOffset, width));
        if (value != null && value != littleEndian(bytes, fieldOffset, width)) {
            throw Finding.of("The cursor read 0x%x at %d+%d of %s", value, fieldOffset, width, Arrays.toString(bytes));
        }
        if (cursor.advance()) {
            throw Finding.of("The cursor found a second structure at %d", cursor.offset());
        }
    }

    private static long read(MadtCursor cursor, int fieldOffset, int width) {
        return switch (width) {
            case 1 -> cursor.u8(fieldOffset);
            case 2 -> cursor.u16(fieldOffset);
            case 4 -> Integer.toUnsignedLong(cursor.u32(fieldOffset));
            default -> cursor.u64(fieldOffset);
        };
    }

    private static long littleEndian(byte[] bytes, int offset, int width) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, width).order(ByteOrder.LITTLE_ENDIAN);
        return switch (width) {
            case 1 -> Byte.toUnsignedInt(buffer.get());
            case 2 -> Short.toUnsignedInt(buffer.getShort());
            case 4 -> Integer.toUnsignedLong(buffer.getInt());
            default -> buffer.getLong();
        };
    }
}
