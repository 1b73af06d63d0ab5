package org.smpboot.cli.madt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batch decoder's file layer: both implementations walk the same files in the same order and
 * read the same bytes, whatever the tree holds.
 */
class BatchFilesTests {

    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux");

    @TempDir
    Path tree;

    static Stream<BatchFiles> implementations() {
        Stream<BatchFiles> portable = Stream.of(new PortableBatchFiles());
        return LINUX ? Stream.concat(portable, LinuxBatchFiles.load().stream()) : portable;
    }

    private static List<String> walk(BatchFiles files, Path directory) {
        List<String> walked = new ArrayList<>();
        files.walk(directory).forEachRemaining(walked::add);
        return walked;
    }

    private Path write(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = tree.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Nested
    class Walking {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void filesComeDepthFirstWithNamesSortedInEachDirectory(BatchFiles files) throws IOException {
            write("b.bin", 1);
            write("a/z.bin", 1);
            write("a/b/c.bin", 1);
            write("a/a.bin", 1);
            write("C.bin", 1);
            assertEquals(List.of(tree + "/C.bin", tree + "/a/a.bin", tree + "/a/b/c.bin", tree + "/a/z.bin",
                    tree + "/b.bin"), walk(files, tree));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void symbolicLinksAreFollowed(BatchFiles files) throws IOException {
            Path root = tree.resolve("root");
            Path target = write("root/data/t.bin", 1);
            Files.createSymbolicLink(root.resolve("link.bin"), target);
            Files.createSymbolicLink(root.resolve("more"), write("outside/u.bin", 1).getParent());
            assertEquals(List.of(root + "/data/t.bin", root + "/link.bin", root + "/more/u.bin"), walk(files, root));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void aDirectoryReachedTwiceIsWalkedOnceByTheFirstPath(BatchFiles files) throws IOException {
            Path target = write("data/t.bin", 1);
            Files.createSymbolicLink(tree.resolve("linked"), target.getParent());
            assertEquals(List.of(tree + "/data/t.bin"), walk(files, tree));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void linksToAnAncestorEndTheWalk(BatchFiles files) throws IOException {
            write("APIC.bin", 1);
            Files.createSymbolicLink(tree.resolve("loop"), Path.of("."));
            Files.createSymbolicLink(tree.resolve("root"), tree);
            // Before each directory was walked once, these two links made about 2^40 paths.
            List<String> walked = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> walk(files, tree));
            assertEquals(List.of(tree + "/APIC.bin"), walked);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void aDanglingLinkIsNotAFile(BatchFiles files) throws IOException {
            Files.createSymbolicLink(tree.resolve("dangling"), tree.resolve("nowhere"));
            assertEquals(List.of(), walk(files, tree));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void aPipeIsNeverListedSoNeverOpened(BatchFiles files) throws Exception {
            assumeTrue(LINUX, "mkfifo");
            Process mkfifo = new ProcessBuilder("mkfifo", tree.resolve("pipe").toString()).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
            write("x.bin", 1);
            assertEquals(List.of(tree + "/x.bin"), walk(files, tree));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void namesOutsideAsciiArePathsTheJdkCanOpen(BatchFiles files) throws IOException {
            assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names in UTF-8");
            write("tables-é/APIC-ü.bin", 3);
            List<String> walked = walk(files, tree);
            assertEquals(List.of(tree + "/tables-é/APIC-ü.bin"), walked);
            assertEquals(3, Files.size(Path.of(walked.getFirst())));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void aMissingDirectoryWalksNothing(BatchFiles files) {
            assertFalse(files.walk(tree.resolve("missing")).hasNext());
        }

        @Test
        void bothImplementationsWalkTheSameLargeTree() throws IOException {
            assumeTrue(LINUX);
            for (int i = 0; i < 300; i++) {
                write("d" + (i % 7) + "/f" + i + ".bin", 1);
            }
            assertEquals(walk(new PortableBatchFiles(), tree), walk(LinuxBatchFiles.load().orElseThrow(), tree));
        }
    }

    @Nested
    class Reading {

        static Stream<Integer> sizes() {
            int buffer = PortableBatchFiles.BUFFER_SIZE;
            return Stream.of(0, 1, 36, 4096, buffer - 1, buffer, buffer + 1, 3 * buffer);
        }

        @ParameterizedTest
        @MethodSource("sizes")
        void bothImplementationsReadEveryByteOfAFile(int size) throws IOException {
            Path file = write("f.bin", size);
            byte[] expected = Files.readAllBytes(file);
            try (Arena arena = Arena.ofConfined()) {
                implementations().forEach(files -> {
                    try {
                        MemorySegment read = files.reader(arena).read(file.toString()).orElseThrow();
                        assertArrayEquals(expected, read.toArray(ValueLayout.JAVA_BYTE), files.getClass().getSimpleName());
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void aFileLargerThanTheLimitIsSkippedUnread(BatchFiles files) throws IOException {
            Path file = tree.resolve("huge.bin");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(BatchFiles.MAX_FILE_SIZE + 1);
            }
            try (Arena arena = Arena.ofConfined()) {
                assertEquals(Optional.empty(), files.reader(arena).read(file.toString()));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void aMissingFileIsTheJdksError(BatchFiles files) {
            try (Arena arena = Arena.ofConfined()) {
                BatchFiles.Reader reader = files.reader(arena);
                assertThrows(NoSuchFileException.class, () -> reader.read(tree.resolve("missing").toString()));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.smpboot.cli.madt.BatchFilesTests#implementations")
        void theBufferIsReusedForTheNextFile(BatchFiles files) throws IOException {
            Path first = write("first.bin", 64);
            Path second = write("second.bin", 16);
            try (Arena arena = Arena.ofConfined()) {
                BatchFiles.Reader reader = files.reader(arena);
                reader.read(first.toString());
                assertArrayEquals(Files.readAllBytes(second), reader.read(second.toString()).orElseThrow()
                        .toArray(ValueLayout.JAVA_BYTE));
            }
        }
    }

    @Test
    void linuxOnSixtyFourBitsGetsTheCLibraryImplementation() {
        String arch = System.getProperty("os.arch", "");
        assumeTrue(LINUX && (arch.equals("amd64") || arch.equals("aarch64")));
        assertInstanceOf(LinuxBatchFiles.class, BatchFiles.forThisSystem());
    }
}
