package org.smpboot.acpi.madt.entry;

import java.util.List;
import java.util.Objects;

/**
 * One field of an interrupt controller structure: where it is, how wide, and what iasl and JSON
 * call it. The records in this package read and write their fields through these descriptors, and
 * the listing and JSON writers walk them, so each offset is written down exactly once.
 *
 * @param label  the field's name as iasl prints it (e.g. {@code "Local Apic ID"})
 * @param key    the field's name in JSON, lower camel case after the spec (e.g. {@code "apicId"})
 * @param offset the byte offset from the start of the structure
 * @param width  the size in bytes; for {@link Kind#STRING} and {@link Kind#BYTES} fields the
 *               smallest size, the field running to the end of the structure
 * @param kind   how the bytes are interpreted
 * @param flags  the single- and multi-bit fields iasl decodes below an integer field
 * @spec ACPI 6.5 §5.2.12.2-§5.2.12.19, each structure's field table
 */
public record Field(String label, String key, int offset, int width, Kind kind, List<Flag> flags) {

    /** Where every field ends at the latest: a structure's Length is one byte. */
    public static final int MAX_END = 255;

    /** How a field's bytes are interpreted. */
    public enum Kind {
        /** A little-endian unsigned integer of 1 to 8 bytes. */
        INTEGER,
        /** A NUL-terminated string that runs at most to the end of the structure. */
        STRING,
        /** Raw bytes to the end of the structure (OEM and unknown structures). */
        BYTES
    }

    /**
     * A bit field inside an integer field.
     *
     * @param label the bit field's name as iasl prints it
     * @param key   the bit field's JSON name
     * @param shift the position of its lowest bit
     * @param width its width in bits
     */
    public record Flag(String label, String key, int shift, int width) {

        /** Validates the bit range. */
        public Flag {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(key, "key");
            // Compared as width > 64 - shift: shift + width overflows for a shift near Integer.MAX_VALUE.
            if (shift < 0 || width < 1 || width > Long.SIZE - shift) {
                throw new IllegalArgumentException(
                        "Invalid flag %s at bits %d+%d: must lie within 64 bits".formatted(label, shift, width));
            }
        }

        /** {@return this bit field's value in {@code fieldValue}} */
        public long extract(long fieldValue) {
            // -1L >>> (64 - width), not (1L << width) - 1: Java shifts by width mod 64, so the
            // latter is 0 for a 64-bit flag.
            return (fieldValue >>> shift) & (-1L >>> (Long.SIZE - width));
        }
    }

    /** Validates offset, width and kind, and that the field ends by {@link #MAX_END}. */
    public Field {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        flags = List.copyOf(flags);
        if (offset < MadtEntry.HEADER_SIZE || offset > 255) {
            throw new IllegalArgumentException(
                    "Invalid offset %d of field %s: must lie after the 2-byte header and within 255".formatted(offset, label));
        }
        if (kind == Kind.INTEGER && (width < 1 || width > 8)) {
            throw new IllegalArgumentException("Invalid width %d of integer field %s: 1 to 8 bytes".formatted(width, label));
        }
        if (kind != Kind.INTEGER && (width < 0 || !flags.isEmpty())) {
            throw new IllegalArgumentException("Invalid %s field %s: width %d, %d flags".formatted(kind, label, width, flags.size()));
        }
        // width > 255 - offset, not offset + width > 255: the sum overflows for a huge width.
        if (width > MAX_END - offset) {
            throw new IllegalArgumentException("Invalid field %s at %d+%d: it must end within a %d-byte structure"
                    .formatted(label, offset, width, MAX_END));
        }
    }


    /** {@return an integer field} */
    public static Field integer(String label, String key, int offset, int width, Flag... flags) {
        return new Field(label, key, offset, width, Kind.INTEGER, List.of(flags));
    }

    /** {@return a flag: {@code width} bits from bit {@code shift}} */
    public static Flag flag(String label, String key, int shift, int width) {
        return new Flag(label, key, shift, width);
    }

    /** {@return the offset just past the field's smallest extent} */
    public int end() {
        return offset + width;
    }
}
