package org.smpboot.acpi.processor;

import java.util.ArrayList;
import java.util.List;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.AcpiProcessorUid;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.ProcessorConflictException;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * The processors a MADT describes and the ones a kernel boots: every Processor Local APIC and
 * Local x2APIC entry in table order with its {@link Disposition}, the counts, and the problems
 * (an enabled APIC ID listed twice is an error; the rest are warnings).
 *
 * <p>The rules are smpboot's policy, Linux's where Linux and Asterinas differ; {@code
 * docs/madt-processors.md} says which and why. The BSP is not assumed to be the first entry:
 * the boot identifies it by the running CPU's APIC ID and checks it is in {@link #bootable()}.
 *
 * <p>Immutable and thread-safe.
 *
 * {@snippet :
 * Madt madt = Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT);
 * ProcessorView cpus = ProcessorView.of(madt, Strictness.STRICT);
 * int apsToWake = cpus.counts().bootable() - 1;        // all but the BSP
 * for (ApicId id : cpus.bootableApicIds()) { ... }     // in table order
 * }
 *
 * @spec ACPI 6.5 §5.2.12.2 "Processor Local APIC Structure", §5.2.12.12 "Processor Local x2APIC Structure"
 */
public final class ProcessorView {

    private final List<Processor> processors;
    private final ProcessorCounts counts;
    private final List<Problem> problems;

    private ProcessorView(List<Processor> processors, ProcessorCounts counts, List<Problem> problems) {
        this.processors = processors;
        this.counts = counts;
        this.problems = problems;
    }

    /**
     * Applies the processor rules to a parsed MADT.
     *
     * @throws ProcessorConflictException if strict and two enabled entries claim one APIC ID
     */
    public static ProcessorView of(Madt madt, Strictness strictness) {
        Problems problems = new Problems(strictness);
        List<Processor> processors = new ArrayList<>();
        boolean revisionDefinesOnlineCapable = madt.revision() >= ProcessorScanner.ONLINE_CAPABLE_REVISION;
        ProcessorCounts counts = ProcessorScanner.scan(madt, (offset, type, uid, apicId, flags, onlineCapable, disposition) -> {
            Processor processor = new Processor(offset, EntryType.lookup(type), new AcpiProcessorUid(uid),
                    ApicId.of(Integer.toUnsignedLong(apicId)), (flags & 1) != 0, onlineCapable, (flags & 2) != 0,
                    disposition);
            processors.add(processor);
            check(processor, revisionDefinesOnlineCapable, problems);
        });
        return new ProcessorView(List.copyOf(processors), counts, problems.list());
    }

    private static void check(Processor cpu, boolean revisionDefinesOnlineCapable, Problems problems) {
        switch (cpu.disposition()) {
            case DUPLICATE -> {
                Problem problem = new Problem(cpu.entryOffset(), ProcessorRule.DUPLICATE_APIC_ID,
                        describe(cpu) + " is enabled again: counted once");
                problems.report(problem, () -> new ProcessorConflictException(problem));
            }
            case TWIN -> warn(problems, cpu, ProcessorRule.LOCAL_APIC_X2APIC_TWIN,
                    " repeats an enabled Local APIC entry: the Local APIC entry is kept");
            case PLACEHOLDER -> {
                if (cpu.enabled()) {
                    warn(problems, cpu, ProcessorRule.ENABLED_PLACEHOLDER, " is enabled: never booted");
                }
            }
            case BOOT, HOT_PLUG, IGNORED -> { }
        }
        if (cpu.onlineCapableFlag() && !revisionDefinesOnlineCapable) {
            warn(problems, cpu, ProcessorRule.ONLINE_CAPABLE_BEFORE_REVISION_5,
                    " sets Online Capable in a MADT older than revision 5: ignored");
        } else if (cpu.onlineCapableFlag() && cpu.enabled()) {
            warn(problems, cpu, ProcessorRule.ENABLED_AND_ONLINE_CAPABLE, " sets both Enabled and Online Capable");
        }
    }

    /** Describes the processor only when there is something to report: most entries have nothing. */
    private static String describe(Processor cpu) {
        return (cpu.source() == EntryType.LOCAL_APIC ? "Local APIC" : "x2APIC") + " APIC ID " + cpu.apicId() + " (UID "
                + cpu.acpiProcessorUid() + ")";
    }

    private static void warn(Problems problems, Processor cpu, ProcessorRule rule, String what) {
        problems.warn(new Problem(cpu.entryOffset(), rule, describe(cpu) + what));
    }

    /** {@return every Local APIC and Local x2APIC entry, in table order} */
    public List<Processor> processors() {
        return processors;
    }

    /** {@return the processors a kernel brings up at boot, in table order} */
    public List<Processor> bootable() {
        List<Processor> bootable = new ArrayList<>(counts.bootable());
        for (Processor processor : processors) {
            if (processor.bootable()) {
                bootable.add(processor);
            }
        }
        return List.copyOf(bootable);
    }

    /** {@return the APIC IDs of {@link #bootable()}, in table order} */
    public List<ApicId> bootableApicIds() {
        List<ApicId> ids = new ArrayList<>(counts.bootable());
        for (Processor processor : processors) {
            if (processor.bootable()) {
                ids.add(processor.apicId());
            }
        }
        return List.copyOf(ids);
    }

    /** {@return the counts} */
    public ProcessorCounts counts() {
        return counts;
    }

    /** {@return the problems found, in table order} */
    public List<Problem> problems() {
        return problems;
    }
}
