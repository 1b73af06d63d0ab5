package org.smpboot.fuzz.files;

import java.util.Arrays;
import org.smpboot.acpi.source.TableSources;

/**
 * A change to a file's table header that the files target may make after the fuzzed bytes: the
 * values at the edges of the rules by which a tables directory tells a table from other files,
 * which byte mutations alone seldom hit (a four-byte Length of exactly 256 MiB, a hex-dump
 * header's {@code " @"} with a Length in range).
 *
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header" (Signature at 0, Length at 4)
 */
enum HeaderPatch {
    /** The fuzzed bytes as they are. */
    NONE,
    /** Length 35: one byte shorter than a header. */
    LENGTH_BELOW_HEADER,
    /** Length 36: a header and nothing else. */
    LENGTH_HEADER,
    /** Length {@link TableSources#MAX_FILE_SIZE}: the largest a table file may claim. */
    LENGTH_AT_LIMIT,
    /** Length {@link TableSources#MAX_FILE_SIZE} + 1. */
    LENGTH_ABOVE_LIMIT,
    /** Length 0xFFFFFFFF. */
    LENGTH_MAX,
    /** {@code " @"} after the signature, as an acpidump or iasl hex dump's first line has, with a Length in range. */
    HEX_DUMP_HEADER,
    /** A signature whose first character is a control character (0x1F). */
    SIGNATURE_BELOW_PRINTABLE,
    /** A signature whose last character is DEL (0x7F). */
    SIGNATURE_ABOVE_PRINTABLE;

    /** Bytes a patch needs: the signature and the Length. */
    static final int PATCHED_BYTES = 8;

    /** {@return {@code head} patched, grown to {@link #PATCHED_BYTES} with zeros if it was shorter} */
    byte[] apply(byte[] head) {
        if (this == NONE) {
            return head;
        }
        byte[] patched = Arrays.copyOf(head, Math.max(head.length, PATCHED_BYTES));
        switch (this) {
            case NONE -> { }
            case LENGTH_BELOW_HEADER -> length(patched, 35);
            case LENGTH_HEADER -> length(patched, 36);
            case LENGTH_AT_LIMIT -> length(patched, TableSources.MAX_FILE_SIZE);
            case LENGTH_ABOVE_LIMIT -> length(patched, TableSources.MAX_FILE_SIZE + 1);
            case LENGTH_MAX -> length(patched, 0xFFFF_FFFFL);
            case HEX_DUMP_HEADER -> {
                // " @" then two zero bytes: as a Length, 0x4020, which is in range.
                patched[4] = ' ';
                patched[5] = '@';
                patched[6] = 0;
                patched[7] = 0;
            }
            case SIGNATURE_BELOW_PRINTABLE -> patched[0] = 0x1F;
            case SIGNATURE_ABOVE_PRINTABLE -> patched[3] = 0x7F;
        }
        return patched;
    }

    private static void length(byte[] head, long length) {
        for (int i = 0; i < Integer.BYTES; i++) {
            head[4 + i] = (byte) (length >>> (8 * i));
        }
    }
}
