package org.smpboot.fuzz.madt;

import java.lang.foreign.MemorySegment;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.fuzz.Finding;

/**
 * The strict and lenient MADT reads agree: the oracle of {@code Madt.parse} in both modes.
 *
 * <ul>
 *   <li>Only {@link AcpiException}s escape (anything else propagates to Jazzer as a finding).</li>
 *   <li>A lenient read throws only when no table can be located at all: fewer bytes than a
 *       header, a Length below the header, or another table's signature
 *       ({@link FormatRule#TABLE_SHORTER_THAN_HEADER}, {@link FormatRule#SIGNATURE_MISMATCH}).
 *       Then the strict read throws too (that error, or one found before it).</li>
 *   <li>Otherwise a strict read succeeds exactly when the lenient one recorded no error, and when
 *       it fails it throws the first error the lenient read recorded.</li>
 * </ul>
 *
 * @spec ACPI 6.5 §5.2.6 (header), §5.2.12 (MADT); {@code org.smpboot.acpi.problem.Strictness}
 */
final class ParseAgreement {

    private ParseAgreement() {
    }

    /** {@return the lenient read of {@code table}, or null when no table could be located} */
    static Madt check(MemorySegment table) {
        Madt lenient;
        try {
            lenient = Madt.parse(table, Strictness.LENIENT);
        } catch (AcpiException unlocatable) {
            if (unlocatable.rule() != FormatRule.TABLE_SHORTER_THAN_HEADER
                    && unlocatable.rule() != FormatRule.SIGNATURE_MISMATCH) {
                throw Finding.of("A lenient MADT read threw %s; it may throw only when no header is located", unlocatable);
            }
            // A strict read stops at the first error, which may come before the one no read survives.
            if (strictProblem(table) == null) {
                throw Finding.of("No table could be located (%s), yet a strict read succeeded", unlocatable);
            }
            return null;
        }
        Problem firstError = lenient.problems().stream().filter(Problem::isError).findFirst().orElse(null);
        Problem strict = strictProblem(table);
        if (firstError == null && strict != null) {
            throw Finding.of("A strict MADT read threw %s, but a lenient read recorded no error", strict);
        }
        if (firstError != null && !firstError.equals(strict)) {
            throw Finding.of("A lenient MADT read recorded %s first, but a strict read %s", firstError,
                    strict == null ? "succeeded" : "threw " + strict);
        }
        return lenient;
    }

    /** {@return the problem a strict read throws, or null if it succeeds} */
    private static Problem strictProblem(MemorySegment table) {
        try {
            Madt.parse(table, Strictness.STRICT);
            return null;
        } catch (AcpiException rejected) {
            return rejected.problem();
        }
    }
}
