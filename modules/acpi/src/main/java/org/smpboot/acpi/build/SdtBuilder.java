package org.smpboot.acpi.build;

import static org.smpboot.acpi.internal.LittleEndian.putU8;
import static org.smpboot.acpi.internal.LittleEndian.putUnsigned;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.smpboot.acpi.table.Checksum;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;

/**
 * Builds a system description table: the 36-byte header with the right Length and Checksum, then
 * the body.
 *
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header"
 */
public final class SdtBuilder {

    private SdtBuilder() {
    }

    /**
     * {@return the table's bytes}
     *
     * @param signature the table's signature
     * @param revision  the table's revision, 0 to 255
     * @param identity  OEM and creator fields
     * @param body      everything after the header
     */
    public static byte[] build(Signature signature, int revision, TableIdentity identity, byte[] body) {
        if ((revision & ~0xFF) != 0) {
            throw new IllegalArgumentException("Invalid table revision %d: the field is 8 bits".formatted(revision));
        }
        long length = (long) SdtHeader.SIZE + body.length;
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Invalid table of %d bytes: too large for one array".formatted(length));
        }
        byte[] table = new byte[(int) length];
        MemorySegment bytes = MemorySegment.ofArray(table);
        MemorySegment.copy(MemorySegment.ofArray(signature.bytes()), 0, bytes, 0, Signature.LENGTH);
        putUnsigned(bytes, SdtHeader.LENGTH_OFFSET, 4, length);
        putU8(bytes, SdtHeader.REVISION_OFFSET, revision);
        putText(bytes, SdtHeader.OEM_ID_OFFSET, identity.oemId());
        putText(bytes, SdtHeader.OEM_TABLE_ID_OFFSET, identity.oemTableId());
        putUnsigned(bytes, SdtHeader.OEM_REVISION_OFFSET, 4, identity.oemRevision());
        putText(bytes, SdtHeader.CREATOR_ID_OFFSET, identity.creatorId());
        putUnsigned(bytes, SdtHeader.CREATOR_REVISION_OFFSET, 4, identity.creatorRevision());
        MemorySegment.copy(MemorySegment.ofArray(body), 0, bytes, SdtHeader.SIZE, body.length);
        return fixChecksum(table);
    }

    /**
     * Sets the Checksum byte of a table so that its Length bytes sum to zero; tests use it after
     * mutating a built table. {@return the same array}
     */
    public static byte[] fixChecksum(byte[] table) {
        MemorySegment bytes = MemorySegment.ofArray(table);
        long length = Math.min(table.length, org.smpboot.acpi.internal.LittleEndian.u32(bytes, SdtHeader.LENGTH_OFFSET));
        putU8(bytes, SdtHeader.CHECKSUM_OFFSET, 0);
        putU8(bytes, SdtHeader.CHECKSUM_OFFSET, Checksum.complement(bytes, 0, length));
        return table;
    }

    private static void putText(MemorySegment bytes, long offset, String text) {
        byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
        MemorySegment.copy(MemorySegment.ofArray(raw), 0, bytes, offset, raw.length);
    }
}
