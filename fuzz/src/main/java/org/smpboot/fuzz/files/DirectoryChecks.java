package org.smpboot.fuzz.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.SourceRule;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.fuzz.Finding;

/**
 * What {@code TableSources.open} must make of a tables directory, checked against the files the
 * target wrote ({@link TableRules} says what each one is):
 * <ul>
 *   <li>it throws nothing: every file of the tree can be read;</li>
 *   <li>the files it reads are those at most {@code MAX_DIRECTORY_DEPTH} deep and at least a header
 *       long; nothing deeper, nothing smaller, nothing that was not written;</li>
 *   <li>each read file is either one table, with exactly the file's bytes and its signature, or one
 *       {@code file-unreadable} problem naming it (no table header, too large, or beyond the bytes
 *       a directory read keeps, {@code MAX_DIRECTORY_BYTES}, counted in name order): exactly once;</li>
 *   <li>tables come in name order;</li>
 *   <li>up to {@code MAX_DIRECTORY_FILES} such files, every one is read and no {@code too-many-files}
 *       problem is reported; beyond, exactly that many are read and one {@code too-many-files}
 *       problem says so;</li>
 *   <li>each MADT found reads as its bytes read in memory ({@link SameReading}).</li>
 * </ul>
 */
final class DirectoryChecks {

    private static final String NO_HEADER = " holds no table header";

    private DirectoryChecks() {
    }

    static void check(Path root, List<PlannedFile> planned) {
        Map<String, PlannedFile> walked = new HashMap<>();
        for (PlannedFile file : planned) {
            if (file.depth() <= TableSources.MAX_DIRECTORY_DEPTH
                    && TableRules.inDirectory(file) != TableRules.Verdict.NEVER_OPENED) {
                walked.put(root.resolve(file.relative()).toString(), file);
            }
        }
        TableSource source = open(root);
        Set<String> read = new HashSet<>();
        Set<String> tables = new HashSet<>();
        Path previous = null;
        for (FoundTable table : source.tables()) {
            PlannedFile file = readOnce(walked, read, table.origin(), "table");
            tables.add(table.origin());
            String signature = file.signature();
            if (!table.signature().value().equals(signature) || !file.isHeldBy(table.bytes())) {
                throw Finding.of("table %s of %s (%d bytes) is not the file's %d bytes with signature %s",
                        table.signature(), table.origin(), table.bytes().byteSize(), file.size(), signature);
            }
            Path path = Path.of(table.origin());
            if (previous != null && previous.compareTo(path) > 0) {
                throw Finding.of("tables out of name order: %s before %s", previous, path);
            }
            previous = path;
            if (file.size() <= SameReading.MAX_COMPARED) {
                SameReading.check(table, file.bytes(SameReading.MAX_COMPARED));
            }
        }
        Map<String, String> problems = new HashMap<>();
        int tooMany = 0;
        for (Problem problem : source.problems()) {
            if (problem.rule() == SourceRule.TOO_MANY_FILES && problem.offset() == 0) {
                tooMany++;
                continue;
            }
            if (problem.rule() != SourceRule.FILE_UNREADABLE || problem.offset() != 0) {
                throw Finding.of("a tables directory reported %s, which no file of the tree explains", problem);
            }
            String name = named(walked, problem.detail());
            readOnce(walked, read, name, "problem");
            problems.put(name, problem.detail().substring(name.length()));
        }
        boolean crowded = walked.size() > TableSources.MAX_DIRECTORY_FILES;
        if (tooMany != (crowded ? 1 : 0)) {
            throw Finding.of("%d files to read, %d too-many-files problems", walked.size(), tooMany);
        }
        if (read.size() != Math.min(walked.size(), TableSources.MAX_DIRECTORY_FILES)) {
            Set<String> unread = new HashSet<>(walked.keySet());
            unread.removeAll(read);
            throw Finding.of("%d files to read, %d read; not read: %s", walked.size(), read.size(),
                    unread.stream().sorted().limit(5).toList());
        }
        everyFileAsItsVerdictAndTheBudgetSay(walked, read, tables, problems);
    }

    /**
     * Checks each read file's outcome, in name order: a table while the tables kept fit in
     * {@code MAX_DIRECTORY_BYTES}, a problem saying so beyond, a problem for a file too large or
     * without a table header.
     */
    private static void everyFileAsItsVerdictAndTheBudgetSay(Map<String, PlannedFile> walked, Set<String> read,
            Set<String> tables, Map<String, String> problems) {
        long unspent = TableSources.MAX_DIRECTORY_BYTES;
        for (String name : read.stream().sorted(Comparator.comparing(Path::of)).toList()) {
            PlannedFile file = walked.get(name);
            TableRules.Verdict verdict = TableRules.inDirectory(file);
            String problem = problems.get(name);
            boolean kept = verdict == TableRules.Verdict.TABLE && file.size() <= unspent;
            boolean asExpected = switch (verdict) {
                case TABLE -> kept ? tables.contains(name) : problem != null && problem.startsWith(" is " + file.size() + " bytes, more than");
                case NOT_A_TABLE -> NO_HEADER.equals(problem);
                case TOO_LARGE -> problem != null && problem.startsWith(": ");
                case NEVER_OPENED -> false;
            };
            if (!asExpected) {
                throw Finding.of("%s is %s (%d bytes, %d of the budget left), but %s", name, verdict, file.size(), unspent,
                        tables.contains(name) ? "was found as a table" : "was reported as: " + name + problem);
            }
            if (kept) {
                unspent -= file.size();
            }
        }
    }

    private static TableSource open(Path root) {
        try {
            return TableSources.open(root);
        } catch (IOException | RuntimeException e) {
            Finding finding = Finding.of("opening the tables directory %s threw %s, though every file in it can be read",
                    root, e);
            finding.initCause(e);
            throw finding;
        }
    }

    /** {@return the file {@code origin} names, recorded as read; a finding if it was not to be read or was read before} */
    private static PlannedFile readOnce(Map<String, PlannedFile> walked, Set<String> read, String origin, String as) {
        PlannedFile file = walked.get(origin);
        if (file == null) {
            throw Finding.of("a %s names %s: not a file the walk reads (too deep, too small, or never written)", as, origin);
        }
        if (!read.add(origin)) {
            throw Finding.of("%s was read twice (the second time as a %s)", origin, as);
        }
        return file;
    }

    /** {@return the longest path of {@code walked} that {@code detail} starts with, followed by ':' or ' '} */
    private static String named(Map<String, PlannedFile> walked, String detail) {
        String best = null;
        for (String path : walked.keySet()) {
            if (detail.length() > path.length() && detail.startsWith(path)
                    && (detail.charAt(path.length()) == ':' || detail.charAt(path.length()) == ' ')
                    && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        if (best == null) {
            throw Finding.of("problem names no file the walk reads: %s", detail);
        }
        return best;
    }
}
