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
 * directory ({@link DirectoryChecks}) and each file on its own ({@link FileChecks}; of the files
 * over 1 MiB, the first {@value #MAX_LARGE_FILES_OPENED}).
 *
 * <p>The oracle: nothing escapes but the documented {@code TableLengthException} for a file beyond
 * the size limit; every file that is a table by the documented rules ({@link TableRules}, an
 * independent reading) is found exactly once with exactly its bytes, and nothing else is; files
 * beyond the depth limit are never read; beyond the count limit exactly the limit's number of
 * files are read and a {@code too-many-files} problem says so; what is found reads as the same
 * bytes do in memory ({@code Madt.parse}, {@code TableSources.ofAcpidump}); a directory read keeps
 * at most {@code MAX_DIRECTORY_BYTES} of tables, counted in name order. Memory stays bounded: an
 * input may hold ten 256 MiB files, which a reader that kept them all could not hold in the fuzzing
 * JVM's 2 GiB heap, and the heap limit turns runaway allocation into a finding.
 *
 * <p>Seeds: the MADT target's tables as sysfs-like trees; the corpus's acpidump excerpts; one tree
 * per rule edge (each header patch, each size, depth 1 to 4, the count limit reached and passed).
 *
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header"; Linux {@code /sys/firmware/acpi/tables};
 *     ACPICA acpidump output
 */
public final class FilesTarget {

    /**
     * Files larger than {@link SameReading#MAX_COMPARED} opened on their own per input: each costs
     * a read of up to 256 MiB, and the branches of the rest are the same; the directory read sees
     * them all.
     */
    static final int MAX_LARGE_FILES_OPENED = 2;

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
        int largeFiles = 0;
        for (PlannedFile file : input.files()) {
            if (file.size() <= SameReading.MAX_COMPARED || largeFiles++ < MAX_LARGE_FILES_OPENED) {
                FileChecks.check(root, file);
            }
        }
    }
}
