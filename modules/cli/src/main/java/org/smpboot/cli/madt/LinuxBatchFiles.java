package org.smpboot.cli.madt;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link BatchFiles} through the C library, with the FFM API: the directory listing takes each
 * entry's type from {@code readdir} (no {@code stat} per file), and a file is read with
 * {@code open}, {@code read} until end of file, {@code close}, into a reused native buffer (no
 * {@code fstat}, no channel objects). Four system calls per file instead of six.
 *
 * <p>Linux on 64-bit x86 and Arm only, where glibc and musl share the {@code struct dirent}
 * layout below (readdir(3); glibc {@code bits/dirent.h}, musl {@code include/dirent.h}) and
 * {@code d_type} is filled in by the file systems in common use (DT_UNKNOWN where it is not). Anything this class cannot settle itself (an entry of unknown type or a symbolic
 * link, a directory {@code opendir} refuses, a file {@code open} or {@code read} refuses, a file
 * larger than the buffer, a path longer than {@code PATH_MAX}) goes to {@link PortableBatchFiles},
 * so the files listed and the bytes read, and the errors reported, are the JDK's.
 */
final class LinuxBatchFiles implements BatchFiles {

    /** {@code struct dirent}: {@code d_ino} u64, {@code d_off} i64, {@code d_reclen} u16, {@code d_type} u8, name. */
    private static final long D_TYPE = 18;
    private static final long D_NAME = 19;
    /** {@code d_name} is {@code char[256]}. */
    private static final long DIRENT_SIZE = D_NAME + 256;
    private static final byte DT_UNKNOWN = 0;
    private static final byte DT_DIR = 4;
    private static final byte DT_REG = 8;
    private static final byte DT_LNK = 10;
    /** Where everything this class cannot settle goes. */
    private static final PortableBatchFiles PORTABLE = new PortableBatchFiles();
    /** {@code PATH_MAX}, including the terminating NUL. */
    private static final int PATH_MAX = 4096;
    /** {@code O_RDONLY | O_CLOEXEC}. */
    private static final int OPEN_FLAGS = 0x80000;

    /** How Java names files here: the encoding the JDK itself uses for file names. */
    private static final Charset NAMES = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"),
            StandardCharsets.UTF_8);

    private LinuxBatchFiles() {
    }

    /**
     * {@return the C library's file functions, or empty if they cannot be linked} (a missing
     * symbol, native access denied to this module, or file names in an encoding other than
     * UTF-8, ASCII or ISO 8859-1).
     */
    static Optional<BatchFiles> load() {
        // MemorySegment.getString decodes the standard charsets only; anything else is the JDK's to decode.
        if (!List.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1).contains(NAMES)) {
            return Optional.empty();
        }
        try {
            Libc.OPEN.type();
            return Optional.of(new LinuxBatchFiles());
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The downcalls, in a holder so that a failure to link them surfaces in {@link #load()}; static
     * final so that {@code invokeExact} calls compile to direct calls.
     */
    private static final class Libc {
        private static final Linker LINKER = Linker.nativeLinker();
        private static final SymbolLookup C = LINKER.defaultLookup();
        /** {@code open(const char *path, int flags, ...)}: the mode is variadic; passing 0 keeps the call well-formed. */
        static final MethodHandle OPEN = LINKER.downcallHandle(C.findOrThrow("open"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
        static final MethodHandle READ = LINKER.downcallHandle(C.findOrThrow("read"),
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
        static final MethodHandle CLOSE = LINKER.downcallHandle(C.findOrThrow("close"),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle OPENDIR = LINKER.downcallHandle(C.findOrThrow("opendir"),
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle READDIR = LINKER.downcallHandle(C.findOrThrow("readdir"),
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        static final MethodHandle CLOSEDIR = LINKER.downcallHandle(C.findOrThrow("closedir"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));

        private Libc() {
        }

        static int open(MemorySegment path) {
            try {
                return (int) OPEN.invokeExact(path, OPEN_FLAGS, 0);
            } catch (Throwable e) {
                throw failed("open", e);
            }
        }

        static long read(int fd, MemorySegment buffer) {
            try {
                return (long) READ.invokeExact(fd, buffer, buffer.byteSize());
            } catch (Throwable e) {
                throw failed("read", e);
            }
        }

        static void close(int fd) {
            try {
                int ignored = (int) CLOSE.invokeExact(fd);
            } catch (Throwable e) {
                throw failed("close", e);
            }
        }

        static MemorySegment opendir(MemorySegment path) {
            try {
                return (MemorySegment) OPENDIR.invokeExact(path);
            } catch (Throwable e) {
                throw failed("opendir", e);
            }
        }

        static MemorySegment readdir(MemorySegment stream) {
            try {
                return (MemorySegment) READDIR.invokeExact(stream);
            } catch (Throwable e) {
                throw failed("readdir", e);
            }
        }

        static void closedir(MemorySegment stream) {
            try {
                int ignored = (int) CLOSEDIR.invokeExact(stream);
            } catch (Throwable e) {
                throw failed("closedir", e);
            }
        }

        /** A downcall does not throw; if the linker ever does, say which call. */
        private static IllegalStateException failed(String function, Throwable cause) {
            return new IllegalStateException("C library call " + function + " failed: " + cause, cause);
        }
    }

    @Override
    public List<DirectoryWalk.Entry> entries(String directory) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = arena.allocate(PATH_MAX);
            MemorySegment stream = cString(directory, path) ? Libc.opendir(path) : MemorySegment.NULL;
            if (stream.equals(MemorySegment.NULL)) {
                return PORTABLE.entries(directory);
            }
            List<DirectoryWalk.Entry> entries = new ArrayList<>();
            try {
                for (DirectoryWalk.Entry entry = next(stream); entry != null; entry = next(stream)) {
                    if (!entry.name().equals(".") && !entry.name().equals("..")) {
                        entries.add(entry);
                    }
                }
            } finally {
                Libc.closedir(stream);
            }
            return entries;
        }
    }

    /**
     * {@return the next entry of {@code stream}, or null at its end} A method per entry, not a
     * loop body, so that the JIT compiles it early in a listing of thousands.
     */
    private static DirectoryWalk.Entry next(MemorySegment stream) {
        MemorySegment entry = Libc.readdir(stream);
        if (entry.equals(MemorySegment.NULL)) {
            return null;
        }
        // SAFETY: readdir returns a struct dirent that stays valid until the next readdir or
        // closedir on this stream; it is read here, before either, and its name is NUL terminated
        // within d_name's 256 bytes.
        MemorySegment dirent = entry.reinterpret(DIRENT_SIZE);
        DirectoryWalk.Kind kind = switch (dirent.get(JAVA_BYTE, D_TYPE)) {
            case DT_REG -> DirectoryWalk.Kind.FILE;
            case DT_DIR -> DirectoryWalk.Kind.DIRECTORY;
            case DT_UNKNOWN, DT_LNK -> DirectoryWalk.Kind.UNKNOWN;
            default -> DirectoryWalk.Kind.OTHER;
        };
        return new DirectoryWalk.Entry(dirent.getString(D_NAME, NAMES), kind);
    }

    @Override
    public Reader reader(Arena arena) {
        MemorySegment buffer = arena.allocate(PortableBatchFiles.BUFFER_SIZE);
        MemorySegment path = arena.allocate(PATH_MAX);
        ByteBuffer fallback = buffer.asByteBuffer();
        return file -> {
            long size = cString(file, path) ? readWhole(path, buffer) : -1;
            return size >= 0 ? Optional.of(buffer.asSlice(0, size)) : PortableBatchFiles.read(file, fallback);
        };
    }

    /**
     * {@return the size of the file at {@code path}, read whole into {@code buffer}, or -1 if the
     * file cannot be opened or read, or does not fit} A read shorter than asked is not taken for
     * the end of the file: only a read of 0 bytes is.
     */
    private long readWhole(MemorySegment path, MemorySegment buffer) {
        int fd = Libc.open(path);
        if (fd < 0) {
            return -1;
        }
        try {
            long size = 0;
            while (true) {
                long room = buffer.byteSize() - size;
                if (room == 0) {
                    return -1;
                }
                long count = Libc.read(fd, buffer.asSlice(size, room));
                if (count < 0) {
                    return -1;
                }
                if (count == 0) {
                    return size;
                }
                size += count;
            }
        } finally {
            Libc.close(fd);
        }
    }

    /** Writes {@code text} NUL-terminated into {@code target}; {@return false if it does not fit or holds a NUL} */
    private static boolean cString(String text, MemorySegment target) {
        byte[] bytes = text.getBytes(NAMES);
        if (bytes.length >= target.byteSize() || text.indexOf('\0') >= 0) {
            return false;
        }
        MemorySegment.copy(bytes, 0, target, JAVA_BYTE, 0, bytes.length);
        target.set(JAVA_BYTE, bytes.length, (byte) 0);
        return true;
    }

    @Override
    public String toString() {
        return "the C library";
    }
}
