package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.acpi.table.AcpiText;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;
import org.smpboot.fuzz.Finding;

/**
 * The header values of the {@code table} and {@code rsdp} packages, from fuzzed fields:
 * {@link SdtHeader} accepts exactly its documented widths (u8 Revision and Checksum, u32 Length and
 * revisions, exactly 6, 8 and 4 one-byte chars of text) and reads back from the 36 bytes an
 * independent writer lays out here; {@link Rsdp} accepts exactly its widths; {@link AcpiText}'s
 * display forms keep what the text holds up to its first NUL.
 *
 * @spec ACPI 6.5 §5.2.6, Table "DESCRIPTION_HEADER Fields"; §5.2.5.3 (RSDP)
 */
final class HeaderValues {

    private static final long[] U8_EDGES = Draw.unsignedEdges(1);
    private static final long[] U32_EDGES = Draw.unsignedEdges(4);

    private HeaderValues() {
    }

    /** Draws every field of a header, builds it, and reads it back from its bytes. */
    static void sdtHeader(FuzzedDataProvider data) {
        String signature = Draw.text(data);
        long length = Draw.int64(data, U32_EDGES);
        int revision = Draw.int32(data, U8_EDGES);
        int checksum = Draw.int32(data, U8_EDGES);
        String oemId = Draw.isNull(data) ? null : Draw.text(data);
        String oemTableId = Draw.text(data);
        long oemRevision = Draw.int64(data, U32_EDGES);
        String creatorId = Draw.text(data);
        long creatorRevision = Draw.int64(data, U32_EDGES);
        Signature parsed = Contract.call("Signature", signature.length() == Signature.LENGTH && Draw.isLatin1(signature),
                () -> new Signature(signature));
        if (parsed == null) {
            return;
        }
        boolean inDomain = Draw.fitsUnsigned(length, 4) && Draw.fitsUnsigned(revision, 1) && Draw.fitsUnsigned(checksum, 1)
                && (oemId == null || isText(oemId, SdtHeader.OEM_ID_SIZE)) && isText(oemTableId, SdtHeader.OEM_TABLE_ID_SIZE)
                && Draw.fitsUnsigned(oemRevision, 4) && isText(creatorId, SdtHeader.CREATOR_ID_SIZE)
                && Draw.fitsUnsigned(creatorRevision, 4);
        SdtHeader header = Contract.call("SdtHeader", inDomain, oemId == null, () -> new SdtHeader(parsed, length, revision,
                checksum, oemId, oemTableId, oemRevision, creatorId, creatorRevision));
        if (header == null) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.allocate(SdtHeader.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(parsed.bytes()).putInt((int) length).put((byte) revision).put((byte) checksum).put(latin1(oemId))
                .put(latin1(oemTableId)).putInt((int) oemRevision).put(latin1(creatorId)).putInt((int) creatorRevision);
        SdtHeader read = SdtHeader.read(MemorySegment.ofArray(bytes.array()));
        Equality.same("a header read back from its bytes", header, read);
        if (!AcpiText.untilNul(oemId).equals(oemId.split("\0", -1)[0])
                || !AcpiText.display(oemTableId).equals(display(oemTableId))) {
            throw Finding.of("AcpiText shows \"%s\" as \"%s\" and \"%s\" as \"%s\"", oemId, AcpiText.untilNul(oemId),
                    oemTableId, AcpiText.display(oemTableId));
        }
    }

    /** Draws the fields of an RSDP value. */
    static void rsdp(FuzzedDataProvider data) {
        int revision = Draw.int32(data, U8_EDGES);
        String oemId = Draw.isNull(data) ? null : Draw.text(data);
        long rsdtAddress = Draw.int64(data, U32_EDGES);
        long length = Draw.int64(data, U32_EDGES);
        long xsdtAddress = Draw.int64(data, Draw.unsignedEdges(Long.BYTES));
        boolean checksumValid = data.consumeBoolean();
        boolean extendedChecksumValid = data.consumeBoolean();
        boolean inDomain = Draw.fitsUnsigned(revision, 1) && Draw.fitsUnsigned(rsdtAddress, 4)
                && Draw.fitsUnsigned(length, 4) && (oemId == null || isText(oemId, Rsdp.OEM_ID_SIZE));
        Rsdp rsdp = Contract.call("Rsdp", inDomain, oemId == null, () -> new Rsdp(revision, oemId, rsdtAddress, length,
                xsdtAddress, checksumValid, extendedChecksumValid));
        if (rsdp != null && rsdp.usesXsdt() != (revision >= Rsdp.XSDT_REVISION && xsdtAddress != 0)) {
            throw Finding.of("%s says it uses the XSDT: %s", rsdp, rsdp.usesXsdt());
        }
    }

    /** {@return whether {@code text} is exactly {@code size} one-byte chars} */
    private static boolean isText(String text, int size) {
        return text.length() == size && Draw.isLatin1(text);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@return the text up to its first NUL, every char outside printable ASCII a space: how ACPICA shows a name} */
    private static String display(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.split("\0", -1)[0].toCharArray()) {
            shown.append(c >= ' ' && c <= '~' ? c : ' ');
        }
        return shown.toString();
    }
}
