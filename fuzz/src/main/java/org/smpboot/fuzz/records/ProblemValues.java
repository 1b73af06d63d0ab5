package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.smpboot.acpi.lint.LintRule;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.ChecksumException;
import org.smpboot.acpi.problem.EntryException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.ProcessorConflictException;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Rule;
import org.smpboot.acpi.problem.Severity;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.processor.ProcessorRule;
import org.smpboot.acpi.source.SourceRule;
import org.smpboot.fuzz.Finding;

/**
 * The {@code problem} package's values, from fuzzed fields: a {@link Problem} accepts exactly a
 * non-negative offset with a rule and a detail and prints as {@code 0x<offset> <rule-id>: <detail>};
 * {@link Problems} throws a strict read's errors (the exception its caller supplied, nothing
 * recorded), records everything else in order, and refuses an error passed as a warning; every
 * {@link AcpiException} carries its problem and says it as its message, and (its problem being
 * transient) has no message once deserialised.
 */
final class ProblemValues {

    /** Every rule of the library, of every concern. */
    static final Rule[] RULES = Stream.of(FormatRule.values(), ProcessorRule.values(), LintRule.values(),
            SourceRule.values()).flatMap(Stream::of).toArray(Rule[]::new);

    /** The exceptions the readers throw, each made from its problem. */
    private static final List<Function<Problem, AcpiException>> EXCEPTIONS = List.of(ChecksumException::new,
            SignatureException::new, TableLengthException::new, ProcessorConflictException::new,
            problem -> new EntryException(problem, 0, 2));

    private ProblemValues() {
    }

    /** {@return a problem drawn field by field, or {@code null} when the constructor refused, as it must} */
    static Problem problem(FuzzedDataProvider data) {
        long offset = Draw.int64(data, 0, 44, -1, Long.MIN_VALUE, Long.MAX_VALUE);
        Rule rule = Draw.isNull(data) ? null : data.pickValue(RULES);
        String detail = Draw.isNull(data) ? null : Draw.text(data);
        Problem problem = Contract.call("Problem", offset >= 0, rule == null || detail == null,
                () -> new Problem(offset, rule, detail));
        if (problem == null) {
            return null;
        }
        String id = rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!rule.id().equals(id) || !problem.toString().equals("0x" + Long.toHexString(offset) + " " + id + ": " + detail)
                || problem.isError() != (rule.severity() == Severity.ERROR)) {
            throw Finding.of("%s of rule %s (%s) prints or classifies wrongly", problem, rule, rule.severity());
        }
        return problem;
    }

    /** Reports up to four drawn problems to a strict or lenient report, as errors or warnings. */
    static void problems(FuzzedDataProvider data) {
        Problems problems = new Problems(data.pickValue(Strictness.values()));
        List<Problem> expected = new ArrayList<>();
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            Problem problem = problem(data);
            if (problem == null) {
                continue;
            }
            boolean strictError = problems.strictness() == Strictness.STRICT && problem.isError();
            AcpiException supplied = EXCEPTIONS.get(data.consumeInt(0, EXCEPTIONS.size() - 1)).apply(problem);
            if (data.consumeBoolean()) {
                try {
                    problems.report(problem, () -> supplied);
                    if (strictError) {
                        throw Finding.of("A strict report recorded the error %s", problem);
                    }
                    expected.add(problem);
                } catch (AcpiException thrown) {
                    if (!strictError || thrown != supplied) {
                        throw Finding.of("Reporting %s (%s) threw %s", problem, problems.strictness(), thrown);
                    }
                }
            } else if (Contract.call("Problems.warn", !problem.isError(), () -> warn(problems, problem)) != null) {
                expected.add(problem);
            }
            checkException(supplied, problem);
        }
        if (!problems.list().equals(expected)) {
            throw Finding.of("Recorded %s, reported %s", problems.list(), expected);
        }
    }

    private static Problems warn(Problems problems, Problem problem) {
        problems.warn(problem);
        return problems;
    }

    private static void checkException(AcpiException exception, Problem problem) {
        if (exception.problem() != problem || exception.offset() != problem.offset() || exception.rule() != problem.rule()
                || !problem.toString().equals(exception.getMessage())) {
            throw Finding.of("%s does not carry %s", exception.getClass().getSimpleName(), problem);
        }
        AcpiException copy = deserialised(exception);
        if (copy.getMessage() != null || copy.problem() != null) {
            throw Finding.of("A deserialised %s still has its transient problem: %s", copy.getClass().getSimpleName(),
                    copy.getMessage());
        }
    }

    private static AcpiException deserialised(AcpiException exception) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(exception);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (AcpiException) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw Finding.undocumented("serialising " + exception.getClass().getSimpleName(), e);
        }
    }
}
