package org.smpboot.fuzz.records;

import java.util.Map;
import org.smpboot.acpi.lint.LintRule;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Rule;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.fuzz.records.RecordsTarget.Subject;

/**
 * Seeds of the records target's {@code PROBLEMS} subject, one problem each: an error reported to
 * a strict and to a lenient report, a warning recorded, an error passed as a warning, and problems
 * refused for a negative offset or a missing rule.
 */
final class ProblemSeeds {

    private static final Rule ERROR = FormatRule.TABLE_CHECKSUM;
    private static final Rule WARNING = LintRule.values()[0];

    private ProblemSeeds() {
    }

    static void all(Map<String, byte[]> seeds) {
        seeds.put("builder-problems-strict-error-thrown", problem(Strictness.STRICT, 0x2C, ERROR, "sum 0x01").choice(0, 4, 0)
                .bool(true).toBytes());
        seeds.put("builder-problems-lenient-error-recorded", problem(Strictness.LENIENT, 9, ERROR, "").choice(0, 4, 4)
                .bool(true).toBytes());
        seeds.put("builder-problems-warning-recorded", problem(Strictness.STRICT, 0, WARNING, "lint").choice(0, 4, 1)
                .bool(false).toBytes());
        seeds.put("builder-problems-strict-warning-recorded", problem(Strictness.STRICT, 3, WARNING, "lint").choice(0, 4, 3)
                .bool(true).toBytes());
        seeds.put("builder-problems-refused-error-as-warning", problem(Strictness.LENIENT, 0, ERROR, "x").choice(0, 4, 2)
                .bool(false).toBytes());
        seeds.put("builder-problems-refused-negative-offset", problem(Strictness.LENIENT, -1, ERROR, "x").toBytes());
        seeds.put("builder-problems-refused-null-rule", report(Strictness.LENIENT).int64(0).isNull(true).text("x").toBytes());
    }

    /** {@return a report of {@code strictness} with one problem, drawn up to its detail} */
    private static ArgumentWriter problem(Strictness strictness, long offset, Rule rule, String detail) {
        return report(strictness).int64(offset).isNull(false).pick(ProblemValues.RULES, rule).text(detail);
    }

    private static ArgumentWriter report(Strictness strictness) {
        return new ArgumentWriter(Subject.PROBLEMS).pick(Strictness.values(), strictness).choice(0, 4, 1);
    }
}
