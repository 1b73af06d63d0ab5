package org.smpboot.fuzz.discovery;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smpboot.acpi.build.AcpiImage;
import org.smpboot.acpi.build.AcpiImageBuilder;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.table.SdtHeader;

/**
 * Seeds of the discovery target: firmware images that {@code AcpiImageBuilder} lays out around
 * MADT seeds, written in {@link LayoutInput}'s format with the checksum-repair flag set (so the
 * fuzzer's mutations of pointers and lengths keep valid checksums).
 *
 * <p>They vary what discovery depends on: RSDP revision 0 (RSDT only) and 2 (XSDT, with and
 * without an RSDT), the RSDP given by the hand-off, found in the BIOS area or in the EBDA, and the
 * tables in dense low memory, in the firmware's dense table area, in sparse RAM and above 4 GiB.
 */
public final class DiscoverySeeds {

    private DiscoverySeeds() {
    }

    /** {@return the seeds by file name, given the MADT seeds by file name} */
    public static Map<String, byte[]> all(Map<String, byte[]> madts) {
        Map<Region, Long> bases = Firmware.current().bases();
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("builder-handoff-rsdp2-acpi-area-firecracker", seed(false, bases, new AcpiImageBuilder()
                .rsdpAddress(0xF_0000).tablesAddress(bases.get(Region.ACPI_TABLES)).rsdpRevision(2),
                madts.get("corpus-firecracker.APIC.bin")));
        seeds.put("builder-scan-rsdp2-xsdt-only-sparse-tdx", seed(true, bases, new AcpiImageBuilder()
                .rsdpAddress(0xE_0000).tablesAddress(0x7FE_0000).rsdpRevision(2).rsdt(false),
                madts.get("builder-tdx-guest-mailbox-v1")));
        seeds.put("builder-scan-rsdp0-rsdt-low-memory-x299", lastInBiosArea(bases,
                madts.get("corpus-evga-x299-lapic-and-x2apic-type-7f.APIC.bin")));
        seeds.put("builder-handoff-xsdt-above-4g-x2apic-512", seed(false, bases, new AcpiImageBuilder()
                .rsdpAddress(0xF_0000).tablesAddress(0x1_0000_0000L).rsdpRevision(2).rsdt(false),
                madts.get("builder-x2apic-512-cpus")));
        seeds.put("builder-handoff-rsdp2-sparse-surface-arm", seed(false, bases, new AcpiImageBuilder()
                .rsdpAddress(0xF_0000).tablesAddress(0x20_0000).rsdpRevision(2),
                madts.get("corpus-surface-pro-9-gicc-its.APIC.bin")));
        seeds.put("builder-scan-ebda-rsdp-every-structure", ebda(bases, madts.get("builder-every-structure-type")));
        seeds.putAll(DiscoveryRuleSeeds.all(bases, madts.get("corpus-firecracker.APIC.bin")));
        // Damaged MADTs found through valid firmware: discovery must still list what it can, and
        // stop where iasl stops, for each way a structure can break.
        for (String rule : List.of("entry-overruns-table", "zero-length-entry", "entry-shorter-than-structure",
                "entry-header-truncated", "entry-shorter-than-header")) {
            seeds.put("builder-handoff-damaged-madt-" + rule, seed(false, bases, new AcpiImageBuilder()
                    .rsdpAddress(0xF_0000).tablesAddress(bases.get(Region.ACPI_TABLES)).rsdpRevision(2),
                    Objects.requireNonNull(madts.get("builder-rule-" + rule), rule)));
        }
        Map<String, byte[]> tails = new LinkedHashMap<>();
        tails.put("oem-fragment", new byte[] {(byte) 0x90, 0});
        tails.put("reserved-fragment", new byte[] {0x40, 1});
        tails.put("oem-structure-past-the-end", new byte[] {(byte) 0x90, 0x20, 1, 2, 3});
        tails.forEach((name, tail) -> seeds.put("builder-handoff-damaged-madt-" + name, seed(false, bases,
                new AcpiImageBuilder().rsdpAddress(0xF_0000).tablesAddress(bases.get(Region.ACPI_TABLES)).rsdpRevision(2),
                madtEndingWith(tail, Madt.ENTRIES_OFFSET))));
        // 40 bytes: the Local APIC Address but no Flags.
        seeds.put("builder-handoff-damaged-madt-without-flags", seed(false, bases, new AcpiImageBuilder()
                .rsdpAddress(0xF_0000).tablesAddress(bases.get(Region.ACPI_TABLES)).rsdpRevision(2),
                madtEndingWith(new byte[0], Madt.FLAGS_OFFSET)));
        return seeds;
    }

    /**
     * {@return an empty MADT cut to {@code keep} bytes, then {@code tail}, with Length and Checksum
     * matching} The structures in {@code tail} are as broken as they are written.
     */
    private static byte[] madtEndingWith(byte[] tail, int keep) {
        byte[] table = java.util.Arrays.copyOf(new MadtBuilder().build(), keep + tail.length);
        System.arraycopy(tail, 0, table, keep, tail.length);
        java.lang.foreign.MemorySegment.ofArray(table).set(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED
                .withOrder(java.nio.ByteOrder.LITTLE_ENDIAN), SdtHeader.LENGTH_OFFSET, table.length);
        return SdtBuilder.fixChecksum(table);
    }

    /**
     * An RSDP revision 0 in the last slot of the BIOS area a scan covers, found because the
     * machine's own RSDP at 0xE0000 is wiped.
     */
    private static byte[] lastInBiosArea(Map<Region, Long> bases, byte[] madt) {
        AcpiImage image = new AcpiImageBuilder().rsdpAddress(0xF_FFE0).tablesAddress(0x5_0000).rsdpRevision(0)
                .table(madt).build();
        List<AcpiImage.Blob> blobs = new ArrayList<>(image.blobs());
        blobs.add(new AcpiImage.Blob(org.smpboot.kernel.api.hw.PhysicalAddress.of(0xE_0000), new byte[20]));
        return write(true, bases, image, blobs);
    }

    /** An image found through the EBDA: the BIOS data area's word at 0x40E holds its segment. */
    private static byte[] ebda(Map<Region, Long> bases, byte[] madt) {
        long ebda = 0x9_FC00;
        AcpiImage image = new AcpiImageBuilder().rsdpAddress(ebda + 0x20).tablesAddress(0x6_0000).rsdpRevision(2)
                .table(madt).build();
        List<AcpiImage.Blob> blobs = new ArrayList<>(image.blobs());
        blobs.add(new AcpiImage.Blob(org.smpboot.kernel.api.hw.PhysicalAddress.of(0x40E),
                new byte[] {(byte) (ebda >>> 4), (byte) (ebda >>> 12)}));
        return write(true, bases, image, blobs);
    }

    private static byte[] seed(boolean scan, Map<Region, Long> bases, AcpiImageBuilder builder, byte[] madt) {
        AcpiImage image = builder.table(madt).build();
        return write(scan, bases, image, image.blobs());
    }

    /**
     * {@return {@code image} laid out with checksums as they are (not repaired), after {@code patch}
     * (if not null) changed each blob's bytes as it likes}
     */
    static byte[] layout(boolean scan, Map<Region, Long> bases, AcpiImage image, java.util.function.Consumer<byte[]> patch) {
        List<AcpiImage.Blob> blobs = new ArrayList<>();
        for (AcpiImage.Blob blob : image.blobs()) {
            byte[] bytes = blob.bytes().clone();
            if (patch != null) {
                patch.accept(bytes);
            }
            blobs.add(new AcpiImage.Blob(blob.address(), bytes));
        }
        return write(scan, false, bases, image, blobs);
    }

    /** Writes the blobs, the RSDP first (the hand-off gives the first blob's address). */
    static byte[] write(boolean scan, Map<Region, Long> bases, AcpiImage image, List<AcpiImage.Blob> blobs) {
        return write(scan, true, bases, image, blobs);
    }

    private static byte[] write(boolean scan, boolean repair, Map<Region, Long> bases, AcpiImage image,
            List<AcpiImage.Blob> blobs) {
        return write((scan ? LayoutInput.SCAN : 0) | (repair ? LayoutInput.REPAIR_CHECKSUMS : 0), bases, image, blobs);
    }

    /** Writes the blobs after the flags byte {@code flags} ({@link LayoutInput}'s bits), the RSDP first. */
    static byte[] write(int flags, Map<Region, Long> bases, AcpiImage image, List<AcpiImage.Blob> blobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(flags);
        List<AcpiImage.Blob> ordered = new ArrayList<>(blobs);
        ordered.sort(Comparator.comparing(blob -> !blob.address().equals(image.rsdpAddress())));
        for (AcpiImage.Blob blob : ordered) {
            long address = blob.address().value();
            Region region = bases.entrySet().stream().filter(base -> base.getValue() <= address)
                    .filter(base -> base.getKey() != Region.PCI_HOLE)
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            long offset = address - bases.get(region);
            byte[] bytes = blob.bytes();
            out.write(region.ordinal());
            for (int i = 0; i < 4; i++) {
                out.write((int) (offset >>> (8 * i)));
            }
            out.write(bytes.length);
            out.write(bytes.length >>> 8);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
