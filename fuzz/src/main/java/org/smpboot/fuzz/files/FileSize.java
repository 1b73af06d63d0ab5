package org.smpboot.fuzz.files;

import org.smpboot.acpi.source.TableSources;

/**
 * The size the files target gives a file: as many bytes as the input wrote, or a size at one of
 * the edges a tables directory reader draws. Sizes beyond the written bytes are a hole (zeros).
 */
enum FileSize {
    /** The written bytes, no more. */
    AS_WRITTEN,
    /** 35 bytes: too small to hold a table header, so a directory walk never opens it. */
    BELOW_HEADER,
    /** 36 bytes: exactly a header. */
    HEADER,
    /** {@link TableSources#MAX_FILE_SIZE}: the largest file read. */
    AT_LIMIT,
    /** {@link TableSources#MAX_FILE_SIZE} + 1: too large to be a table, never read. */
    ABOVE_LIMIT;

    /** The size of an ACPI table header. */
    static final int HEADER_SIZE = 36;

    /** {@return the size of a file whose input wrote {@code written} bytes} */
    long of(int written) {
        return switch (this) {
            case AS_WRITTEN -> written;
            case BELOW_HEADER -> HEADER_SIZE - 1;
            case HEADER -> HEADER_SIZE;
            case AT_LIMIT -> TableSources.MAX_FILE_SIZE;
            case ABOVE_LIMIT -> TableSources.MAX_FILE_SIZE + 1;
        };
    }
}
