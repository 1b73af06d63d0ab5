package org.smpboot.acpi.processor;

import org.smpboot.acpi.internal.ApicIdSet;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.MadtCursor;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.LocalApicFlags;

/**
 * The one implementation of the processor rules: walks a MADT's processor entries in table order,
 * decides each one's {@link Disposition}, and counts. Nothing is allocated per entry: the ID sets
 * are bitmaps, plus a hash table only for IDs of 65,536 and above; {@link ProcessorView} listens to build records, {@link
 * ProcessorCounts#of} only counts.
 *
 * <p>The rules, and where they come from (details in {@code docs/madt-processors.md}):
 * <ol>
 *   <li>APIC ID 0xFF in a Local APIC entry and 0xFFFFFFFF in an x2APIC entry name no processor
 *       (Linux; Asterinas boots them).</li>
 *   <li>Online Capable counts from MADT revision 5 (ACPI 6.3), Linux's original rule; a MADT-only
 *       reader has no FADT to apply Linux's current FADT-revision rule.</li>
 *   <li>An enabled x2APIC entry for an ID that an enabled Local APIC entry lists is the same CPU;
 *       the Local APIC entry is kept wherever it is in the table (Linux; Asterinas keeps x2APIC).</li>
 *   <li>Among the remaining enabled entries, the first for an ID boots and later ones are
 *       duplicates (an error in strict mode).</li>
 *   <li>Table order is kept but the BSP is not assumed to be first: the boot identifies it by the
 *       running CPU's own APIC ID.</li>
 * </ol>
 */
final class ProcessorScanner {

    /** Receives each processor entry with its verdict; primitive arguments, so nothing is allocated. */
    interface Listener {
        /** A listener that ignores everything. */
        Listener NONE = (offset, type, uid, apicId, flags, onlineCapable, disposition) -> { };

        /**
         * One processor entry.
         *
         * @param offset        the entry's offset in the table
         * @param type          0x00 or 0x09
         * @param uid           the ACPI Processor UID
         * @param apicId        the APIC ID as raw 32 bits
         * @param flags         the Local APIC flags as raw 32 bits
         * @param onlineCapable whether Online Capable counts for this entry
         * @param disposition   the verdict
         */
        void processor(int offset, int type, long uid, int apicId, int flags, boolean onlineCapable,
                Disposition disposition);
    }

    private static final int LOCAL_APIC = EntryType.LOCAL_APIC.code();
    private static final int LOCAL_X2APIC = EntryType.LOCAL_X2APIC.code();
    private static final int GICC = EntryType.GIC_CPU_INTERFACE.code();
    private static final int RINTC = EntryType.RINTC.code();
    private static final int CORE_PIC = EntryType.CORE_PIC.code();
    /** The first revision that defines Online Capable (ACPI 6.3). */
    static final int ONLINE_CAPABLE_REVISION = 5;

    private ProcessorScanner() {
    }

    static ProcessorCounts scan(Madt madt, Listener listener) {
        boolean onlineCapableDefined = madt.revision() >= ONLINE_CAPABLE_REVISION;
        // Pass 1: which IDs enabled Local APIC entries claim, so that an x2APIC twin listed before
        // its Local APIC entry is recognised. Local APIC IDs are 8 bits: this set never allocates.
        int maxProcessors = (int) Math.min(Integer.MAX_VALUE, madt.bytes().byteSize() / EntryType.LOCAL_APIC.minimumLength());
        ApicIdSet localApicIds = new ApicIdSet(0);
        MadtCursor cursor = madt.cursor();
        while (cursor.advance()) {
            if (isComplete(cursor, LOCAL_APIC) && (cursor.u32(4) & LocalApicFlags.ENABLED_MASK) != 0
                    && cursor.u8(3) != 0xFF) {
                localApicIds.add(cursor.u8(3));
            }
        }
        // Pass 2: the verdicts, in table order.
        ApicIdSet booted = new ApicIdSet(maxProcessors);
        int localApic = 0;
        int x2Apic = 0;
        int enabled = 0;
        int onlineCapable = 0;
        int onlineCapableFlag = 0;
        int both = 0;
        long maxApicId = -1;
        int other = 0;
        int otherEnabled = 0;
        cursor = madt.cursor();
        while (cursor.advance()) {
            int type = cursor.type();
            boolean complete = complete(cursor);
            boolean lapic = complete && type == LOCAL_APIC;
            boolean x2apic = complete && type == LOCAL_X2APIC;
            if (!lapic && !x2apic) {
                if ((type == GICC || type == RINTC || type == CORE_PIC) && complete) {
                    other++;
                    otherEnabled += otherArchitectureEnabled(cursor) ? 1 : 0;
                }
                continue;
            }
            int apicId = lapic ? cursor.u8(3) : cursor.u32(4);
            int flags = lapic ? cursor.u32(4) : cursor.u32(8);
            long uid = lapic ? cursor.u8(2) : Integer.toUnsignedLong(cursor.u32(12));
            boolean isEnabled = (flags & LocalApicFlags.ENABLED_MASK) != 0;
            boolean flagSet = (flags & LocalApicFlags.ONLINE_CAPABLE_MASK) != 0;
            boolean honoured = flagSet && onlineCapableDefined;
            boolean placeholder = lapic ? apicId == 0xFF : apicId == -1;
            localApic += lapic ? 1 : 0;
            x2Apic += x2apic ? 1 : 0;
            enabled += isEnabled ? 1 : 0;
            onlineCapable += honoured ? 1 : 0;
            onlineCapableFlag += flagSet ? 1 : 0;
            both += isEnabled && flagSet ? 1 : 0;
            if (!placeholder && Integer.toUnsignedLong(apicId) > maxApicId) {
                maxApicId = Integer.toUnsignedLong(apicId);
            }
            Disposition disposition;
            if (placeholder) {
                disposition = Disposition.PLACEHOLDER;
            } else if (!isEnabled) {
                disposition = honoured ? Disposition.HOT_PLUG : Disposition.IGNORED;
            } else if (x2apic && localApicIds.contains(apicId)) {
                disposition = Disposition.TWIN;
            } else if (booted.add(apicId)) {
                disposition = Disposition.BOOT;
            } else {
                disposition = Disposition.DUPLICATE;
            }
            listener.processor(cursor.offset(), type, uid, apicId, flags, honoured, disposition);
        }
        return new ProcessorCounts(localApic, x2Apic, enabled, onlineCapable, onlineCapableFlag, both, booted.size(),
                maxApicId, other, otherEnabled);
    }

    /** A processor entry counts only if it is complete: a truncated one has no trustworthy ID. */
    private static boolean isComplete(MadtCursor cursor, int type) {
        return cursor.type() == type && complete(cursor);
    }

    private static boolean complete(MadtCursor cursor) {
        return cursor.available() == cursor.length() && cursor.length() >= EntryType.minimumLength(cursor.type());
    }

    private static boolean otherArchitectureEnabled(MadtCursor cursor) {
        int type = cursor.type();
        if (type == GICC) {
            return (cursor.u32(12) & 1) != 0;
        }
        if (type == RINTC) {
            return (cursor.u32(4) & 1) != 0;
        }
        return (cursor.u32(11) & 1) != 0;
    }
}
