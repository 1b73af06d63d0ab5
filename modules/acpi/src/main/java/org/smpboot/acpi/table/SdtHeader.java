package org.smpboot.acpi.table;

import static org.smpboot.acpi.internal.LittleEndian.u32;
import static org.smpboot.acpi.internal.LittleEndian.u8;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The 36-byte header that starts every ACPI system description table but the RSDP and FACS.
 *
 * <pre>
 * offset size field
 *  0     4    Signature
 *  4     4    Length            whole table, header included
 *  8     1    Revision
 *  9     1    Checksum          whole table sums to 0
 * 10     6    OEMID
 * 16     8    OEM Table ID
 * 24     4    OEM Revision
 * 28     4    Creator ID        ("Asl Compiler ID" in iasl)
 * 32     4    Creator Revision
 * </pre>
 *
 * @param signature       the table's signature
 * @param length          the Length field, 0 to 2^32-1 (checked against the buffer by {@link AcpiTable})
 * @param revision        the Revision field, 0 to 255
 * @param checksum        the Checksum byte, 0 to 255
 * @param oemId           the 6 OEMID bytes, one char per byte (see {@link AcpiText})
 * @param oemTableId      the 8 OEM Table ID bytes, one char per byte
 * @param oemRevision     the OEM Revision, 0 to 2^32-1
 * @param creatorId       the 4 Creator ID bytes, one char per byte
 * @param creatorRevision the Creator Revision, 0 to 2^32-1
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header", Table "DESCRIPTION_HEADER Fields"
 */
public record SdtHeader(Signature signature, long length, int revision, int checksum, String oemId,
        String oemTableId, long oemRevision, String creatorId, long creatorRevision) {

    /** The size of the header. */
    public static final int SIZE = 36;
    /** Offset of Length (u32). */
    public static final int LENGTH_OFFSET = 4;
    /** Offset of Revision (u8). */
    public static final int REVISION_OFFSET = 8;
    /** Offset of Checksum (u8). */
    public static final int CHECKSUM_OFFSET = 9;
    /** Offset of OEMID (6 bytes). */
    public static final int OEM_ID_OFFSET = 10;
    /** Size of OEMID. */
    public static final int OEM_ID_SIZE = 6;
    /** Offset of OEM Table ID (8 bytes). */
    public static final int OEM_TABLE_ID_OFFSET = 16;
    /** Size of OEM Table ID. */
    public static final int OEM_TABLE_ID_SIZE = 8;
    /** Offset of OEM Revision (u32). */
    public static final int OEM_REVISION_OFFSET = 24;
    /** Offset of Creator ID (4 bytes). */
    public static final int CREATOR_ID_OFFSET = 28;
    /** Size of Creator ID. */
    public static final int CREATOR_ID_SIZE = 4;
    /** Offset of Creator Revision (u32). */
    public static final int CREATOR_REVISION_OFFSET = 32;

    /** Validates each field's range and width. */
    public SdtHeader {
        Objects.requireNonNull(signature, "signature");
        checkU32("Length", length);
        checkU8("Revision", revision);
        checkU8("Checksum", checksum);
        checkText("OEMID", oemId, OEM_ID_SIZE);
        checkText("OEM Table ID", oemTableId, OEM_TABLE_ID_SIZE);
        checkU32("OEM Revision", oemRevision);
        checkText("Creator ID", creatorId, CREATOR_ID_SIZE);
        checkU32("Creator Revision", creatorRevision);
    }

    /**
     * {@return the header at the start of {@code segment}}
     *
     * @throws IndexOutOfBoundsException if the segment is shorter than {@link #SIZE}: callers
     *     check the size first and report {@code TABLE_SHORTER_THAN_HEADER}
     */
    public static SdtHeader read(MemorySegment segment) {
        return new SdtHeader(
                new Signature(AcpiText.raw(segment, 0, Signature.LENGTH)),
                u32(segment, LENGTH_OFFSET),
                u8(segment, REVISION_OFFSET),
                u8(segment, CHECKSUM_OFFSET),
                AcpiText.raw(segment, OEM_ID_OFFSET, OEM_ID_SIZE),
                AcpiText.raw(segment, OEM_TABLE_ID_OFFSET, OEM_TABLE_ID_SIZE),
                u32(segment, OEM_REVISION_OFFSET),
                AcpiText.raw(segment, CREATOR_ID_OFFSET, CREATOR_ID_SIZE),
                u32(segment, CREATOR_REVISION_OFFSET));
    }

    private static void checkU8(String field, int value) {
        if ((value & ~0xFF) != 0) {
            throw new IllegalArgumentException("Invalid %s %d: the field is 8 bits".formatted(field, value));
        }
    }

    private static void checkU32(String field, long value) {
        if ((value & ~0xFFFF_FFFFL) != 0) {
            throw new IllegalArgumentException("Invalid %s %d: the field is 32 bits".formatted(field, value));
        }
    }

    private static void checkText(String field, String value, int size) {
        Objects.requireNonNull(value, field);
        if (value.length() != size || value.chars().anyMatch(c -> c > 0xFF)) {
            throw new IllegalArgumentException("Invalid %s \"%s\": must be %d single-byte characters"
                    .formatted(field, value, size));
        }
    }
}
