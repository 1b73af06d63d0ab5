package org.smpboot.fuzz.files;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One file of a tree the files target writes: where it goes, its first bytes, and its size. The
 * bytes after the head, up to the size, are zeros, written as a hole (a sparse file), so that a
 * file at the 256 MiB size limit costs a few bytes of disk and of input.
 *
 * <p>Invariant: {@code head.length <= size}. The array is never written after construction; the
 * record is the target's private model, compared by its fields' contents where that matters.
 *
 * @param relative where the file goes, relative to the tree's root; never absolute, never {@code ..}
 * @param head     its first bytes
 * @param size     its size in bytes
 */
record PlannedFile(Path relative, byte[] head, long size) {

    /** What the hole of a file is compared with, a chunk at a time. */
    private static final MemorySegment ZEROS = MemorySegment.ofArray(new byte[1 << 16]);

    /** Validates the invariant. */
    PlannedFile {
        if (relative.isAbsolute() || relative.normalize().startsWith("..")) {
            throw new IllegalArgumentException("Invalid file path %s: must stay inside the tree".formatted(relative));
        }
        if (head.length > size) {
            throw new IllegalArgumentException(
                    "Invalid file size %d: below the %d bytes written at its start".formatted(size, head.length));
        }
    }

    /** {@return how deep the file lies: 1 for a file in the root, as {@code Files.walk} counts} */
    int depth() {
        return relative.getNameCount();
    }

    /** {@return the byte at {@code offset}: the head's, or a zero of the hole} */
    int byteAt(long offset) {
        return offset < head.length ? Byte.toUnsignedInt(head[(int) offset]) : 0;
    }

    /** {@return the four bytes where a table's signature is, one character each} */
    String signature() {
        char[] signature = new char[4];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (char) byteAt(i);
        }
        return new String(signature);
    }

    /** {@return the bytes of a file no larger than {@code limit}} */
    byte[] bytes(int limit) {
        if (size > limit) {
            throw new IllegalStateException("%s is %d bytes, more than the %d asked for".formatted(relative, size, limit));
        }
        return Arrays.copyOf(head, (int) size);
    }

    /** {@return whether {@code bytes} are exactly this file's: its head, then zeros up to its size} */
    boolean isHeldBy(MemorySegment bytes) {
        if (bytes.byteSize() != size
                || MemorySegment.mismatch(bytes, 0, head.length, MemorySegment.ofArray(head), 0, head.length) >= 0) {
            return false;
        }
        for (long offset = head.length; offset < size; offset += ZEROS.byteSize()) {
            long chunk = Math.min(ZEROS.byteSize(), size - offset);
            if (MemorySegment.mismatch(bytes, offset, offset + chunk, ZEROS, 0, chunk) >= 0) {
                return false;
            }
        }
        return true;
    }
}
