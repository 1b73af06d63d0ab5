package org.smpboot.fuzz.madt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.AcpiProcessorUid;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.ProcessorConflictException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.Disposition;
import org.smpboot.acpi.processor.Processor;
import org.smpboot.acpi.processor.ProcessorCounts;
import org.smpboot.acpi.processor.ProcessorRule;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.fuzz.Finding;

/**
 * The processor view tells a kernel how many CPUs to wake, so its counts must be exactly what the
 * table holds: one processor per complete Local APIC or Local x2APIC structure, each counted once,
 * never a bootable CPU that is disabled, a placeholder or a repeated APIC ID.
 *
 * <ul>
 *   <li>A lenient view never throws; a strict one throws {@link ProcessorConflictException} when
 *       the lenient view records {@link ProcessorRule#DUPLICATE_APIC_ID}.</li>
 *   <li>Entry counts equal the decoded Local APIC and x2APIC records; bootable ≤ enabled ≤ entries.</li>
 *   <li>Each processor is its record, in table order: offset, source, UID, APIC ID, and the flags
 *       read from the record's {@link LocalApicFlags} (Online Capable honoured only from MADT
 *       revision {@value #ONLINE_CAPABLE_REVISION}).</li>
 *   <li>The bootable APIC IDs are distinct, none is a placeholder, and there are {@code bootable()} of them.</li>
 *   <li>The allocation-free {@link ProcessorCounts#of} agrees with the view.</li>
 * </ul>
 *
 * @spec ACPI 6.5 §5.2.12.2 "Processor Local APIC Structure", §5.2.12.12 "Processor Local x2APIC
 *     Structure"; smpboot's dispositions in {@code org.smpboot.acpi.processor.Disposition}
 */
final class ProcessorChecks {

    /** The first MADT revision that defines Online Capable (ACPI 6.3). */
    static final int ONLINE_CAPABLE_REVISION = 5;

    private ProcessorChecks() {
    }

    static void check(Madt madt, StructureWalk.Census census) {
        ProcessorView view = ProcessorView.of(madt, Strictness.LENIENT);
        ProcessorCounts counts = view.counts();
        int localApic = census.localApic();
        int x2Apic = census.localX2Apic();
        if (counts.localApicEntries() != localApic || counts.localX2ApicEntries() != x2Apic
                || view.processors().size() != localApic + x2Apic) {
            throw Finding.of("Counts %s and %d processors for %d Local APIC and %d x2APIC records",
                    counts, view.processors().size(), localApic, x2Apic);
        }
        eachProcessorIsItsRecord(madt, view.processors(), census.entries());
        List<ApicId> bootable = view.bootableApicIds();
        Set<ApicId> distinct = new HashSet<>(bootable);
        if (bootable.size() != counts.bootable() || distinct.size() != bootable.size() || counts.bootable() > counts.enabled()) {
            throw Finding.of("Bootable APIC IDs %s for counts %s", bootable, counts);
        }
        for (Processor cpu : view.bootable()) {
            if (!cpu.enabled() || cpu.disposition() != Disposition.BOOT || cpu.apicId().equals(ApicId.X2APIC_BROADCAST)
                    || cpu.source() == EntryType.LOCAL_APIC && cpu.apicId().equals(LocalApicEntry.PLACEHOLDER_APIC_ID)) {
                throw Finding.of("Processor %s is bootable", cpu);
            }
        }
        ProcessorCounts counted = ProcessorCounts.of(madt);
        if (!counted.equals(counts)) {
            throw Finding.of("ProcessorCounts.of says %s, the processor view %s", counted, counts);
        }
        // The strict view differs from the lenient one only in throwing for an error, and the one
        // error rule is a duplicate APIC ID: without one both walk the same path, so only a table
        // with a duplicate is read strictly again.
        boolean duplicate = view.problems().stream().map(Problem::rule).anyMatch(ProcessorRule.DUPLICATE_APIC_ID::equals);
        if (duplicate) {
            try {
                ProcessorView.of(madt, Strictness.STRICT);
                throw Finding.of("A strict processor view accepted a table whose lenient view recorded a duplicate APIC ID");
            } catch (ProcessorConflictException expected) {
                // the documented refusal
            }
        }
    }

    /**
     * Pairs the processors with the Local APIC and x2APIC records, in table order (the counts
     * were found equal before), and compares them field by field.
     */
    private static void eachProcessorIsItsRecord(Madt madt, List<Processor> processors, List<MadtEntry> entries) {
        boolean onlineCapableDefined = madt.revision() >= ONLINE_CAPABLE_REVISION;
        int next = 0;
        for (MadtEntry entry : entries) {
            switch (entry) {
                case LocalApicEntry lapic -> isItsRecord(processors.get(next++), EntryType.LOCAL_APIC,
                        lapic.acpiProcessorUid(), lapic.apicId(), lapic.flags(), onlineCapableDefined, entry);
                case LocalX2ApicEntry x2apic -> isItsRecord(processors.get(next++), EntryType.LOCAL_X2APIC,
                        x2apic.acpiProcessorUid(), x2apic.x2ApicId(), x2apic.flags(), onlineCapableDefined, entry);
                default -> { }
            }
        }
    }

    private static void isItsRecord(Processor cpu, EntryType source, AcpiProcessorUid uid, ApicId apicId,
            LocalApicFlags flags, boolean onlineCapableDefined, MadtEntry entry) {
        if (cpu.entryOffset() != entry.offset() || cpu.source() != source || !cpu.acpiProcessorUid().equals(uid)
                || !cpu.apicId().equals(apicId) || cpu.enabled() != flags.enabled()
                || cpu.onlineCapableFlag() != flags.onlineCapable()
                || cpu.onlineCapable() != (flags.onlineCapable() && onlineCapableDefined)) {
            throw Finding.of("Processor %s does not match its record %s", cpu, entry);
        }
    }
}
