package org.smpboot.acpi.listing;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.MadtCursor;
import org.smpboot.acpi.madt.entry.EntryDecoder;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.table.Checksum;
import org.smpboot.acpi.table.SdtHeader;

/**
 * Walks a parsed MADT field by field, in table order, for a {@link MadtVisitor}: the listing that
 * iasl prints, with smpboot's stopping rule.
 *
 * <p>The rule: a field is listed only if all its bytes lie inside its structure's Length and
 * inside the table. That is iasl's rule too, except that iasl lists a field that starts at (or
 * straddles) the end of a structure, reading the next structure's bytes (an 80-byte ACPI 6.3 GICC
 * shows a "TRBE Interrupt" made of the next GICC's Type and Length). Where a structure runs past
 * the table, both list the fields inside the table and stop with "terminates early".
 *
 * <p>Allocates nothing per field; the visitor decides what to keep.
 *
 * @spec ACPI 6.5 §5.2.6 (header), §5.2.12 (MADT and its structures)
 */
public final class MadtWalker {

    private MadtWalker() {
    }

    /** Visits every field of {@code madt}. */
    public static void walk(Madt madt, MadtVisitor visitor) {
        MemorySegment bytes = madt.bytes();
        int size = (int) bytes.byteSize();
        header(madt, bytes, size, visitor);
        MadtCursor cursor = madt.cursor();
        while (cursor.advance()) {
            entry(cursor, bytes, visitor);
        }
        int end = madt.entriesEnd();
        if (end < size && end >= Madt.ENTRIES_OFFSET) {
            fragment(bytes, end, size, visitor);
        }
    }

    private static void header(Madt madt, MemorySegment bytes, int size, MadtVisitor visitor) {
        SdtHeader header = madt.header();
        visitor.text(0, 4, "Signature", "signature", header.signature().value());
        visitor.integer(SdtHeader.LENGTH_OFFSET, 4, "Table Length", "length", header.length());
        visitor.integer(SdtHeader.REVISION_OFFSET, 1, "Revision", "revision", header.revision());
        int expected = (header.checksum() - Checksum.sum(bytes, 0, size)) & 0xFF;
        visitor.checksum(SdtHeader.CHECKSUM_OFFSET, header.checksum(), expected, madt.table().complete());
        visitor.text(SdtHeader.OEM_ID_OFFSET, 6, "Oem ID", "oemId", header.oemId());
        visitor.text(SdtHeader.OEM_TABLE_ID_OFFSET, 8, "Oem Table ID", "oemTableId", header.oemTableId());
        visitor.integer(SdtHeader.OEM_REVISION_OFFSET, 4, "Oem Revision", "oemRevision", header.oemRevision());
        visitor.text(SdtHeader.CREATOR_ID_OFFSET, 4, "Asl Compiler ID", "creatorId", header.creatorId());
        visitor.integer(SdtHeader.CREATOR_REVISION_OFFSET, 4, "Asl Compiler Revision", "creatorRevision",
                header.creatorRevision());
        if (size >= Madt.FLAGS_OFFSET) {
            visitor.integer(Madt.LOCAL_APIC_ADDRESS_OFFSET, 4, "Local Apic Address", "localApicAddress",
                    madt.localApicAddress());
        }
        if (size >= Madt.ENTRIES_OFFSET) {
            visitor.integer(Madt.FLAGS_OFFSET, 4, "Flags (decoded below)", "flags", Integer.toUnsignedLong(madt.flags()));
            visitor.flag("PC-AT Compatibility", "pcAtCompatible", 1, madt.flags() & Madt.PCAT_COMPAT_MASK);
        }
    }

    private static void entry(MadtCursor cursor, MemorySegment table, MadtVisitor visitor) {
        int offset = cursor.offset();
        int type = cursor.type();
        int length = cursor.length();
        int available = cursor.available();
        EntryType known = EntryType.lookup(type);
        MadtVisitor.EntryKind kind = known != null ? MadtVisitor.EntryKind.KNOWN
                : type >= EntryType.FIRST_OEM ? MadtVisitor.EntryKind.OEM : MadtVisitor.EntryKind.RESERVED;
        String name = switch (kind) {
            case KNOWN -> known.structureName();
            case RESERVED -> "Unknown Subtable Type";
            case OEM -> "Types 80-FF are used for OEM data";
        };
        visitor.startEntry(offset, type, length, name, kind);
        visitor.integer(offset + 1, 1, "Length", "length", length);
        switch (kind) {
            case KNOWN -> fields(EntryDecoder.fields(known), known, table, offset, length, available, visitor);
            case RESERVED -> visitor.note(MadtVisitor.Note.UNKNOWN_TYPE, offset, type, length);
            case OEM -> {
                if (available < length) {
                    visitor.note(MadtVisitor.Note.TERMINATES_EARLY, offset, type, length);
                } else {
                    Field data = UnknownEntry.DATA;
                    visitor.bytes(offset + data.offset(), data.label(), data.key(),
                            table.asSlice(offset + data.offset(), length - data.offset()));
                }
            }
        }
        visitor.endEntry();
    }

    private static void fields(List<Field> fields, EntryType type, MemorySegment table, int offset, int length,
            int available, MadtVisitor visitor) {
        int limit = Math.min(length, available);
        for (Field field : fields) {
            int at = offset + field.offset();
            if (field.kind() == Field.Kind.STRING) {
                if (field.offset() < limit) {
                    int end = field.offset();
                    while (end < limit && LittleEndian.u8(table, offset + end) != 0) {
                        end++;
                    }
                    visitor.string(at, end - field.offset() + (end < limit ? 1 : 0), field.label(), field.key(),
                            org.smpboot.acpi.table.AcpiText.raw(table, at, end - field.offset()));
                    continue;
                }
            } else if (field.end() <= limit) {
                long value = LittleEndian.unsigned(table, at, field.width());
                visitor.integer(at, field.width(), field.label(), field.key(), value);
                for (Field.Flag flag : field.flags()) {
                    visitor.flag(flag.label(), flag.key(), flag.width(), flag.extract(value));
                }
                continue;
            }
            if (available < length && field.end() <= length) {
                visitor.note(MadtVisitor.Note.TERMINATES_EARLY, offset, type.code(), length);
            } else if (length < type.minimumLength()) {
                visitor.note(MadtVisitor.Note.SHORTER_THAN_STRUCTURE, offset, type.code(), length);
            }
            return;
        }
    }

    /** The bytes after the walk stopped: a structure with Length 0 or 1, or a lone trailing byte. */
    private static void fragment(MemorySegment table, int offset, int size, MadtVisitor visitor) {
        int type = LittleEndian.u8(table, offset);
        EntryType known = EntryType.lookup(type);
        String name = known != null ? known.structureName()
                : type >= EntryType.FIRST_OEM ? "Types 80-FF are used for OEM data" : "Unknown Subtable Type";
        boolean hasLength = size - offset >= 2;
        int length = hasLength ? LittleEndian.u8(table, offset + 1) : 0;
        visitor.startEntry(offset, type, length, name, known != null ? MadtVisitor.EntryKind.KNOWN
                : type >= EntryType.FIRST_OEM ? MadtVisitor.EntryKind.OEM : MadtVisitor.EntryKind.RESERVED);
        if (hasLength) {
            visitor.integer(offset + 1, 1, "Length", "length", length);
            visitor.note(MadtVisitor.Note.INVALID_LENGTH, offset, type, length);
        } else {
            visitor.note(MadtVisitor.Note.TRAILING_BYTE, offset, type, 0);
        }
        visitor.endEntry();
    }
}
