package org.smpboot.acpi.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.SampleTables;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.ProcessorConflictException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;

class ProcessorViewTests {

    static ProcessorView view(byte[] table, Strictness strictness) {
        return ProcessorView.of(Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT), strictness);
    }

    static ProcessorView lenient(MadtBuilder builder) {
        return view(builder.build(), Strictness.LENIENT);
    }

    static List<Disposition> dispositions(ProcessorView view) {
        return view.processors().stream().map(Processor::disposition).toList();
    }

    static List<ProcessorRule> rules(ProcessorView view) {
        return view.problems().stream().map(Problem::rule).map(ProcessorRule.class::cast).toList();
    }

    static LocalApicEntry lapic(int id, LocalApicFlags flags) {
        return LocalApicEntry.of(id, ApicId.of(id), flags);
    }

    static LocalX2ApicEntry x2apic(long id, LocalApicFlags flags) {
        return LocalX2ApicEntry.of(ApicId.of(id), flags, id);
    }

    @Nested
    class DigestSample {

        @Test
        void bootsApicIds0And1And0x100() {
            ProcessorView view = view(SampleTables.DIGEST_SAMPLE, Strictness.STRICT);
            assertEquals(List.of(ApicId.of(0), ApicId.of(1), ApicId.of(0x100)), view.bootableApicIds());
        }

        @Test
        void theOnlineCapableOnlyCpuIsHotPluggable() {
            ProcessorView view = view(SampleTables.DIGEST_SAMPLE, Strictness.STRICT);
            assertEquals(List.of(Disposition.BOOT, Disposition.BOOT, Disposition.HOT_PLUG, Disposition.BOOT),
                    dispositions(view));
            assertEquals(new ProcessorCounts(3, 1, 3, 1, 1, 0, 3, 0x100, 0, 0), view.counts());
        }
    }

    @Nested
    class Placeholders {

        @Test
        void localApicId0xFFIsNeverBooted() {
            ProcessorView view = lenient(new MadtBuilder().add(lapic(0, LocalApicFlags.ENABLED))
                    .add(lapic(0xFF, LocalApicFlags.ENABLED)));
            assertEquals(List.of(Disposition.BOOT, Disposition.PLACEHOLDER), dispositions(view));
            assertEquals(List.of(ProcessorRule.ENABLED_PLACEHOLDER), rules(view));
        }

        @Test
        void x2ApicId0xFFFFFFFFIsNeverBootedAndNotTheMaximum() {
            ProcessorView view = lenient(new MadtBuilder().add(x2apic(3, LocalApicFlags.ENABLED))
                    .add(x2apic(0xFFFF_FFFFL, LocalApicFlags.DISABLED)));
            assertEquals(1, view.counts().bootable());
            assertEquals(3, view.counts().maxApicId());
        }
    }

    @Nested
    class Twins {

        @Test
        void aLocalApicAndAnX2ApicEntryForOneIdAreOneCpuAndTheLocalApicEntryIsKept() {
            ProcessorView view = lenient(new MadtBuilder().add(x2apic(1, LocalApicFlags.ENABLED))
                    .add(lapic(1, LocalApicFlags.ENABLED)));
            assertEquals(List.of(Disposition.TWIN, Disposition.BOOT), dispositions(view));
            assertEquals(1, view.counts().bootable());
            assertEquals(List.of(ProcessorRule.LOCAL_APIC_X2APIC_TWIN), rules(view));
        }

        @Test
        void x2ApicOnlyTablesBootIdsBelow255() {
            ProcessorView view = lenient(new MadtBuilder().add(x2apic(0, LocalApicFlags.ENABLED))
                    .add(x2apic(2, LocalApicFlags.ENABLED)));
            assertEquals(2, view.counts().bootable());
        }
    }

    @Nested
    class Duplicates {

        private final MadtBuilder twice = new MadtBuilder().add(lapic(4, LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(5, ApicId.of(4), LocalApicFlags.ENABLED));

        @Test
        void duplicateEnabledApicIdsAreAnErrorInStrictMode() {
            ProcessorConflictException e = assertThrows(ProcessorConflictException.class,
                    () -> view(twice.build(), Strictness.STRICT));
            assertEquals(ProcessorRule.DUPLICATE_APIC_ID, e.rule());
            assertEquals(0x34, e.offset());
        }

        @Test
        void duplicateEnabledApicIdsAreCountedOnceInLenientMode() {
            ProcessorView view = lenient(twice);
            assertEquals(1, view.counts().bootable());
            assertEquals(List.of(Disposition.BOOT, Disposition.DUPLICATE), dispositions(view));
        }

        @Test
        void idsRepeatedByDisabledEntriesAreNoProblem() {
            ProcessorView view = lenient(new MadtBuilder().add(lapic(0, LocalApicFlags.ENABLED))
                    .add(LocalApicEntry.of(1, ApicId.of(0), LocalApicFlags.DISABLED)));
            assertEquals(List.of(), view.problems());
        }
    }

    @Nested
    class OnlineCapable {

        private static final LocalApicFlags BOTH = new LocalApicFlags(3);

        @Test
        void isHonouredFromRevision5() {
            assertEquals(1, lenient(new MadtBuilder().revision(5).add(lapic(1, LocalApicFlags.ONLINE_CAPABLE)))
                    .counts().onlineCapable());
        }

        @Test
        void isIgnoredAndReportedBeforeRevision5() {
            ProcessorView view = lenient(new MadtBuilder().revision(4).add(lapic(1, LocalApicFlags.ONLINE_CAPABLE)));
            assertEquals(0, view.counts().onlineCapable());
            assertEquals(1, view.counts().onlineCapableFlagSet());
            assertEquals(List.of(Disposition.IGNORED), dispositions(view));
            assertEquals(List.of(ProcessorRule.ONLINE_CAPABLE_BEFORE_REVISION_5), rules(view));
        }

        @Test
        void setTogetherWithEnabledIsReportedAndTheCpuBoots() {
            ProcessorView view = lenient(new MadtBuilder().revision(5).add(lapic(0, BOTH)));
            assertEquals(List.of(Disposition.BOOT), dispositions(view));
            assertEquals(List.of(ProcessorRule.ENABLED_AND_ONLINE_CAPABLE), rules(view));
            assertEquals(1, view.counts().enabledAndOnlineCapable());
        }

        @Test
        void neitherFlagMeansTheEntryIsIgnored() {
            assertEquals(List.of(Disposition.IGNORED),
                    dispositions(lenient(new MadtBuilder().add(lapic(3, LocalApicFlags.DISABLED)))));
        }
    }

    @Nested
    class Counting {

        @Test
        void countsWithoutAViewAgreeWithTheView() {
            byte[] table = SampleTables.DIGEST_SAMPLE;
            Madt madt = Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT);
            assertEquals(ProcessorView.of(madt, Strictness.STRICT).counts(), ProcessorCounts.of(madt));
        }

        @Test
        void theBspNeedNotBeTheFirstEntry() {
            ProcessorView view = lenient(new MadtBuilder().add(lapic(0, LocalApicFlags.DISABLED))
                    .add(lapic(2, LocalApicFlags.ENABLED)).add(lapic(1, LocalApicFlags.ENABLED)));
            assertEquals(List.of(ApicId.of(2), ApicId.of(1)), view.bootableApicIds());
        }
    }
}
