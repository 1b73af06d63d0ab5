package org.smpboot.fuzz.files;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the files and directories {@code smpboot madt SOURCE} reads: table dumps a researcher took
 * from machines they do not control (a binary table, an acpidump text, a hex dump, a directory
 * tree of dumps), opened with {@code TableSources.open}.
 *
 * <p>Each input describes a small tree ({@link TreeInput}): directories up to two levels beyond
 * the reader's depth limit, files of fuzzed bytes with header values at the edges of the table
 * rules ({@link HeaderPatch}), sizes at the edges of the size limit ({@link FileSize}, the large
 * ones sparse), and optionally enough filler tables to reach or pass the file-count limit. The
 * target writes it in this process's {@link ScratchTree}, then opens the root as a tables
 * directory ({@link DirectoryChecks}) and each file on its own ({@link FileChecks}).
 *
 * <p>The oracle: nothing escapes but the documented {@code TableLengthException} for a file beyond
 * the size limit; every file that is a table by the documented rules ({@link TableRules}, an
 * independent reading) is found exactly once with exactly its bytes, and nothing else is; files
 * beyond the depth limit are never read; beyond the count limit exactly the limit's number of
 * files are read and a {@code too-many-files} problem says so; what is found reads as the same
 * bytes do in memory ({@code Madt.parse}, {@code TableSources.ofAcpidump}). Memory stays bounded:
 * at most two 256 MiB files per input, and the heap limit turns runaway allocation into a finding.
 *
 * <p>Seeds: the MADT target's tables as sysfs-like trees; the corpus's acpidump excerpts; one tree
 * per rule edge (each header patch, each size, depth 1 to 4, the count limit reached and passed).
 *
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header"; Linux {@code /sys/firmware/acpi/tables};
 *     ACPICA acpidump output
 */
public final class FilesTarget {

    private FilesTarget() {
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        TreeInput input = TreeInput.parse(data);
        ScratchTree scratch = ScratchTree.current();
        scratch.write(input);
        Path root = scratch.root();
        List<PlannedFile> everyFile = new ArrayList<>(input.files());
        everyFile.addAll(ScratchTree.fillers(input));
        DirectoryChecks.check(root, everyFile);
        for (PlannedFile file : input.files()) {
            FileChecks.check(root, file);
        }
    }
}
