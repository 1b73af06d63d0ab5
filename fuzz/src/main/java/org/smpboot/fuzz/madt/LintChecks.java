package org.smpboot.fuzz.madt;

import java.util.List;
import org.smpboot.acpi.lint.MadtLinter;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Severity;
import org.smpboot.fuzz.Finding;

/**
 * The lints read any table a lenient parse returns: they never throw, every finding is a warning
 * (a table that fails a lint still decodes) at an offset inside the table, the findings come in
 * offset order, and there are at most a few per structure, so a table of many structures cannot
 * make a quadratic report.
 *
 * @spec ACPI 6.5 §5.2.12 and its structures (each lint's citation is in {@code LintRule})
 */
final class LintChecks {

    /** The most findings per structure, plus the table-level ones, before the report counts as unbounded. */
    static final int PER_STRUCTURE = 4;
    private static final int TABLE_LEVEL = 16;

    private LintChecks() {
    }

    static void check(Madt madt, List<MadtEntry> entries) {
        long structures = entries.size();
        List<Problem> findings = MadtLinter.lint(madt, entries);
        long size = madt.bytes().byteSize();
        long previous = 0;
        for (Problem finding : findings) {
            if (finding.rule().severity() != Severity.WARNING || finding.offset() >= size || finding.offset() < previous) {
                throw Finding.of("Lint finding %s: not a warning, outside the %d-byte table, or out of order", finding, size);
            }
            previous = finding.offset();
        }
        if (findings.size() > PER_STRUCTURE * structures + TABLE_LEVEL) {
            throw Finding.of("%d lint findings for %d structures", findings.size(), structures);
        }
    }
}
