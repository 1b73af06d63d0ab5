package org.smpboot.acpi.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.SampleTables;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.corpus.Corpus;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.AcpiProcessorUid;
import org.smpboot.acpi.madt.entry.InterruptSourceOverrideEntry;
import org.smpboot.acpi.madt.entry.IoApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicAddressOverrideEntry;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalApicNmiEntry;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;

class MadtLinterTests {

    static List<LintRule> rules(MadtBuilder builder) {
        Madt madt = Madt.parse(MemorySegment.ofArray(builder.build()), Strictness.LENIENT);
        return MadtLinter.lint(madt).stream().map(Problem::rule).map(LintRule.class::cast).toList();
    }

    static MadtBuilder cpus() {
        return new MadtBuilder().add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                .add(new IoApicEntry(-1, 12, 1, 0, 0xFEC0_0000L, 0));
    }

    @Test
    void aCleanTableHasNoFindings() {
        assertEquals(List.of(), rules(cpus()));
    }

    @Nested
    class Processors {

        @Test
        void duplicateApicIdsAmongAnyEntriesAreReported() {
            assertEquals(List.of(LintRule.DUPLICATE_APIC_ID), rules(cpus()
                    .add(LocalApicEntry.of(1, ApicId.of(0), LocalApicFlags.DISABLED))));
        }

        @Test
        void duplicateUidsAreReported() {
            assertEquals(List.of(LintRule.DUPLICATE_PROCESSOR_UID), rules(cpus()
                    .add(LocalApicEntry.of(0, ApicId.of(1), LocalApicFlags.ENABLED))));
        }

        @Test
        void reservedLocalApicFlagBitsAreReported() {
            assertEquals(List.of(LintRule.RESERVED_FLAG_BITS), rules(cpus()
                    .add(LocalApicEntry.of(1, ApicId.of(1), new LocalApicFlags(0x5)))));
        }

        @Test
        void anEnabledLocalApicWithId255IsReported() {
            assertEquals(List.of(LintRule.LOCAL_APIC_ID_ABOVE_254), rules(cpus()
                    .add(new LocalApicEntry(-1, 8, new AcpiProcessorUid(9), ApicId.of(0xFF), LocalApicFlags.ENABLED))));
        }

        @Test
        void x2ApicOnlyTablesWithLowIdsAreReported() {
            assertEquals(List.of(LintRule.X2APIC_ONLY_TABLE), rules(new MadtBuilder()
                    .add(LocalX2ApicEntry.of(ApicId.of(2), LocalApicFlags.ENABLED, 0))
                    .add(new IoApicEntry(-1, 12, 1, 0, 0xFEC0_0000L, 0))));
        }

        @Test
        void anX86TableWithoutProcessorsIsReported() {
            assertEquals(List.of(LintRule.NO_PROCESSORS), rules(new MadtBuilder()
                    .add(new IoApicEntry(-1, 12, 1, 0, 0xFEC0_0000L, 0))));
        }
    }

    @Nested
    class Interrupts {

        @Test
        void pcatCompatWithoutAnIoApicIsReported() {
            assertEquals(List.of(LintRule.PCAT_COMPAT_WITHOUT_IO_APIC), rules(new MadtBuilder()
                    .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))));
        }

        @Test
        void ioApicsSharingAGsiBaseOverlap() {
            assertEquals(List.of(LintRule.OVERLAPPING_IO_APICS), rules(cpus()
                    .add(new IoApicEntry(-1, 12, 2, 0, 0xFEC0_1000L, 0))));
        }

        @Test
        void anOverrideOfANonIsaBusIsReported() {
            assertEquals(List.of(LintRule.INVALID_INTERRUPT_SOURCE_OVERRIDE), rules(cpus()
                    .add(new InterruptSourceOverrideEntry(-1, 10, 1, 9, 9, 0xD))));
        }

        @Test
        void theReservedPolarityEncodingIsReported() {
            assertEquals(List.of(LintRule.INVALID_INTERRUPT_SOURCE_OVERRIDE), rules(cpus()
                    .add(new InterruptSourceOverrideEntry(-1, 10, 0, 9, 9, 0x2))));
        }

        @Test
        void aLintInputAbove1IsReported() {
            assertEquals(List.of(LintRule.INVALID_LOCAL_APIC_NMI_LINT), rules(cpus()
                    .add(new LocalApicNmiEntry(-1, 6, 0xFF, 0x5, 2))));
        }

        @Test
        void aMailboxOffA4KiBBoundaryIsReported() {
            assertEquals(List.of(LintRule.INVALID_WAKEUP_MAILBOX), rules(cpus()
                    .add(MultiprocessorWakeupEntry.ofVersion0(0x7F010))));
        }
    }

    @Nested
    class Structures {

        @Test
        void aSecondAddressOverrideIsReported() {
            LocalApicAddressOverrideEntry override = new LocalApicAddressOverrideEntry(-1, 12, 0, 0xFEE0_0000L);
            assertEquals(List.of(LintRule.REPEATED_SINGLETON), rules(cpus().add(override).add(override)));
        }

        @Test
        void aReservedStructureTypeIsReported() {
            assertEquals(List.of(LintRule.RESERVED_STRUCTURE_TYPE), rules(cpus().add(UnknownEntry.of(0x7F, new byte[10]))));
        }

        @Test
        void aFixedStructureOfAnotherLengthIsReported() {
            assertEquals(List.of(LintRule.UNEXPECTED_LENGTH), rules(cpus()
                    .add(new LocalApicEntry(-1, 12, new AcpiProcessorUid(1), ApicId.of(1), LocalApicFlags.ENABLED))));
        }

        @Test
        void reservedMadtFlagBitsAreReported() {
            assertEquals(List.of(LintRule.RESERVED_FLAG_BITS), rules(cpus().flags(0x3)));
        }
    }

    @Test
    void theDigestSampleIsClean() {
        Madt madt = Madt.parse(MemorySegment.ofArray(SampleTables.DIGEST_SAMPLE), Strictness.STRICT);
        assertEquals(List.of(), MadtLinter.lint(madt));
    }

    @Test
    void everyCorpusTableLintsAndTheFindingsAreWhatTheReadmeSays() {
        Map<String, Integer> byRule = new TreeMap<>();
        for (Corpus.Table table : Corpus.get().tables()) {
            Madt madt = Madt.parse(MemorySegment.ofArray(table.bytes()), Strictness.LENIENT);
            MadtLinter.lint(madt).forEach(p -> byRule.merge(p.rule().id(), 1, Integer::sum));
        }
        assertTrue(byRule.containsKey("reserved-structure-type"), byRule.toString());
        assertTrue(byRule.containsKey("x2apic-only-table"), byRule.toString());
        assertTrue(byRule.containsKey("duplicate-apic-id"), byRule.toString());
    }
}
