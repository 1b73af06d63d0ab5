package org.smpboot.fuzz.madt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.MadtCursor;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.madt.entry.TruncatedEntry;
import org.smpboot.fuzz.Finding;

/**
 * The decoded interrupt controller structures are the table's, no more: each starts inside the
 * table after the previous one ends, carries the Type and Length bytes found at its offset, and
 * the cursor and the decoded records walk the same structures. Since every structure is at least
 * 2 bytes, there are never more than {@code (size - 44) / 2} of them. A table a strict read accepts
 * decodes without a {@link TruncatedEntry}.
 *
 * @spec ACPI 6.5 §5.2.12, "Interrupt Controller Structure[n]": Type (1 byte), Length (1 byte,
 *     the whole structure)
 */
final class StructureWalk {

    private StructureWalk() {
    }

    /**
     * What the walk counted, for the processor checks.
     *
     * @param localApic   decoded Processor Local APIC records
     * @param localX2Apic decoded Processor Local x2APIC records
     * @param wakeup      the first Multiprocessor Wakeup record, if any
     * @param entries     every decoded record, in table order (decoded once, shared by the other checks)
     */
    record Census(int localApic, int localX2Apic, Optional<MultiprocessorWakeupEntry> wakeup, List<MadtEntry> entries) {

        /** Copies the list. */
        Census {
            entries = List.copyOf(entries);
        }

        /** {@return how many records were decoded} */
        long structures() {
            return entries.size();
        }
    }

    /** {@return the census of {@code madt}'s records}, after checking that they are the table's */
    static Census check(Madt madt, boolean strictAccepts) {
        long size = madt.bytes().byteSize();
        long most = Math.max(0, (size - Madt.ENTRIES_OFFSET) / MadtEntry.HEADER_SIZE);
        MadtCursor cursor = madt.cursor();
        long count = 0;
        long end = Madt.ENTRIES_OFFSET;
        int localApic = 0;
        int localX2Apic = 0;
        MultiprocessorWakeupEntry wakeup = null;
        List<MadtEntry> entries = new ArrayList<>();
        for (MadtEntry entry : madt.entries()) {
            entries.add(entry);
            if (wakeup == null && entry instanceof MultiprocessorWakeupEntry first) {
                wakeup = first;
            }
            localApic += entry instanceof LocalApicEntry ? 1 : 0;
            localX2Apic += entry instanceof LocalX2ApicEntry ? 1 : 0;
            if (!cursor.advance()) {
                throw Finding.of("The records go on after the cursor's last structure: %s", entry);
            }
            count++;
            if (count > most) {
                throw Finding.of("%d structures decoded from a %d-byte table, which holds at most %d", count, size, most);
            }
            if (entry.offset() != cursor.offset() || entry.offset() < end || entry.offset() >= size) {
                throw Finding.of("Structure %d at offset %d: the cursor is at %d, the previous one ends at %d, the table at %d",
                        count, entry.offset(), cursor.offset(), end, size);
            }
            if (entry.type() != cursor.type() || entry.length() != cursor.length()) {
                throw Finding.of("Structure at offset %d decoded as Type 0x%02x Length %d, the bytes say 0x%02x and %d",
                        entry.offset(), entry.type(), entry.length(), cursor.type(), cursor.length());
            }
            if (strictAccepts && entry instanceof TruncatedEntry truncated) {
                throw Finding.of("A table the strict read accepts decoded a truncated structure: %s", truncated);
            }
            end = (long) entry.offset() + Math.max(entry.length(), MadtEntry.HEADER_SIZE);
        }
        if (cursor.advance()) {
            throw Finding.of("The cursor finds a structure at offset %d after the last record", cursor.offset());
        }
        if (strictAccepts && end > size) {
            throw Finding.of("A structure ends at %d, past the %d-byte table the strict read accepted", end, size);
        }
        return new Census(localApic, localX2Apic, Optional.ofNullable(wakeup), entries);
    }
}
