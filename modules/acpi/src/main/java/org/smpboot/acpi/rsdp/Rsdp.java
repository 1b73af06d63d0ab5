package org.smpboot.acpi.rsdp;

import java.util.Objects;

/**
 * The Root System Description Pointer: where the RSDT (and, from ACPI 2.0, the XSDT) is.
 *
 * <pre>
 * offset size field
 *  0     8    Signature          "RSD PTR "
 *  8     1    Checksum           bytes 0-19 sum to 0
 *  9     6    OEMID
 * 15     1    Revision           0: ACPI 1.0 (20 bytes); 2: ACPI 2.0+ (36 bytes)
 * 16     4    RsdtAddress        32-bit physical address of the RSDT
 * ---------- end of the ACPI 1.0 structure ----------
 * 20     4    Length             of the whole RSDP, 36
 * 24     8    XsdtAddress        64-bit physical address of the XSDT
 * 32     1    Extended Checksum  all 36 bytes sum to 0
 * 33     3    Reserved
 * </pre>
 *
 * @param revision         the Revision field
 * @param oemId            the 6 OEMID bytes, one char per byte
 * @param rsdtAddress      the RSDT's address, 0 to 2^32-1
 * @param length           the Length field of a revision 2 RSDP; 20 for revision 0
 * @param xsdtAddress      the XSDT's address (all 64 bits, unsigned); 0 for revision 0
 * @param checksumValid    whether bytes 0-19 sum to zero
 * @param extendedChecksumValid whether the whole structure sums to zero (true for revision 0)
 * @spec ACPI 6.5 §5.2.5.3 "Root System Description Pointer (RSDP) Structure"
 */
public record Rsdp(int revision, String oemId, long rsdtAddress, long length, long xsdtAddress,
        boolean checksumValid, boolean extendedChecksumValid) {

    /** The signature, 8 bytes with a trailing space. */
    public static final String SIGNATURE = "RSD PTR ";
    /** Offset of Checksum. */
    public static final int CHECKSUM_OFFSET = 8;
    /** Offset of OEMID. */
    public static final int OEM_ID_OFFSET = 9;
    /** Size of OEMID. */
    public static final int OEM_ID_SIZE = 6;
    /** Offset of Revision. */
    public static final int REVISION_OFFSET = 15;
    /** Offset of RsdtAddress. */
    public static final int RSDT_ADDRESS_OFFSET = 16;
    /** Size of the ACPI 1.0 structure, which the Checksum covers. */
    public static final int V1_SIZE = 20;
    /** Offset of Length. */
    public static final int LENGTH_OFFSET = 20;
    /** Offset of XsdtAddress. */
    public static final int XSDT_ADDRESS_OFFSET = 24;
    /** Offset of Extended Checksum. */
    public static final int EXTENDED_CHECKSUM_OFFSET = 32;
    /** Size of the ACPI 2.0 structure, which the Extended Checksum covers. */
    public static final int V2_SIZE = 36;
    /** The first revision with Length, XsdtAddress and Extended Checksum. */
    public static final int XSDT_REVISION = 2;

    /** Validates the field widths and the OEMID's 6 single-byte characters. */
    public Rsdp {
        if ((revision & ~0xFF) != 0 || (rsdtAddress & ~0xFFFF_FFFFL) != 0 || (length & ~0xFFFF_FFFFL) != 0) {
            throw new IllegalArgumentException("Invalid RSDP: revision %d, RSDT 0x%x, Length %d out of range"
                    .formatted(revision, rsdtAddress, length));
        }
        Objects.requireNonNull(oemId, "oemId");
        if (oemId.length() != OEM_ID_SIZE || oemId.chars().anyMatch(c -> c > 0xFF)) {
            throw new IllegalArgumentException("Invalid RSDP OEMID \"%s\": must be %d single-byte characters"
                    .formatted(oemId, OEM_ID_SIZE));
        }
    }

    /**
     * {@return whether the XSDT is the root table}: revision 2 or later and a non-zero XSDT
     * address, as ACPICA decides; otherwise the RSDT.
     */
    public boolean usesXsdt() {
        return revision >= XSDT_REVISION && xsdtAddress != 0;
    }
}
