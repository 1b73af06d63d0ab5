package org.smpboot.acpi.source;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.smpboot.acpi.table.Signature;

/**
 * A table a {@link TableSource} found: its signature, where it came from, and its bytes (zero
 * copy where the source allows; at most the table's Length, fewer if the source held fewer).
 *
 * @param signature the signature in the table's header (or, for the RSDP, {@code "RSD "})
 * @param origin    where it was found: a physical address, file name or acpidump header line
 * @param bytes     the table's bytes
 */
public record FoundTable(Signature signature, String origin, MemorySegment bytes) {

    /** Validates that nothing is missing. */
    public FoundTable {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(bytes, "bytes");
    }
}
