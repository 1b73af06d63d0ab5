package org.smpboot.fuzz.files;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpboot.acpi.source.TableSources;

/**
 * The files target's input: a small tree of directories and files, as {@link FuzzedDataProvider}
 * reads it.
 *
 * <ol>
 *   <li>the crowd: how many filler tables a directory {@value #FILLER_DIRECTORY} in the root holds
 *       besides the fuzzed files: none, {@code MAX_DIRECTORY_FILES - 1} or
 *       {@code MAX_DIRECTORY_FILES} (so one or two more files reach or pass the file-count limit);</li>
 *   <li>the number of entries, 0 to {@value #MAX_ENTRIES}; then for each entry:
 *     <ol>
 *       <li>its parent: one of the directories made so far, the root first;</li>
 *       <li>its name: 1 to {@value #MAX_NAME} bytes, each mapped to one of 64 characters
 *           ({@value #ALPHABET}): never {@code .}, {@code ..}, a separator or an absolute path;</li>
 *       <li>whether it is a directory; a file then has</li>
 *       <li>its bytes (at most {@value #MAX_CONTENT}), a {@link HeaderPatch} and a {@link FileSize}.</li>
 *     </ol>
 *   </li>
 * </ol>
 *
 * <p>Directories go {@value #MAX_TREE_DEPTH} levels deep, two beyond the reader's depth limit. An
 * entry whose name its directory already holds, or a directory deeper than that, is left out. At
 * most {@value #MAX_FILES_AT_LIMIT} files of an input are {@link FileSize#AT_LIMIT} (256 MiB,
 * read whole); further ones are made one byte larger, which is never read.
 *
 * @param fillers     how many filler tables {@value #FILLER_DIRECTORY} holds
 * @param directories the directories, relative to the root, parents first
 * @param files       the files
 */
record TreeInput(int fillers, List<Path> directories, List<PlannedFile> files) {

    /** Entries per input: a few dozen. */
    static final int MAX_ENTRIES = 32;
    /** Characters per name. */
    static final int MAX_NAME = 12;
    /** Bytes written per file; larger sizes are holes. */
    static final int MAX_CONTENT = 16384;
    /** How deep directories go: two levels beyond the reader's limit. */
    static final int MAX_TREE_DEPTH = TableSources.MAX_DIRECTORY_DEPTH + 2;
    /**
     * Files of the full 256 MiB that one input may have: enough to overflow a 2 GiB heap were a
     * directory read to keep them all (it keeps {@code MAX_DIRECTORY_BYTES}); each one opened on
     * its own costs a 256 MiB read, so an input stays within a few seconds.
     */
    static final int MAX_FILES_AT_LIMIT = 10;
    /** The characters of names, 64 of them: a name byte's low six bits pick one. */
    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
    /** Where the filler tables go: its dot is in no fuzzed name, so no entry collides with it. */
    static final String FILLER_DIRECTORY = "fill.d";
    /** The crowd choices: filler tables besides the fuzzed files. */
    static final int[] FILLERS = {0, TableSources.MAX_DIRECTORY_FILES - 1, TableSources.MAX_DIRECTORY_FILES};

    /** Copies the lists. */
    TreeInput {
        directories = List.copyOf(directories);
        files = List.copyOf(files);
    }

    /** {@return the tree {@code data} describes} */
    static TreeInput parse(FuzzedDataProvider data) {
        int fillers = FILLERS[data.consumeInt(0, FILLERS.length - 1)];
        int entries = data.consumeInt(0, MAX_ENTRIES);
        List<Path> directories = new ArrayList<>();
        List<PlannedFile> files = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        int atLimit = 0;
        for (int entry = 0; entry < entries; entry++) {
            int parent = data.consumeInt(0, directories.size());
            String name = name(data.consumeBytes(data.consumeInt(1, MAX_NAME)));
            Path relative = parent == 0 ? Path.of(name) : directories.get(parent - 1).resolve(name);
            if (data.consumeBoolean()) {
                if (relative.getNameCount() <= MAX_TREE_DEPTH && taken.add(relative)) {
                    directories.add(relative);
                }
                continue;
            }
            byte[] written = data.consumeBytes(data.consumeInt(0, MAX_CONTENT));
            byte[] bytes = data.pickValue(HeaderPatch.values()).apply(written);
            FileSize size = data.pickValue(FileSize.values());
            if (size == FileSize.AT_LIMIT && atLimit++ >= MAX_FILES_AT_LIMIT) {
                size = FileSize.ABOVE_LIMIT;
            }
            long length = size.of(bytes.length);
            if (taken.add(relative)) {
                files.add(new PlannedFile(relative, length < bytes.length ? Arrays.copyOf(bytes, (int) length) : bytes, length));
            }
        }
        return new TreeInput(fillers, directories, files);
    }

    /** {@return the name {@code bytes} spell in {@link #ALPHABET}; an empty input names the entry "_"} */
    private static String name(byte[] bytes) {
        if (bytes.length == 0) {
            return "_";
        }
        char[] name = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            name[i] = ALPHABET.charAt(bytes[i] & 0x3F);
        }
        return new String(name);
    }
}
