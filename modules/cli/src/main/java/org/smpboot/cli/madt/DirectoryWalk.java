package org.smpboot.cli.madt;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The regular files under a directory, depth first, names sorted by {@link String#compareTo} in
 * each directory, symbolic links followed: lazily, so that the batch decoder starts on the first
 * directory's files while it lists the next.
 *
 * <p>Each directory is walked once, however many links lead to it: a link to an ancestor would
 * otherwise make the walk endless. Directories are told apart by their file key (device and
 * inode), where the file system has one, else by their canonical path.
 *
 * <p>Invariant: {@code next} is the next file to return, or null when the walk is over; the stack
 * holds, for each directory being walked, its entries and the index of the first one not visited;
 * {@code walked} holds the key of every directory entered.
 */
final class DirectoryWalk implements Iterator<String> {

    /** What a directory entry is, when the listing can tell without a {@code stat}. */
    enum Kind {
        FILE,
        DIRECTORY,
        /** A device, pipe or socket: never opened. */
        OTHER,
        /** Not told by the listing (or a symbolic link): {@code java.io.File} decides. */
        UNKNOWN
    }

    /** One directory entry. */
    record Entry(String name, Kind kind) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            return name.compareTo(other.name);
        }
    }

    /** Lists one directory. */
    interface Lister {
        /** {@return the entries of {@code directory}, "." and ".." left out, or null if it cannot be listed} */
        List<Entry> entries(String directory);
    }

    /** A directory being walked: its sorted entries and the first one not visited yet. */
    private static final class Level {
        private final String directory;
        private final List<Entry> entries;
        private int next;

        Level(String directory, List<Entry> entries) {
            this.directory = directory;
            this.entries = entries;
        }
    }

    private final Lister lister;
    private final Deque<Level> stack = new ArrayDeque<>();
    private final Set<Object> walked = new HashSet<>();
    private String next;

    DirectoryWalk(String root, Lister lister) {
        this.lister = lister;
        enter(root);
        next = advance();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public String next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        String file = next;
        next = advance();
        return file;
    }

    private void enter(String directory) {
        Object key = key(directory);
        if (key == null || !walked.add(key)) {
            return;
        }
        List<Entry> entries = lister.entries(directory);
        if (entries != null) {
            entries.sort(null);
            stack.push(new Level(directory, entries));
        }
    }

    /** {@return the next regular file, or null} */
    private String advance() {
        while (!stack.isEmpty()) {
            Level level = stack.peek();
            if (level.next == level.entries.size()) {
                stack.pop();
                continue;
            }
            Entry entry = level.entries.get(level.next++);
            String path = child(level.directory, entry.name());
            Kind kind = entry.kind() != Kind.UNKNOWN ? entry.kind() : kindOf(new File(path));
            switch (kind) {
                case FILE -> {
                    return path;
                }
                case DIRECTORY -> enter(path);
                case OTHER, UNKNOWN -> { }
            }
        }
        return null;
    }

    /** {@return the path of {@code name} in {@code directory}, as {@code new File(directory, name).getPath()} spells it} */
    static String child(String directory, String name) {
        return directory.endsWith(File.separator) ? directory.concat(name) : directory.concat(File.separator).concat(name);
    }

    /** {@return what identifies {@code directory} whatever path leads to it, or null if it cannot be read} */
    private static Object key(String directory) {
        try {
            Path path = Path.of(directory);
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key != null ? key : path.toRealPath().toString();
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    private static Kind kindOf(File file) {
        return file.isDirectory() ? Kind.DIRECTORY : file.isFile() ? Kind.FILE : Kind.OTHER;
    }
}
