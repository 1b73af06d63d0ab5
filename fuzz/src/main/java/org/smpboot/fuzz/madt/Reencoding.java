package org.smpboot.fuzz.madt;

import java.lang.foreign.ValueLayout;
import java.util.BitSet;
import java.util.List;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.TableIdentity;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.EntryDecoder;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.fuzz.Finding;

/**
 * A table the strict read accepts, rebuilt by {@link MadtBuilder} from its header and its decoded
 * records, gives back the input's bytes: decoder and encoder agree on every field.
 *
 * <p>The one allowed difference is a byte no record models, a reserved byte or padding beyond a
 * structure's last field, that the input sets: the builder writes the spec's zero there, so such a
 * table is not well formed and cannot round-trip. Every modeled byte must match (and then the
 * Checksum, computed over all bytes, matches unless an unmodeled byte differs).
 *
 * @spec ACPI 6.5 §5.2.12 (each structure's fields; reserved fields are zero)
 */
final class Reencoding {

    private Reencoding() {
    }

    /** Checks {@code madt}, whose bytes (Length of them: what follows is not the table's) a strict read accepts. */
    static void check(Madt madt, List<MadtEntry> entries) {
        byte[] input = madt.bytes().toArray(ValueLayout.JAVA_BYTE);
        SdtHeader header = madt.header();
        MadtBuilder builder = new MadtBuilder()
                .revision(header.revision())
                .identity(new TableIdentity(header.oemId(), header.oemTableId(), header.oemRevision(), header.creatorId(),
                        header.creatorRevision()))
                .localApicAddress(madt.localApicAddress())
                .flags(madt.flags());
        entries.forEach(builder::add);
        byte[] rebuilt = builder.build();
        if (rebuilt.length != input.length) {
            throw Finding.of("The rebuilt table has %d bytes, the input %d", rebuilt.length, input.length);
        }
        BitSet modeled = modeledBytes(entries, input);
        boolean unmodeledDiffers = false;
        for (int i = 0; i < input.length; i++) {
            if (rebuilt[i] == input[i]) {
                continue;
            }
            if (modeled.get(i)) {
                throw Finding.of("Rebuilt byte %d (0x%x) is 0x%02x, the input's 0x%02x: decoder and encoder disagree",
                        i, i, rebuilt[i], input[i]);
            }
            if (i != SdtHeader.CHECKSUM_OFFSET) {
                unmodeledDiffers = true;
            }
        }
        if (rebuilt[SdtHeader.CHECKSUM_OFFSET] != input[SdtHeader.CHECKSUM_OFFSET] && !unmodeledDiffers) {
            throw Finding.of("Only the Checksum of the rebuilt table differs from the input's");
        }
    }

    /** {@return the bytes some field of the header, the fixed fields or a record models} */
    private static BitSet modeledBytes(List<MadtEntry> entries, byte[] input) {
        BitSet modeled = new BitSet(input.length);
        modeled.set(0, Madt.ENTRIES_OFFSET);
        modeled.clear(SdtHeader.CHECKSUM_OFFSET);
        for (MadtEntry entry : entries) {
            int start = entry.offset();
            int length = entry.length();
            modeled.set(start, start + MadtEntry.HEADER_SIZE);
            EntryType type = EntryType.lookup(entry.type());
            List<Field> fields = type == null ? List.of(UnknownEntry.DATA) : EntryDecoder.fields(type);
            for (Field field : fields) {
                switch (field.kind()) {
                    case INTEGER -> {
                        if (field.end() <= length) {
                            modeled.set(start + field.offset(), start + field.end());
                        }
                    }
                    case BYTES -> modeled.set(start + field.offset(), start + length);
                    case STRING -> modeled.set(start + field.offset(), stringEnd(input, start + field.offset(), start + length));
                }
            }
        }
        return modeled;
    }

    /**
     * {@return where a NUL-terminated string field's modeled bytes end in the table}: just past its
     * NUL, or one byte short of the structure's end if it has none (the record keeps the string
     * plus a NUL inside Length, so a string that fills the structure loses its last byte: such a
     * table is not well formed).
     */
    private static int stringEnd(byte[] input, int from, int structureEnd) {
        for (int i = from; i < structureEnd; i++) {
            if (input[i] == 0) {
                return i + 1;
            }
        }
        return structureEnd - 1;
    }
}
