package org.smpboot.cli.madt;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.smpboot.acpi.problem.Rule;
import org.smpboot.acpi.processor.ProcessorCounts;

/**
 * The counts of a batch decode: how many files were MADTs, decoded or failed, which rules were
 * broken how often, and how many processors the tables describe. Each chunk of files fills its
 * own summary; the batch adds them up in file order. Not thread-safe.
 */
final class BatchSummary {

    private int files;
    private int decoded;
    private int skipped;
    private int failed;
    private int withProblems;
    private long processorEntries;
    private long enabled;
    private long bootable;
    private final Map<String, Integer> problems = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<String, Integer> lints = new TreeMap<>();

    void skip() {
        files++;
        skipped++;
    }

    void fail(Rule rule) {
        files++;
        failed++;
        failures.merge(rule.id(), 1, Integer::sum);
    }

    void add(MadtDecoding decoding) {
        files++;
        decoded++;
        withProblems += decoding.problems().isEmpty() ? 0 : 1;
        decoding.problems().forEach(p -> problems.merge(p.rule().id(), 1, Integer::sum));
        decoding.lints().forEach(p -> lints.merge(p.rule().id(), 1, Integer::sum));
        ProcessorCounts counts = decoding.processors().counts();
        processorEntries += counts.entries();
        enabled += counts.enabled();
        bootable += counts.bootable();
    }

    void add(BatchSummary other) {
        files += other.files;
        decoded += other.decoded;
        skipped += other.skipped;
        failed += other.failed;
        withProblems += other.withProblems;
        processorEntries += other.processorEntries;
        enabled += other.enabled;
        bootable += other.bootable;
        other.problems.forEach((rule, count) -> problems.merge(rule, count, Integer::sum));
        other.failures.forEach((rule, count) -> failures.merge(rule, count, Integer::sum));
        other.lints.forEach((rule, count) -> lints.merge(rule, count, Integer::sum));
    }

    int files() {
        return files;
    }

    int decoded() {
        return decoded;
    }

    int skipped() {
        return skipped;
    }

    int failed() {
        return failed;
    }

    int withProblems() {
        return withProblems;
    }

    void print(PrintWriter out, Path directory, double seconds, boolean withLints) {
        out.printf("directory          %s%n", directory);
        out.printf("files              %d (%d MADTs, %d other files skipped)%n", files, decoded + failed, skipped);
        out.printf("decoded            %d (%d with problems)%n", decoded, withProblems);
        out.printf("not decoded        %d%s%n", failed, failures.isEmpty() ? "" : " " + failures);
        out.printf("processor entries  %d (%d enabled, %d bootable)%n", processorEntries, enabled, bootable);
        problems.forEach((rule, count) -> out.printf("problem            %-34s %d%n", rule, count));
        if (withLints) {
            lints.forEach((rule, count) -> out.printf("lint               %-34s %d%n", rule, count));
        }
        out.printf("time               %.2f s%n", seconds);
    }

}
