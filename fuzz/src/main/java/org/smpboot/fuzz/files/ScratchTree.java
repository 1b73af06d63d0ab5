package org.smpboot.fuzz.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory where the files target writes each input's tree: one per process, made in the
 * system's temporary directory on first use, emptied before each input and deleted when the
 * process exits.
 *
 * <p>The filler tables of a crowded tree (thousands of identical files, never fuzzed) are kept
 * between inputs: beside the tree while an input needs none, moved into it (one rename) when one
 * does, and grown or shrunk by the few files the crowd choices differ in. Writing and deleting
 * 4,096 files per crowded input would cost more than reading them.
 *
 * <p>SAFETY: nothing outside {@link #base} is ever deleted. The tree's entries are named by
 * {@link TreeInput} from an alphabet without separators or dots (no {@code ..}, nothing
 * absolute), no symbolic link is ever made, the walk that deletes does not follow links, and every
 * path it deletes is checked to lie under {@code base} first.
 */
final class ScratchTree {

    private static final ScratchTree CURRENT = new ScratchTree();

    /** A table header and nothing more, signature "FILL": what fills a crowded directory. */
    private static final byte[] FILLER = {'F', 'I', 'L', 'L', 36, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private final Path base;
    private final Path root;
    /** Where the filler tables wait while the tree does not hold them. */
    private final Path parkedFillers;
    /** How many filler tables exist, files {@code f0000} up to this number (exclusive). */
    private int fillerCount;

    private ScratchTree() {
        try {
            base = Files.createTempDirectory("smpboot-fuzz-files-").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the files target's scratch directory", e);
        }
        root = base.resolve("tree");
        parkedFillers = base.resolve(TreeInput.FILLER_DIRECTORY);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(base), "files-target-cleanup"));
    }

    /** {@return this process's scratch tree} */
    static ScratchTree current() {
        return CURRENT;
    }

    /** {@return the root of the tree the last {@link #write} made} */
    Path root() {
        return root;
    }

    /** {@return the filler tables {@code input} asks for, as planned files under {@link TreeInput#FILLER_DIRECTORY}} */
    static List<PlannedFile> fillers(TreeInput input) {
        List<PlannedFile> fillers = new ArrayList<>(input.fillers());
        for (int i = 0; i < input.fillers(); i++) {
            fillers.add(new PlannedFile(Path.of(TreeInput.FILLER_DIRECTORY, fillerName(i)), FILLER, FILLER.length));
        }
        return fillers;
    }

    /** Empties the tree and writes {@code input}'s directories, files and fillers in it. */
    void write(TreeInput input) {
        try {
            Path inTree = root.resolve(TreeInput.FILLER_DIRECTORY);
            if (Files.isDirectory(inTree)) {
                Files.move(inTree, parkedFillers);
            }
            delete(root);
            Files.createDirectory(root);
            for (Path directory : input.directories()) {
                Files.createDirectory(root.resolve(directory));
            }
            for (PlannedFile file : input.files()) {
                write(file);
            }
            if (input.fillers() > 0) {
                parkFillers(input.fillers());
                Files.move(parkedFillers, inTree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the input's tree in " + root, e);
        }
    }

    /** Makes the parked filler directory hold exactly {@code count} filler tables. */
    private void parkFillers(int count) throws IOException {
        if (!Files.isDirectory(parkedFillers)) {
            Files.createDirectory(parkedFillers);
            fillerCount = 0;
        }
        for (; fillerCount < count; fillerCount++) {
            Files.write(parkedFillers.resolve(fillerName(fillerCount)), FILLER, StandardOpenOption.CREATE_NEW);
        }
        for (; fillerCount > count; fillerCount--) {
            remove(parkedFillers.resolve(fillerName(fillerCount - 1)));
        }
    }

    private static String fillerName(int index) {
        return "f%04d".formatted(index);
    }

    /** Writes the head, and one zero byte at the end if the file is larger: the rest is a hole. */
    private void write(PlannedFile file) throws IOException {
        try (FileChannel channel = FileChannel.open(root.resolve(file.relative()), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.wrap(file.head());
            while (head.hasRemaining()) {
                channel.write(head);
            }
            if (file.size() > file.head().length) {
                channel.write(ByteBuffer.allocate(1), file.size() - 1);
            }
        }
    }

    /** Deletes {@code top} and everything under it, if it exists, never following a link. */
    private void delete(Path top) {
        if (!Files.exists(top)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    remove(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    remove(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the files target's scratch directory " + top, e);
        }
    }

    private void remove(Path path) throws IOException {
        if (!path.normalize().startsWith(base)) {
            throw new IllegalStateException("refusing to delete %s: outside the scratch directory %s".formatted(path, base));
        }
        Files.delete(path);
    }
}
