package org.smpboot.cli.madt;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.smpboot.acpi.lint.MadtLinter;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorView;

/**
 * One MADT decoded for the command line: the table, its processors, every problem found, and
 * (with {@code --lint}) the lint findings.
 *
 * @param source     where the table came from
 * @param madt       the table
 * @param processors the processor view
 * @param problems   structural and processor problems, in order of discovery
 * @param lints      lint findings, empty unless asked for
 */
record MadtDecoding(String source, Madt madt, ProcessorView processors, List<Problem> problems, List<Problem> lints) {

    /**
     * Decodes a table.
     *
     * @throws org.smpboot.acpi.problem.AcpiException for a table that cannot be located at all, or
     *     the first error of a strict decode
     */
    static MadtDecoding of(MemorySegment table, String source, List<Problem> sourceProblems, Strictness strictness,
            boolean lint) {
        Madt madt = Madt.parse(table, strictness);
        ProcessorView processors = ProcessorView.of(madt, strictness);
        List<Problem> problems = new ArrayList<>(sourceProblems);
        problems.addAll(madt.problems());
        problems.addAll(processors.problems());
        return new MadtDecoding(source, madt, processors, List.copyOf(problems),
                lint ? MadtLinter.lint(madt) : List.of());
    }
}
