package org.smpboot.fuzz.files;

import org.smpboot.acpi.source.TableSources;

/**
 * An independent reading of the rules by which {@code TableSources} tells a table file from other
 * files, as its Javadoc states them: a file holds a table when it is at least a header long (36
 * bytes), its four signature bytes are printable ASCII (0x20-0x7E), the two bytes after them are
 * not {@code " @"} (the first line of an acpidump or iasl hex dump), and its Length is from 36 to
 * {@link TableSources#MAX_FILE_SIZE}. A file larger than that is not read at all, and in a tables
 * directory a file smaller than a header is never opened.
 *
 * <p>The Javadoc of {@code looksLikeTable} says "a Length from 36 to the file size plus a little
 * slack"; the code (and so this model) bounds it by {@code MAX_FILE_SIZE} only, so a cut dump is
 * still a table and the table reader reports the shortfall.
 *
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header"
 */
final class TableRules {

    /** What reading a file must make of it. */
    enum Verdict {
        /** In a directory: smaller than a header, never opened, neither a table nor a problem. */
        NEVER_OPENED,
        /** Larger than {@link TableSources#MAX_FILE_SIZE}: a problem (a directory) or a {@code TableLengthException} (a file). */
        TOO_LARGE,
        /** A table: found once, with exactly the file's bytes. */
        TABLE,
        /** Read, but no table header: a problem (a directory) or an acpidump text (a file). */
        NOT_A_TABLE
    }

    private static final int HEADER_SIZE = 36;
    private static final int LENGTH_OFFSET = 4;

    private TableRules() {
    }

    /** {@return what a tables directory must make of {@code file}} */
    static Verdict inDirectory(PlannedFile file) {
        return file.size() < HEADER_SIZE ? Verdict.NEVER_OPENED : opened(file);
    }

    /** {@return what opening {@code file} on its own must make of it} */
    static Verdict opened(PlannedFile file) {
        if (file.size() > TableSources.MAX_FILE_SIZE) {
            return Verdict.TOO_LARGE;
        }
        return looksLikeTable(file) ? Verdict.TABLE : Verdict.NOT_A_TABLE;
    }

    private static boolean looksLikeTable(PlannedFile file) {
        if (file.size() < HEADER_SIZE) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            int c = file.byteAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        if (file.byteAt(4) == ' ' && file.byteAt(5) == '@') {
            return false;
        }
        long length = 0;
        for (int i = 3; i >= 0; i--) {
            length = length << 8 | file.byteAt(LENGTH_OFFSET + i);
        }
        return length >= HEADER_SIZE && length <= TableSources.MAX_FILE_SIZE;
    }
}
