package org.smpboot.acpi.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.table.SdtHeader;

/**
 * The files a tables-directory read opens: the regular files (or links to them) at most
 * {@code maxDepth} below the directory that can hold a table header, the first {@code maxFiles}
 * the file system lists, in name order. A sub-directory or file that cannot be read is a
 * {@link SourceRule#FILE_UNREADABLE} problem, never an exception: the rest is still read.
 *
 * @param files    the files, sorted
 * @param problems what could not be listed, and whether the listing stopped at {@code maxFiles}
 */
record TableFiles(List<Path> files, List<Problem> problems) {

    /** Copies the lists. */
    TableFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /**
     * {@return the files of {@code directory}} Links to directories are not followed: a tables
     * directory holds none, and a link to an ancestor would list the same files again.
     *
     * @throws IOException if {@code directory} itself cannot be listed
     */
    static TableFiles list(Path directory, int maxDepth, int maxFiles) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), maxDepth,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        // A file smaller than a table header is never opened: procfs files report
                        // size 0 and some block on read (/proc/kmsg), while sysfs reports each ACPI
                        // table's length. (At the depth limit, directories come here too.)
                        if (Files.isRegularFile(file) && canHoldATable(file)) {
                            files.add(file);
                        }
                        return files.size() > maxFiles ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                        if (file.equals(directory)) {
                            throw failure;
                        }
                        problems.add(new Problem(0, SourceRule.FILE_UNREADABLE, file + " cannot be read: " + failure));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path visited, IOException failure) {
                        if (failure != null) {
                            problems.add(new Problem(0, SourceRule.FILE_UNREADABLE, visited + " cannot be listed: " + failure));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        if (files.size() > maxFiles) {
            files.subList(maxFiles, files.size()).clear();
            problems.add(new Problem(0, SourceRule.TOO_MANY_FILES,
                    directory + " holds more than " + maxFiles + " files: not a tables directory"));
        }
        files.sort(null);
        return new TableFiles(files, problems);
    }

    private static boolean canHoldATable(Path file) {
        try {
            return Files.size(file) >= SdtHeader.SIZE;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
