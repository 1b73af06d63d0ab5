package org.smpboot.acpi.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.acpi.internal.Hex;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.Problem;

/**
 * Lints of the processor structures: duplicate IDs and UIDs (within one structure type, so that
 * a Local APIC entry and its x2APIC twin do not count), reserved flag bits, IDs in the wrong
 * structure type, and x86 tables without processors.
 */
final class ProcessorLints {

    private ProcessorLints() {
    }

    static void check(List<MadtEntry> entries, List<Problem> findings) {
        Map<Long, Integer> lapicIds = new HashMap<>();
        Map<Long, Integer> x2apicIds = new HashMap<>();
        Map<Long, Integer> lapicUids = new HashMap<>();
        Map<Long, Integer> x2apicUids = new HashMap<>();
        int lapics = 0;
        int x2apics = 0;
        long lowX2apics = 0;
        boolean x86 = false;
        for (MadtEntry entry : entries) {
            x86 |= entry.type() <= 0x0A;
            switch (entry) {
                case LocalApicEntry lapic -> {
                    lapics++;
                    flags(lapic.offset(), lapic.flags(), findings);
                    if (lapic.isPlaceholder()) {
                        if (lapic.flags().enabled()) {
                            findings.add(new Problem(lapic.offset(), LintRule.LOCAL_APIC_ID_ABOVE_254,
                                    "an enabled Local APIC entry with APIC ID 0xFF"));
                        }
                        continue;
                    }
                    unique(lapicIds, lapic.apicId().unsignedValue(), lapic.offset(), LintRule.DUPLICATE_APIC_ID,
                            "Local APIC ID", findings);
                    unique(lapicUids, lapic.acpiProcessorUid().value(), lapic.offset(), LintRule.DUPLICATE_PROCESSOR_UID,
                            "Local APIC ACPI Processor UID", findings);
                }
                case LocalX2ApicEntry x2apic -> {
                    x2apics++;
                    flags(x2apic.offset(), x2apic.flags(), findings);
                    if (x2apic.reserved() != 0) {
                        findings.add(new Problem(x2apic.offset(), LintRule.RESERVED_FIELD_NOT_ZERO,
                                "x2APIC Reserved 0x" + Hex.of(x2apic.reserved(), 4)));
                    }
                    if (x2apic.isPlaceholder()) {
                        continue;
                    }
                    lowX2apics += x2apic.x2ApicId().unsignedValue() < 0xFF ? 1 : 0;
                    unique(x2apicIds, x2apic.x2ApicId().unsignedValue(), x2apic.offset(), LintRule.DUPLICATE_APIC_ID,
                            "x2APIC ID", findings);
                    unique(x2apicUids, x2apic.acpiProcessorUid().value(), x2apic.offset(),
                            LintRule.DUPLICATE_PROCESSOR_UID, "x2APIC ACPI Processor UID", findings);
                }
                default -> { }
            }
        }
        if (x86 && lapics + x2apics == 0) {
            findings.add(new Problem(44, LintRule.NO_PROCESSORS, "APIC structures but no Local APIC or x2APIC entry"));
        }
        if (lapics == 0 && lowX2apics > 0) {
            findings.add(new Problem(44, LintRule.X2APIC_ONLY_TABLE,
                    lowX2apics + " x2APIC entries with IDs below 255 and no Local APIC entry"));
        }
    }

    private static void flags(int offset, LocalApicFlags flags, List<Problem> findings) {
        if (flags.reservedBits() != 0) {
            findings.add(new Problem(offset, LintRule.RESERVED_FLAG_BITS,
                    "Local APIC Flags 0x" + Hex.of(Integer.toUnsignedLong(flags.value()), 8) + " set reserved bits 2-31"));
        }
    }

    private static void unique(Map<Long, Integer> seen, long value, int offset, LintRule rule, String what,
            List<Problem> findings) {
        Integer first = seen.putIfAbsent(value, offset);
        if (first != null) {
            findings.add(new Problem(offset, rule, what + " " + value + " also at 0x" + Hex.of(first, 1)));
        }
    }
}
