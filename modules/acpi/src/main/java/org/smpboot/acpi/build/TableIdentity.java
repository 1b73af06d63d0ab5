package org.smpboot.acpi.build;

import java.util.Objects;

/**
 * Who made a table: the OEM and creator fields of a system description table header, which the
 * builder writes into every table it builds.
 *
 * @param oemId           6 characters, e.g. {@code "SMPBT "} (shorter values are padded with spaces)
 * @param oemTableId      8 characters
 * @param oemRevision     the OEM revision, 0 to 2^32-1
 * @param creatorId       4 characters ("Asl Compiler ID" in iasl)
 * @param creatorRevision the creator revision, 0 to 2^32-1
 * @spec ACPI 6.5 §5.2.6, Table "DESCRIPTION_HEADER Fields"
 */
public record TableIdentity(String oemId, String oemTableId, long oemRevision, String creatorId, long creatorRevision) {

    /** smpboot's own identity. */
    public static final TableIdentity SMPBOOT = new TableIdentity("SMPBT ", "SMPBOOT ", 1, "SMPB", 1);

    /** Pads the text fields and validates their widths and the revisions' ranges. */
    public TableIdentity {
        oemId = pad("OEMID", oemId, 6);
        oemTableId = pad("OEM Table ID", oemTableId, 8);
        creatorId = pad("Creator ID", creatorId, 4);
        if ((oemRevision & ~0xFFFF_FFFFL) != 0 || (creatorRevision & ~0xFFFF_FFFFL) != 0) {
            throw new IllegalArgumentException("Invalid revisions %d/%d: 32-bit fields".formatted(oemRevision, creatorRevision));
        }
    }

    private static String pad(String field, String value, int width) {
        Objects.requireNonNull(value, field);
        if (value.length() > width || value.chars().anyMatch(c -> c > 0xFF)) {
            throw new IllegalArgumentException("Invalid %s \"%s\": at most %d single-byte characters"
                    .formatted(field, value, width));
        }
        return value + " ".repeat(width - value.length());
    }
}
