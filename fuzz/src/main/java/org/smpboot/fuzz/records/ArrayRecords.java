package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.smpboot.acpi.build.AcpiImage;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.TruncatedEntry;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * The records that hold an array ({@link UnknownEntry}, {@link TruncatedEntry},
 * {@link AcpiImage.Blob}) and so write {@code equals}, {@code hashCode} and {@code toString} by
 * hand: each accepts exactly its documented domain, copies its array in and out, equals a copy
 * made from a cloned array, and differs from one whose array differs in one byte.
 *
 * <p>An unknown structure also round-trips through a strict read, like every other structure.
 *
 * @spec ACPI 6.5 §5.2.12, Table "Interrupt Controller Structure Types" (0x1F-0x7F reserved,
 *     0x80-0xFF OEM)
 */
final class ArrayRecords {

    private static final long[] TYPE_EDGES = {0, EntryType.FIRST_RESERVED - 1, EntryType.FIRST_RESERVED,
        EntryType.FIRST_OEM - 1, EntryType.FIRST_OEM, 0xFF, 0x100, -1};
    private static final long[] LENGTH_EDGES = {0, 1, 2, 3, 255, 256, -1};

    private ArrayRecords() {
    }

    /** Draws an unknown structure: Type, Length, data. */
    static void unknownEntry(FuzzedDataProvider data) {
        int offset = Draw.int32(data, MadtEntry.NOT_IN_A_TABLE, Madt.ENTRIES_OFFSET);
        int type = Draw.int32(data, TYPE_EDGES);
        int length = Draw.int32(data, LENGTH_EDGES);
        byte[] bytes = Draw.isNull(data) ? null : Draw.bytes(data);
        boolean inDomain = type >= EntryType.FIRST_RESERVED && type <= 0xFF && length >= MadtEntry.HEADER_SIZE
                && length <= 0xFF && (bytes == null || bytes.length == length - MadtEntry.HEADER_SIZE);
        UnknownEntry entry = Contract.call("UnknownEntry", inDomain, bytes == null,
                () -> new UnknownEntry(offset, type, length, bytes));
        if (entry == null) {
            return;
        }
        checkCopies("UnknownEntry", bytes, entry.data(), entry);
        if (entry.isOem() != type >= EntryType.FIRST_OEM) {
            throw Finding.of("%s says OEM %s", entry, entry.isOem());
        }
        Equality.same("an unknown structure and a copy", entry, new UnknownEntry(offset, type, length, bytes.clone()));
        if (bytes.length > 0) {
            Equality.different("unknown structures with different data", entry,
                    new UnknownEntry(offset, type, length, flipped(bytes, data)));
        }
        if (type < 0xFF) {
            Equality.different("unknown structures of different Type", entry,
                    new UnknownEntry(offset, type + 1, length, bytes));
        }
        if (length < 0xFF) {
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
            Equality.different("unknown structures of different Length", entry,
                    new UnknownEntry(offset, type, length + 1, longer));
        }
        UnknownEntry built = UnknownEntry.of(type, bytes);
        Madt madt;
        try {
            madt = Madt.parse(ByteBuffer.wrap(new MadtBuilder().add(entry).build()), Strictness.STRICT);
        } catch (AcpiException refused) {
            throw Finding.of("A strict read refused the table built from %s: %s", entry, refused.getMessage());
        }
        MadtEntry read = madt.entries().iterator().next();
        Equality.same("an unknown structure read back", new UnknownEntry(Madt.ENTRIES_OFFSET, type, length, bytes), read);
        Equality.different("unknown structures at different offsets", built, read);
    }

    /** Draws a truncated structure: Type, Length, the bytes present (usually starting with that Type and Length), reason. */
    static void truncatedEntry(FuzzedDataProvider data) {
        int offset = Draw.int32(data, 0, Madt.ENTRIES_OFFSET);
        int type = Draw.int32(data, 0, 0xFF, 0x100, -1);
        int length = Draw.int32(data, LENGTH_EDGES);
        byte[] available = Draw.isNull(data) ? null : Draw.bytes(data);
        if (available != null && available.length >= MadtEntry.HEADER_SIZE && data.consumeBoolean()) {
            available[0] = (byte) type;
            available[1] = (byte) length;
        }
        FormatRule reason = Draw.isNull(data) ? null : data.pickValue(FormatRule.values());
        boolean inDomain = (reason == null || reason == FormatRule.ENTRY_SHORTER_THAN_STRUCTURE
                || reason == FormatRule.ENTRY_OVERRUNS_TABLE)
                && (available == null || available.length >= MadtEntry.HEADER_SIZE && available.length <= length
                        && Byte.toUnsignedInt(available[0]) == type && Byte.toUnsignedInt(available[1]) == length);
        TruncatedEntry entry = Contract.call("TruncatedEntry", inDomain, available == null || reason == null,
                () -> new TruncatedEntry(offset, type, length, available, reason));
        if (entry == null) {
            return;
        }
        checkCopies("TruncatedEntry", available, entry.available(), entry);
        if (!Arrays.equals(entry.encode(), available)) {
            throw Finding.of("%s encodes to other bytes than it holds", entry);
        }
        Equality.same("a truncated structure and a copy", entry,
                new TruncatedEntry(offset, type, length, available.clone(), reason));
        Equality.different("truncated structures at different offsets", entry,
                new TruncatedEntry(offset + 1, type, length, available, reason));
        FormatRule other = reason == FormatRule.ENTRY_OVERRUNS_TABLE ? FormatRule.ENTRY_SHORTER_THAN_STRUCTURE
                : FormatRule.ENTRY_OVERRUNS_TABLE;
        Equality.different("truncated structures for different reasons", entry,
                new TruncatedEntry(offset, type, length, available, other));
        if (type < 0xFF && length < 0xFF) {
            byte[] otherHeader = available.clone();
            otherHeader[0] = (byte) (type + 1);
            Equality.different("truncated structures of different Type", entry,
                    new TruncatedEntry(offset, type + 1, length, otherHeader, reason));
            otherHeader = available.clone();
            otherHeader[1] = (byte) (length + 1);
            Equality.different("truncated structures of different Length", entry,
                    new TruncatedEntry(offset, type, length + 1, otherHeader, reason));
        }
        if (available.length > MadtEntry.HEADER_SIZE) {
            byte[] changed = available.clone();
            changed[data.consumeInt(MadtEntry.HEADER_SIZE, changed.length - 1)] ^= (byte) data.consumeInt(1, 0xFF);
            Equality.different("truncated structures with different bytes", entry,
                    new TruncatedEntry(offset, type, length, changed, reason));
        }
    }

    /** Draws a blob: an address and bytes. */
    static void blob(FuzzedDataProvider data) {
        PhysicalAddress address = Draw.isNull(data) ? null
                : PhysicalAddress.of(Draw.int64(data, 0, Long.MAX_VALUE) & Long.MAX_VALUE);
        byte[] bytes = Draw.isNull(data) ? null : Draw.bytes(data);
        // Accepted exactly when the bytes end by 2^63 - 1, where a physical address ends.
        boolean endsInRange = address == null || bytes == null || address.value() <= Long.MAX_VALUE - bytes.length;
        AcpiImage.Blob blob = Contract.call("AcpiImage.Blob", endsInRange, address == null || bytes == null,
                () -> new AcpiImage.Blob(address, bytes));
        if (blob == null) {
            return;
        }
        checkCopies("AcpiImage.Blob", bytes, blob.bytes(), blob);
        if (blob.end() != address.value() + bytes.length) {
            throw Finding.of("%s ends at %d", blob, blob.end());
        }
        Equality.same("a blob and a copy", blob, new AcpiImage.Blob(address, bytes.clone()));
        if (bytes.length > 0) {
            Equality.different("blobs with different bytes", blob, new AcpiImage.Blob(address, flipped(bytes, data)));
        }
        if (address.value() < Long.MAX_VALUE - bytes.length) {
            Equality.different("blobs at different addresses", blob, new AcpiImage.Blob(address.plus(1), bytes));
        }
    }

    /** The record copied the array in (changing the caller's array changes nothing) and hands out copies. */
    private static void checkCopies(String what, byte[] given, byte[] handedOut, Object record) {
        String before = record.toString();
        int hash = record.hashCode();
        if (!Arrays.equals(given, handedOut) || given == handedOut) {
            throw Finding.of("%s hands out %s for %s", what, Arrays.toString(handedOut), Arrays.toString(given));
        }
        if (handedOut.length > 0) {
            handedOut[0] ^= 1;
            given[given.length - 1] ^= 1;
            boolean unchanged = record.hashCode() == hash && record.toString().equals(before);
            handedOut[0] ^= 1;
            given[given.length - 1] ^= 1;
            if (!unchanged) {
                throw Finding.of("%s shares its array: changing a copy changed %s", what, before);
            }
        }
    }

    /** {@return a copy of {@code bytes} with one byte changed} */
    private static byte[] flipped(byte[] bytes, FuzzedDataProvider data) {
        byte[] changed = bytes.clone();
        changed[data.consumeInt(0, changed.length - 1)] ^= (byte) data.consumeInt(1, 0xFF);
        return changed;
    }
}
