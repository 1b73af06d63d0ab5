package org.smpboot.fuzz.discovery;

import java.util.Objects;

/**
 * Bytes the fuzzer places at a physical address of the simulated machine.
 *
 * @param address the physical address
 * @param bytes   the bytes (not copied: the target owns them for one input)
 */
record Blob(long address, byte[] bytes) {

    /** Validates that the bytes are present. */
    Blob {
        Objects.requireNonNull(bytes, "bytes");
    }
}
