package org.smpboot.fuzz.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.acpi.build.AcpiImage;
import org.smpboot.acpi.build.AcpiImageBuilder;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * Discovery seeds that break one rule each, for the RSDP and acpidump rules no well-formed image
 * reaches: an RSDP of the undefined revision 1, with a wrong checksum, with a revision 2 Length
 * below 36 (and so a wrong extended checksum); an EBDA that holds no RSDP, so the scan goes on to
 * the BIOS area; a table whose Length runs past the memory that backs it; and an acpidump text
 * with every kind of line the reader refuses. Written without checksum repair where a wrong
 * checksum is the point, so the mutations start from the broken rule.
 *
 * @spec ACPI 6.5 §5.2.5.1 (EBDA and BIOS-area scan), §5.2.5.3 (RSDP fields and checksums)
 */
final class DiscoveryRuleSeeds {

    private static final int RSDP_CHECKSUM_OFFSET = 8;
    private static final int RSDP_LENGTH_OFFSET = 20;
    /** Where RAM ends below 4 GiB: the 32-bit PCI hole ({@link Region#PCI_HOLE}) backs nothing. */
    private static final long PCI_HOLE = 0xC000_0000L;

    private DiscoveryRuleSeeds() {
    }

    /** {@return the seeds by file name, given one small MADT to lay out} */
    static Map<String, byte[]> all(Map<org.smpboot.fuzz.discovery.Region, Long> bases, byte[] madt) {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("builder-rule-rsdp-revision-1", DiscoverySeeds.layout(false, bases,
                new AcpiImageBuilder().rsdpAddress(0xF_0000).rsdpRevision(1).table(madt).build(), null));
        seeds.put("builder-rule-rsdp-checksum", DiscoverySeeds.layout(false, bases,
                new AcpiImageBuilder().rsdpAddress(0xF_0000).rsdpRevision(2).table(madt).build(),
                rsdp(bytes -> bytes[RSDP_CHECKSUM_OFFSET]++)));
        seeds.put("builder-rule-rsdp-length-and-extended-checksum", DiscoverySeeds.layout(false, bases,
                new AcpiImageBuilder().rsdpAddress(0xF_0000).rsdpRevision(2).table(madt).build(),
                rsdp(bytes -> bytes[RSDP_LENGTH_OFFSET] = 20)));
        seeds.put("builder-scan-empty-ebda-then-bios-area", emptyEbda(0, bases, madt));
        seeds.put("builder-table-length-past-backed-memory", DiscoverySeeds.layout(false, bases,
                new AcpiImageBuilder().rsdpAddress(0xF_0000).tablesAddress(PCI_HOLE - 0x100).rsdpRevision(2).table(madt).build(),
                bytes -> {
                    if (new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("APIC")) {
                        bytes[5] = 4; // Length 0x400 + the table's own: it runs into the PCI hole
                    }
                }));
        seeds.put("builder-acpidump-unreadable-lines", acpidump());
        AcpiImage inBiosArea = new AcpiImageBuilder().rsdpAddress(0xE_0000).rsdpRevision(2).table(madt).build();
        seeds.put("builder-scan-without-low-memory", DiscoverySeeds.write(
                LayoutInput.SCAN | LayoutInput.REPAIR_CHECKSUMS | LayoutInput.WITHOUT_LOW_MEMORY, bases, inBiosArea,
                inBiosArea.blobs()));
        // Through an empty EBDA first, so that copied candidates are also passed over.
        seeds.put("builder-scan-copy-only", emptyEbda(LayoutInput.COPY_ONLY, bases, madt));
        seeds.put("builder-handoff-copy-only", DiscoverySeeds.write(
                LayoutInput.REPAIR_CHECKSUMS | LayoutInput.COPY_ONLY, bases, inBiosArea, inBiosArea.blobs()));
        seeds.put("builder-rsdp-revision-2-in-the-last-20-bytes-of-ram", rsdpAtEndOfRam(bases, madt));
        return seeds;
    }

    /** {@return a patch of the blob that starts with the RSDP signature} */
    private static java.util.function.Consumer<byte[]> rsdp(java.util.function.Consumer<byte[]> patch) {
        return bytes -> {
            if (new String(bytes, 0, 8, StandardCharsets.ISO_8859_1).equals("RSD PTR ")) {
                patch.accept(bytes);
            }
        };
    }

    /**
     * A revision 2 RSDP in the last 20 bytes below the PCI hole: its checksummed first 20 bytes are
     * in RAM, its extended fields would be in the hole, so a reader can check only the 20 bytes.
     */
    private static byte[] rsdpAtEndOfRam(Map<org.smpboot.fuzz.discovery.Region, Long> bases, byte[] madt) {
        long rsdp = PCI_HOLE - Rsdp.V1_SIZE;
        AcpiImage image = new AcpiImageBuilder().rsdpAddress(rsdp).tablesAddress(0x10_0000).rsdpRevision(2)
                .table(madt).build();
        List<AcpiImage.Blob> blobs = new ArrayList<>();
        for (AcpiImage.Blob blob : image.blobs()) {
            blobs.add(blob.address().value() == rsdp
                    ? new AcpiImage.Blob(blob.address(), java.util.Arrays.copyOf(blob.bytes(), Rsdp.V1_SIZE))
                    : blob);
        }
        return DiscoverySeeds.write(false, bases, image, blobs);
    }

    /** The BIOS data area points at an EBDA with no RSDP in its first KiB; the RSDP is in the BIOS area. */
    private static byte[] emptyEbda(int moreFlags, Map<org.smpboot.fuzz.discovery.Region, Long> bases, byte[] madt) {
        long ebda = 0x9_FC00;
        AcpiImage image = new AcpiImageBuilder().rsdpAddress(0xE_0000).tablesAddress(0x6_0000).rsdpRevision(2)
                .table(madt).build();
        List<AcpiImage.Blob> blobs = new ArrayList<>(image.blobs());
        blobs.add(new AcpiImage.Blob(PhysicalAddress.of(0x40E), new byte[] {(byte) (ebda >>> 4), (byte) (ebda >>> 12)}));
        return DiscoverySeeds.write(LayoutInput.SCAN | LayoutInput.REPAIR_CHECKSUMS | moreFlags, bases, image, blobs);
    }

    /**
     * An acpidump text with a line that is no hex-dump line, a line out of order, a token that is
     * not two hex digits, an offset too long to be one, and a table header with no bytes after it.
     */
    private static byte[] acpidump() {
        String text = """
                APIC @ 0x0000000000000000
                    0000: 41 50 49 43 2C 00 00 00 05 00 42 4F 43 48 53 20  APIC,.....BOCHS\s
                    not a dump line
                    0010: 42 58 50 43 41 50 49 43 01 00 00 00 42 58 50 43  BXPCAPIC....BXPC
                    0020: 01 00 00 00 00 00 E0 FE 01 00 00 00 zz 00        ............
                FACP @ 0x0000000000001000
                    0000: 46 41 43 50
                    0008: 00 00 00 00
                    00000000000000000000: 00
                HPET @ 0x0000000000002000
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(LayoutInput.ACPIDUMP);
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
