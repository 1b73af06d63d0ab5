package org.smpboot.fuzz.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The discovery target's input format: firmware memory, blob by blob.
 *
 * <pre>
 * byte 0        flags: bit 0 set = the kernel scans for the RSDP (EBDA, then 0xE0000-0xFFFFF);
 *                      clear = the boot hand-off gives the RSDP address: the first blob's
 *                      bit 1 set = repair checksums: each blob that starts with "RSD PTR " gets
 *                      valid 20- and 36-byte checksums, each that starts like a table header a
 *                      valid table checksum (over its Length, within the blob)
 *                      bit 2 set = the rest of the input is an acpidump text, not a layout
 *                      bit 3 set = discovery sees no memory below 1 MiB ({@link RestrictedMemory})
 *                      bit 4 set = discovery's memory views nothing in place, it only copies
 * then blobs:   u8  region (see {@link Region}, modulo the number of regions)
 *               u32 offset from the region's base, little-endian
 *               u16 length, little-endian
 *               the bytes (fewer if the input ends first)
 * </pre>
 *
 * <p>Pointers between tables are in the blobs' bytes, exactly as firmware writes them; seeds are
 * real table images laid out by the acpi module's {@code AcpiImageBuilder}.
 *
 * @param scan             whether the kernel scans for the RSDP
 * @param repairChecksums  whether checksums are repaired
 * @param withoutLowMemory whether discovery sees no memory below 1 MiB
 * @param copyOnly         whether discovery's memory refuses every view
 * @param blobs            the blobs, in input order
 */
record LayoutInput(boolean scan, boolean repairChecksums, boolean withoutLowMemory, boolean copyOnly, List<Blob> blobs) {

    /** Flag bit: scan for the RSDP. */
    static final int SCAN = 1;
    /** Flag bit: repair checksums. */
    static final int REPAIR_CHECKSUMS = 2;
    /** Flag bit: the rest of the input is no layout but an acpidump text ({@link DumpChecks}). */
    static final int ACPIDUMP = 4;
    /** Flag bit: discovery sees no memory below 1 MiB. */
    static final int WITHOUT_LOW_MEMORY = 8;
    /** Flag bit: discovery's memory refuses every view. */
    static final int COPY_ONLY = 16;
    /** The size of a blob's header: region, offset, length. */
    static final int BLOB_HEADER = 7;

    /** Copies the list. */
    LayoutInput {
        blobs = List.copyOf(blobs);
    }

    /** {@return the layout {@code input} describes, addresses resolved against {@code bases}} */
    static LayoutInput parse(byte[] input, Map<Region, Long> bases) {
        if (input.length == 0) {
            return new LayoutInput(false, false, false, false, List.of());
        }
        int flags = input[0];
        List<Blob> blobs = new ArrayList<>();
        int at = 1;
        while (at + BLOB_HEADER <= input.length) {
            Region region = Region.of(input[at]);
            long offset = Integer.toUnsignedLong(input[at + 1] & 0xFF | (input[at + 2] & 0xFF) << 8
                    | (input[at + 3] & 0xFF) << 16 | (input[at + 4] & 0xFF) << 24);
            int length = input[at + 5] & 0xFF | (input[at + 6] & 0xFF) << 8;
            at += BLOB_HEADER;
            int end = (int) Math.min(input.length, (long) at + length);
            blobs.add(new Blob(bases.get(region) + offset, Arrays.copyOfRange(input, at, end)));
            at = end;
        }
        return new LayoutInput((flags & SCAN) != 0, (flags & REPAIR_CHECKSUMS) != 0, (flags & WITHOUT_LOW_MEMORY) != 0,
                (flags & COPY_ONLY) != 0, blobs);
    }
}
