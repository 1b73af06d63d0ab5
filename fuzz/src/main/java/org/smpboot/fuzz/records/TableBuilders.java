package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.RootTableBuilder;
import org.smpboot.acpi.build.RsdpBuilder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.build.TableIdentity;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.acpi.rsdp.RsdpReader;
import org.smpboot.acpi.table.AcpiTable;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;
import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * The table builders, from fuzzed arguments: each accepts exactly its documented domain, and what
 * it builds a strict reader accepts and reads back as given (and, with one byte changed, a
 * lenient reader finds its checksum wrong): the header's fields and Length
 * ({@link SdtBuilder}, {@link TableIdentity}), the MADT's revision, Local Interrupt Controller
 * Address and Flags ({@link MadtBuilder}), the root tables' entries ({@link RootTableBuilder}),
 * the RSDP's revision, OEMID and addresses ({@link RsdpBuilder}; {@link RsdpReader} refuses any
 * shorter prefix of it).
 *
 * @spec ACPI 6.5 §5.2.5.3 (RSDP), §5.2.6 (header), §5.2.7-§5.2.8 (RSDT, XSDT), §5.2.12 (MADT)
 */
final class TableBuilders {

    private static final long[] U8_EDGES = Draw.unsignedEdges(1);
    private static final long[] U32_EDGES = Draw.unsignedEdges(4);

    private TableBuilders() {
    }

    /** {@return an identity drawn field by field, or {@code null} when the constructor refused it, as it must} */
    static TableIdentity identity(FuzzedDataProvider data) {
        String oemId = Draw.isNull(data) ? null : Draw.text(data);
        String oemTableId = Draw.isNull(data) ? null : Draw.text(data);
        long oemRevision = Draw.int64(data, U32_EDGES);
        String creatorId = Draw.isNull(data) ? null : Draw.text(data);
        long creatorRevision = Draw.int64(data, U32_EDGES);
        boolean inDomain = fitsText(oemId, SdtHeader.OEM_ID_SIZE) && fitsText(oemTableId, SdtHeader.OEM_TABLE_ID_SIZE)
                && fitsText(creatorId, SdtHeader.CREATOR_ID_SIZE) && Draw.fitsUnsigned(oemRevision, 4)
                && Draw.fitsUnsigned(creatorRevision, 4);
        boolean nullGiven = oemId == null || oemTableId == null || creatorId == null;
        TableIdentity identity = Contract.call("TableIdentity", inDomain, nullGiven,
                () -> new TableIdentity(oemId, oemTableId, oemRevision, creatorId, creatorRevision));
        if (identity != null && !(identity.oemId().equals(padded(oemId, SdtHeader.OEM_ID_SIZE))
                && identity.oemTableId().equals(padded(oemTableId, SdtHeader.OEM_TABLE_ID_SIZE))
                && identity.creatorId().equals(padded(creatorId, SdtHeader.CREATOR_ID_SIZE)))) {
            throw Finding.of("%s did not pad \"%s\", \"%s\", \"%s\" with spaces", identity, oemId, oemTableId, creatorId);
        }
        return identity;
    }

    /** Builds a table of any signature and body and reads its header back. */
    static void sdt(FuzzedDataProvider data) {
        TableIdentity identity = identity(data);
        if (identity == null) {
            return;
        }
        String text = Draw.text(data);
        Signature signature = Contract.call("Signature", text.length() == Signature.LENGTH && Draw.isLatin1(text),
                () -> Signature.of(text));
        if (signature == null) {
            return;
        }
        int revision = Draw.int32(data, U8_EDGES);
        byte[] body = Draw.bytes(data);
        byte[] table = Contract.call("SdtBuilder.build", Draw.fitsUnsigned(revision, 1),
                () -> SdtBuilder.build(signature, revision, identity, body));
        if (table == null) {
            return;
        }
        AcpiTable read = strictTable(table);
        checkHeader(read.header(), signature, SdtHeader.SIZE + body.length, revision, identity);
        if (read.header() != read.header() || !read.hasSignature(signature) || !read.complete()
                || !read.toString().equals("AcpiTable[%s, %d of %d bytes, checksum valid]"
                        .formatted(signature, table.length, table.length))) {
            throw Finding.of("A built table reads as %s", read);
        }
        // Any byte but Length's four: one changed byte changes the sum, so the checksum must fail.
        int changed = data.consumeInt(0, table.length - 5);
        table[changed < SdtHeader.LENGTH_OFFSET ? changed : changed + 4] ^= (byte) data.consumeInt(1, 0xFF);
        AcpiTable damaged;
        try {
            damaged = AcpiTable.read(MemorySegment.ofArray(table), new Problems(Strictness.LENIENT));
        } catch (AcpiException refused) {
            throw Finding.of("A lenient read refused a table with one byte changed: %s", refused.getMessage());
        }
        if (damaged.checksumValid() || !damaged.toString().endsWith("checksum invalid]")) {
            throw Finding.of("A table with one byte changed reads as %s", damaged);
        }
    }

    /** Builds a MADT with a drawn revision, identity, address and flags, and one processor, and reads them back. */
    static void madt(FuzzedDataProvider data) {
        TableIdentity identity = identity(data);
        if (identity == null) {
            return;
        }
        int revision = Draw.int32(data, U8_EDGES);
        long address = Draw.int64(data, U32_EDGES);
        int flags = Draw.int32(data, 0, 1, -1, Madt.FLAGS_RESERVED_MASK);
        MadtBuilder builder = new MadtBuilder().identity(identity).flags(flags);
        if (Contract.call("MadtBuilder.revision", Draw.fitsUnsigned(revision, 1), () -> builder.revision(revision)) == null
                || Contract.call("MadtBuilder.localApicAddress", Draw.fitsUnsigned(address, 4),
                        () -> builder.localApicAddress(address)) == null) {
            return;
        }
        byte[] table = builder.add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED)).build();
        Madt madt;
        try {
            madt = Madt.parse(ByteBuffer.wrap(table), Strictness.STRICT);
        } catch (AcpiException refused) {
            throw Finding.of("A strict read refused the MADT built with %s: %s", identity, refused.getMessage());
        }
        checkHeader(madt.header(), Signature.MADT, table.length, revision, identity);
        if (madt.revision() != revision || madt.localApicAddress() != address || madt.flags() != flags
                || madt.pcAtCompatible() != ((flags & Madt.PCAT_COMPAT_MASK) != 0) || !madt.checksumValid()
                || madt.entries(LocalApicEntry.class).size() != 1) {
            throw Finding.of("MADT built with revision %d, address 0x%x, flags 0x%x reads as %d, 0x%x, 0x%x", revision,
                    address, flags, madt.revision(), madt.localApicAddress(), madt.flags());
        }
    }

    /** Builds an RSDT or XSDT listing drawn addresses and reads them back. */
    static void rootTable(FuzzedDataProvider data) {
        TableIdentity identity = identity(data);
        if (identity == null) {
            return;
        }
        boolean xsdt = data.consumeBoolean();
        List<Long> addresses = new ArrayList<>();
        boolean inDomain = true;
        for (int i = data.consumeInt(0, 8); i > 0; i--) {
            long address = Draw.int64(data, U32_EDGES);
            addresses.add(address);
            inDomain &= xsdt || Draw.fitsUnsigned(address, 4);
        }
        byte[] table = Contract.call(xsdt ? "RootTableBuilder.xsdt" : "RootTableBuilder.rsdt", inDomain,
                () -> xsdt ? RootTableBuilder.xsdt(identity, addresses) : RootTableBuilder.rsdt(identity, addresses));
        if (table == null) {
            return;
        }
        int entrySize = xsdt ? Long.BYTES : Integer.BYTES;
        checkHeader(strictTable(table).header(), xsdt ? Signature.XSDT : Signature.RSDT,
                SdtHeader.SIZE + (long) entrySize * addresses.size(), RootTableBuilder.REVISION, identity);
        ByteBuffer entries = ByteBuffer.wrap(table, SdtHeader.SIZE, table.length - SdtHeader.SIZE)
                .order(ByteOrder.LITTLE_ENDIAN);
        for (long address : addresses) {
            long read = xsdt ? entries.getLong() : Integer.toUnsignedLong(entries.getInt());
            if (read != address) {
                throw Finding.of("A root table built with 0x%x lists 0x%x", address, read);
            }
        }
    }

    /** Builds an RSDP of a drawn revision, OEMID and addresses and reads it back. */
    static void rsdp(FuzzedDataProvider data) {
        int revision = Draw.int32(data, 0, 1, 2, 3, 0xFF, 0x100, -1);
        String oemId = Draw.isNull(data) ? null : Draw.text(data);
        long rsdtAddress = Draw.int64(data, U32_EDGES);
        long xsdtAddress = Draw.int64(data, Draw.unsignedEdges(Long.BYTES));
        boolean inDomain = Draw.fitsUnsigned(revision, 1) && Draw.fitsUnsigned(rsdtAddress, 4)
                && fitsText(oemId, SdtHeader.OEM_ID_SIZE);
        byte[] bytes = Contract.call("RsdpBuilder.build", inDomain, oemId == null,
                () -> RsdpBuilder.build(revision, oemId, rsdtAddress, xsdtAddress));
        if (bytes == null) {
            return;
        }
        Problems problems = new Problems(Strictness.STRICT);
        Rsdp rsdp;
        try {
            rsdp = RsdpReader.read(MemorySegment.ofArray(bytes), problems);
        } catch (AcpiException refused) {
            throw Finding.of("A strict read refused the RSDP built with revision %d: %s", revision, refused.getMessage());
        }
        boolean v2 = revision >= Rsdp.XSDT_REVISION;
        if (bytes.length != (v2 ? Rsdp.V2_SIZE : Rsdp.V1_SIZE) || rsdp.revision() != revision
                || !rsdp.oemId().equals(padded(oemId, SdtHeader.OEM_ID_SIZE)) || rsdp.rsdtAddress() != rsdtAddress
                || rsdp.xsdtAddress() != (v2 ? xsdtAddress : 0) || rsdp.length() != bytes.length || !rsdp.checksumValid()
                || !rsdp.extendedChecksumValid() || rsdp.usesXsdt() != (v2 && xsdtAddress != 0)) {
            throw Finding.of("RSDP built with revision %d, \"%s\", 0x%x, 0x%x reads as %s", revision, oemId, rsdtAddress,
                    xsdtAddress, rsdp);
        }
        int cut = data.consumeInt(0, bytes.length - 1);
        try {
            Rsdp prefix = RsdpReader.read(MemorySegment.ofArray(Arrays.copyOf(bytes, cut)),
                    new Problems(Strictness.LENIENT));
            throw Finding.of("The first %d bytes of a %d-byte RSDP read as %s", cut, bytes.length, prefix);
        } catch (SignatureException | TableLengthException refused) {
            // Documented for both modes: no signature in fewer than 8 bytes, else too short a structure.
            if ((cut < Rsdp.SIGNATURE.length()) != (refused instanceof SignatureException)) {
                throw Finding.of("The first %d bytes of an RSDP were refused with %s", cut, refused);
            }
        } catch (AcpiException refused) {
            throw Finding.undocumented("RsdpReader.read of %d bytes".formatted(cut), refused);
        }
        if (!RsdpReader.hasSignature(MemorySegment.ofArray(bytes), 0)
                || RsdpReader.hasSignature(MemorySegment.ofArray(bytes), data.consumeLong(bytes.length - 7, Long.MAX_VALUE))
                || RsdpReader.hasSignature(MemorySegment.ofArray(bytes), data.consumeLong(Long.MIN_VALUE, -1))) {
            throw Finding.of("hasSignature finds the RSDP signature where it is not, or misses it at 0");
        }
    }

    private static AcpiTable strictTable(byte[] table) {
        try {
            return AcpiTable.read(MemorySegment.ofArray(table), new Problems(Strictness.STRICT));
        } catch (AcpiException refused) {
            throw Finding.of("A strict read refused a built table: %s", refused.getMessage());
        }
    }

    private static void checkHeader(SdtHeader header, Signature signature, long length, int revision,
            TableIdentity identity) {
        if (!header.signature().equals(signature) || header.length() != length || header.revision() != revision
                || !header.oemId().equals(identity.oemId()) || !header.oemTableId().equals(identity.oemTableId())
                || header.oemRevision() != identity.oemRevision() || !header.creatorId().equals(identity.creatorId())
                || header.creatorRevision() != identity.creatorRevision()) {
            throw Finding.of("Built %s, %d bytes, revision %d, %s; read %s", signature, length, revision, identity, header);
        }
    }

    /** {@return whether {@code text} fits a field of {@code width} bytes: at most that many one-byte chars (null fits)} */
    private static boolean fitsText(String text, int width) {
        return text == null || text.length() <= width && Draw.isLatin1(text);
    }

    private static String padded(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
