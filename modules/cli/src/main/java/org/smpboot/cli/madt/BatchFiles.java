package org.smpboot.cli.madt;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the batch decoder lists and reads the files under a directory: tens of thousands of small
 * files, where the system calls per file are a large part of a run's cost.
 *
 * <p>Both implementations list the same files in the same order (depth first, names sorted in
 * each directory by {@link String#compareTo}, regular files only, symbolic links followed) and read
 * the same bytes; {@link LinuxBatchFiles} does it in four system calls per file (open, read, the
 * read that finds the end, close) where {@code java.io} and {@code java.nio} need six (two
 * {@code stat}s to tell files from directories, open, {@code fstat} for the size, read, close).
 */
sealed interface BatchFiles permits LinuxBatchFiles, PortableBatchFiles {

    /** The largest file read; larger ones are skipped (as {@code TableSources} does). */
    long MAX_FILE_SIZE = org.smpboot.acpi.source.TableSources.MAX_FILE_SIZE;

    /** {@return the fastest implementation this system supports} */
    static BatchFiles forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (os.startsWith("linux") && (arch.equals("amd64") || arch.equals("aarch64"))) {
            Optional<BatchFiles> linux = LinuxBatchFiles.load();
            if (linux.isPresent()) {
                return linux.get();
            }
        }
        return new PortableBatchFiles();
    }

    /** {@return the regular files under {@code directory}, listed as the walk goes} */
    default Iterator<String> walk(Path directory) {
        return new DirectoryWalk(directory.toString(), this::entries);
    }

    /** {@return the entries of {@code directory}, "." and ".." left out, or null if it cannot be listed} */
    List<DirectoryWalk.Entry> entries(String directory);

    /**
     * {@return a reader for one thread} Its buffers come from {@code arena}, which must outlive it.
     */
    Reader reader(Arena arena);

    /** Reads whole files into one reused buffer. Not thread-safe: one per worker thread. */
    interface Reader {

        /**
         * {@return the bytes of {@code file}, or empty if it is larger than {@link #MAX_FILE_SIZE}}
         * The segment is valid until the next call: the buffer is reused.
         *
         * @throws IOException if the file cannot be read
         */
        Optional<MemorySegment> read(String file) throws IOException;
    }
}
