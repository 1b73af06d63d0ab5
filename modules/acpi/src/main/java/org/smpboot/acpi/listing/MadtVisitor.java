package org.smpboot.acpi.listing;

import java.lang.foreign.MemorySegment;

/**
 * Receives a MADT's fields in table order from {@link MadtWalker}: the header, each structure
 * with its fields, and the notes where decoding stopped. The iasl-style text writer and the JSON
 * writer are visitors, so both list exactly the same fields.
 *
 * <p>Offsets are byte offsets from the start of the table; values are unsigned.
 */
public interface MadtVisitor {

    /** A text field of the table header (signature, OEM ID, ...), {@code raw} one char per byte. */
    void text(int offset, int width, String label, String key, String raw);

    /** An unsigned integer field of {@code width} bytes. */
    void integer(int offset, int width, String label, String key, long value);

    /** A bit field decoded from the integer field just visited. */
    void flag(String label, String key, int bits, long value);

    /** The Checksum byte; {@code expected} is the value that makes the table sum to zero. */
    void checksum(int offset, int value, int expected, boolean complete);

    /** The start of an interrupt controller structure: its Type byte (the Length field follows as an integer). */
    void startEntry(int offset, int type, int length, String typeName, EntryKind kind);

    /** The raw bytes of an OEM structure. */
    void bytes(int offset, String label, String key, MemorySegment data);

    /** A NUL-terminated string field. */
    void string(int offset, int width, String label, String key, String value);

    /** Decoding of the current structure (or of the table) stopped for the reason given. */
    void note(Note note, int offset, int type, int length);

    /** The end of the current structure. */
    void endEntry();

    /** How a structure's type is known. */
    enum EntryKind {
        /** A type ACPI defines: decoded field by field. */
        KNOWN,
        /** A reserved type (0x1F-0x7F): only Type and Length. */
        RESERVED,
        /** An OEM type (0x80-0xFF): Type, Length and the raw data. */
        OEM
    }

    /** Why decoding stopped or skipped. */
    enum Note {
        /** A reserved structure type: skipped by its Length. */
        UNKNOWN_TYPE,
        /** The structure runs past the table's end: the fields inside the table were listed. */
        TERMINATES_EARLY,
        /** The structure is shorter than its type's structure: the fields inside it were listed. */
        SHORTER_THAN_STRUCTURE,
        /** A Length of 0 or 1: the walk cannot go on. */
        INVALID_LENGTH,
        /** A single byte is left at the end of the table: no room for Type and Length. */
        TRAILING_BYTE
    }
}
