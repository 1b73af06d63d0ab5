package org.smpboot.acpi.build;

import static org.smpboot.acpi.internal.LittleEndian.putU8;
import static org.smpboot.acpi.internal.LittleEndian.putUnsigned;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.acpi.table.Checksum;

/**
 * Builds an RSDP: 20 bytes for revision 0 (ACPI 1.0), 36 for revision 2 (ACPI 2.0+), with
 * Checksum and Extended Checksum set.
 *
 * @spec ACPI 6.5 §5.2.5.3 "Root System Description Pointer (RSDP) Structure"
 */
public final class RsdpBuilder {

    private RsdpBuilder() {
    }

    /** {@return a revision 0 RSDP pointing at an RSDT} */
    public static byte[] version1(String oemId, long rsdtAddress) {
        return build(0, oemId, rsdtAddress, 0);
    }

    /** {@return a revision 2 RSDP pointing at an RSDT (may be 0) and an XSDT} */
    public static byte[] version2(String oemId, long rsdtAddress, long xsdtAddress) {
        return build(Rsdp.XSDT_REVISION, oemId, rsdtAddress, xsdtAddress);
    }

    /**
     * {@return an RSDP of any revision}: below 2 the 20-byte structure, from 2 the 36-byte one.
     *
     * @param revision    0 to 255
     * @param oemId       at most 6 characters, padded with spaces
     * @param rsdtAddress 32-bit physical address of the RSDT
     * @param xsdtAddress 64-bit physical address of the XSDT (ignored below revision 2)
     */
    public static byte[] build(int revision, String oemId, long rsdtAddress, long xsdtAddress) {
        if ((revision & ~0xFF) != 0 || (rsdtAddress & ~0xFFFF_FFFFL) != 0) {
            throw new IllegalArgumentException("Invalid RSDP revision %d or RSDT address 0x%x: 8- and 32-bit fields"
                    .formatted(revision, rsdtAddress));
        }
        String paddedOemId = new TableIdentity(oemId, "", 0, "", 0).oemId();
        int size = revision >= Rsdp.XSDT_REVISION ? Rsdp.V2_SIZE : Rsdp.V1_SIZE;
        byte[] rsdp = new byte[size];
        MemorySegment bytes = MemorySegment.ofArray(rsdp);
        MemorySegment.copy(MemorySegment.ofArray(Rsdp.SIGNATURE.getBytes(StandardCharsets.ISO_8859_1)), 0, bytes, 0, 8);
        MemorySegment.copy(MemorySegment.ofArray(paddedOemId.getBytes(StandardCharsets.ISO_8859_1)), 0, bytes,
                Rsdp.OEM_ID_OFFSET, 6);
        putU8(bytes, Rsdp.REVISION_OFFSET, revision);
        putUnsigned(bytes, Rsdp.RSDT_ADDRESS_OFFSET, 4, rsdtAddress);
        if (size == Rsdp.V2_SIZE) {
            putUnsigned(bytes, Rsdp.LENGTH_OFFSET, 4, Rsdp.V2_SIZE);
            putUnsigned(bytes, Rsdp.XSDT_ADDRESS_OFFSET, 8, xsdtAddress);
        }
        putU8(bytes, Rsdp.CHECKSUM_OFFSET, Checksum.complement(bytes, 0, Rsdp.V1_SIZE));
        if (size == Rsdp.V2_SIZE) {
            putU8(bytes, Rsdp.EXTENDED_CHECKSUM_OFFSET, Checksum.complement(bytes, 0, Rsdp.V2_SIZE));
        }
        return rsdp;
    }
}
