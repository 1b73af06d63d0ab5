package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Optional;
import org.smpboot.acpi.madt.entry.AcpiProcessorUid;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MpsIntiFlags;
import org.smpboot.acpi.processor.Disposition;
import org.smpboot.acpi.processor.Processor;
import org.smpboot.acpi.processor.ProcessorCounts;
import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * The processor values and the small field values of the MADT, from fuzzed fields:
 * {@link Processor} comes only from a Local APIC or Local x2APIC entry and never honours an Online
 * Capable flag that is clear; {@link ProcessorCounts} accepts exactly consistent counts (none
 * negative, each subset no larger than its set); {@link AcpiProcessorUid} is an unsigned 32-bit
 * value, {@link MpsIntiFlags} a 16-bit field that decodes totally, {@link LocalApicFlags} any 32
 * bits; {@link EntryType} names exactly the Type bytes 0x00-0x1E.
 *
 * @spec ACPI 6.5 §5.2.12.2, §5.2.12.5 Table "MPS INTI Flags", §5.2.12.12, Table "Interrupt
 *     Controller Structure Types"
 */
final class ProcessorValues {

    private static final long[] COUNT_EDGES = {0, 1, 2, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};

    private ProcessorValues() {
    }

    /** Draws a processor. */
    static void processor(FuzzedDataProvider data) {
        int entryOffset = Draw.int32(data, 44);
        EntryType source = Draw.isNull(data) ? null : data.pickValue(EntryType.values());
        long uid = Draw.int64(data, Draw.unsignedEdges(4)) & 0xFFFF_FFFFL;
        ApicId apicId = Draw.isNull(data) ? null : ApicId.of(Draw.int64(data, Draw.unsignedEdges(4)) & 0xFFFF_FFFFL);
        boolean enabled = data.consumeBoolean();
        boolean onlineCapable = data.consumeBoolean();
        boolean onlineCapableFlag = data.consumeBoolean();
        Disposition disposition = Draw.isNull(data) ? null : data.pickValue(Disposition.values());
        boolean inDomain = (source == null || source == EntryType.LOCAL_APIC || source == EntryType.LOCAL_X2APIC)
                && (!onlineCapable || onlineCapableFlag);
        Processor processor = Contract.call("Processor", inDomain, source == null || apicId == null || disposition == null,
                () -> new Processor(entryOffset, source, new AcpiProcessorUid(uid), apicId, enabled, onlineCapable,
                        onlineCapableFlag, disposition));
        if (processor != null && processor.bootable() != (disposition == Disposition.BOOT)) {
            throw Finding.of("%s says bootable %s", processor, processor.bootable());
        }
    }

    /** Draws ten counts. */
    static void counts(FuzzedDataProvider data) {
        int localApic = Draw.int32(data, COUNT_EDGES);
        int localX2Apic = Draw.int32(data, COUNT_EDGES);
        int enabled = Draw.int32(data, COUNT_EDGES);
        int onlineCapable = Draw.int32(data, COUNT_EDGES);
        int onlineCapableFlagSet = Draw.int32(data, COUNT_EDGES);
        int enabledAndOnlineCapable = Draw.int32(data, COUNT_EDGES);
        int bootable = Draw.int32(data, COUNT_EDGES);
        long maxApicId = Draw.int64(data, -1, -2, 0, 0xFFFF_FFFFL, 0x1_0000_0000L);
        int otherEntries = Draw.int32(data, COUNT_EDGES);
        int otherEnabled = Draw.int32(data, COUNT_EDGES);
        long entries = (long) localApic + localX2Apic;
        boolean inDomain = localApic >= 0 && localX2Apic >= 0 && entries <= Integer.MAX_VALUE
                && 0 <= bootable && bootable <= enabled && enabled <= entries
                && 0 <= onlineCapable && onlineCapable <= onlineCapableFlagSet && onlineCapableFlagSet <= entries
                && 0 <= enabledAndOnlineCapable && enabledAndOnlineCapable <= Math.min(enabled, onlineCapableFlagSet)
                && 0 <= otherEnabled && otherEnabled <= otherEntries
                && -1 <= maxApicId && maxApicId <= 0xFFFF_FFFFL;
        ProcessorCounts counts = Contract.call("ProcessorCounts", inDomain, () -> new ProcessorCounts(localApic, localX2Apic,
                enabled, onlineCapable, onlineCapableFlagSet, enabledAndOnlineCapable, bootable, maxApicId, otherEntries,
                otherEnabled));
        if (counts != null && counts.entries() != entries) {
            throw Finding.of("%s counts %d entries", counts, counts.entries());
        }
    }

    /** Draws the MADT's small field values and a Type byte. */
    static void fieldValues(FuzzedDataProvider data) {
        long uid = Draw.int64(data, Draw.unsignedEdges(4));
        AcpiProcessorUid parsed = Contract.call("AcpiProcessorUid", Draw.fitsUnsigned(uid, 4),
                () -> new AcpiProcessorUid(uid));
        if (parsed != null && !parsed.toString().equals(Long.toString(uid))) {
            throw Finding.of("UID %d prints as %s", uid, parsed);
        }
        int inti = Draw.int32(data, Draw.unsignedEdges(2));
        MpsIntiFlags flags = Contract.call("MpsIntiFlags", Draw.fitsUnsigned(inti, 2), () -> new MpsIntiFlags(inti));
        if (flags != null && (flags.polarity().encoding() != (inti & 0b11)
                || flags.triggerMode().encoding() != (inti >> 2 & 0b11)
                || flags.reservedBits() != (inti & 0xFFF0)
                || !MpsIntiFlags.of(flags.polarity(), flags.triggerMode()).equals(new MpsIntiFlags(inti & 0xF)))) {
            throw Finding.of("MPS INTI flags 0x%x decode as %s, %s, reserved 0x%x", inti, flags.polarity(),
                    flags.triggerMode(), flags.reservedBits());
        }
        int raw = data.consumeInt();
        LocalApicFlags local = new LocalApicFlags(raw);
        if (local.enabled() != ((raw & 1) != 0) || local.onlineCapable() != ((raw & 2) != 0)
                || local.reservedBits() != (raw & ~3)
                || !local.toString().equals("0x%08x".formatted(raw))) {
            throw Finding.of("Local APIC flags 0x%x decode as %s", raw, local);
        }
        int code = Draw.int32(data, 0, EntryType.FIRST_RESERVED - 1, EntryType.FIRST_RESERVED, 0xFF, -1, Integer.MIN_VALUE);
        Optional<EntryType> type = EntryType.of(code);
        boolean defined = code >= 0 && code < EntryType.FIRST_RESERVED;
        if (type.isPresent() != defined || type.isPresent() && type.get().code() != code
                || EntryType.minimumLength(code) != type.map(EntryType::minimumLength).orElse(MadtEntry.HEADER_SIZE)) {
            throw Finding.of("Type byte %d looks up as %s", code, type);
        }
    }
}
