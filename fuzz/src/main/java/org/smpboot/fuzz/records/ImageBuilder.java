package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smpboot.acpi.build.AcpiImage;
import org.smpboot.acpi.build.AcpiImageBuilder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.build.TableIdentity;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.acpi.rsdp.RsdpReader;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;
import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * A laid-out ACPI image, from fuzzed addresses, revision and tables: {@link AcpiImage} refuses
 * exactly the blob lists in which two blobs overlap; {@link AcpiImageBuilder} either refuses with
 * {@link IllegalArgumentException} (a revision beyond 8 bits, an RSDP inside the tables, a layout
 * past the address space, an RSDT that would list tables above 4 GiB) or lays out blobs that
 * follow from the RSDP: an RSDP of the given revision, root tables as the revision asks (RSDT,
 * XSDT or both), and every table given, in order, byte for byte.
 *
 * @spec ACPI 6.5 §5.2.5.3 (RSDP), §5.2.7 (RSDT), §5.2.8 (XSDT)
 */
final class ImageBuilder {

    private static final long[] ADDRESS_EDGES = {0, 0xE0000, AcpiImageBuilder.DEFAULT_RSDP_ADDRESS,
        AcpiImageBuilder.DEFAULT_TABLES_ADDRESS, 0xFFFF_FFF0L, 0x1_0000_0000L, Long.MAX_VALUE - 15, Long.MAX_VALUE, -1};

    private ImageBuilder() {
    }

    /** Draws up to four blobs and checks that the image refuses exactly the overlapping ones. */
    static void image(FuzzedDataProvider data) {
        List<AcpiImage.Blob> blobs = new ArrayList<>();
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            long address = Draw.int64(data, 0, 16, 36, 64) & Long.MAX_VALUE;
            byte[] bytes = new byte[data.consumeInt(0, 64)];
            // A blob ending past 2^63 - 1 is left out: Blob refuses it (ArrayRecords checks that).
            if (address <= Long.MAX_VALUE - bytes.length) {
                blobs.add(new AcpiImage.Blob(PhysicalAddress.of(address), bytes));
            }
        }
        boolean disjoint = true;
        for (int i = 0; i < blobs.size(); i++) {
            for (int j = 0; j < i; j++) {
                disjoint &= !overlap(blobs.get(i), blobs.get(j));
            }
        }
        AcpiImage image = Contract.call("AcpiImage", disjoint,
                () -> new AcpiImage(PhysicalAddress.of(AcpiImageBuilder.DEFAULT_RSDP_ADDRESS), blobs));
        if (image != null && !image.blobs().equals(blobs)) {
            throw Finding.of("%s does not hold the blobs given: %s", image, blobs);
        }
    }

    /** Lays out an image from drawn settings and tables and walks it from the RSDP. */
    static void builder(FuzzedDataProvider data) {
        TableIdentity identity = TableBuilders.identity(data);
        if (identity == null) {
            return;
        }
        long rsdpAddress = Draw.int64(data, ADDRESS_EDGES);
        long tablesAddress = Draw.int64(data, ADDRESS_EDGES);
        int revision = Draw.int32(data, 0, 1, 2, 0xFF, 0x100, -1);
        boolean withRsdt = data.consumeBoolean();
        List<byte[]> tables = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            tables.add(SdtBuilder.build(Signature.of("T%03d".formatted(i)), 1, identity, Draw.bytes(data)));
        }
        AcpiImageBuilder builder = new AcpiImageBuilder().identity(identity).rsdpRevision(revision).rsdt(withRsdt);
        tables.forEach(builder::table);
        if (Contract.call("AcpiImageBuilder.rsdpAddress", rsdpAddress >= 0, () -> builder.rsdpAddress(rsdpAddress)) == null
                || Contract.call("AcpiImageBuilder.tablesAddress", tablesAddress >= 0,
                        () -> builder.tablesAddress(tablesAddress)) == null) {
            return;
        }
        AcpiImage image;
        try {
            image = builder.build();
        } catch (IllegalArgumentException refused) {
            boolean rsdtNeeded = withRsdt || revision < Rsdp.XSDT_REVISION;
            // An RSDP in the last 36 bytes below 2^63 would end past the last physical address.
            boolean rsdpPastTheTop = rsdpAddress > Long.MAX_VALUE - Rsdp.V2_SIZE;
            if (Draw.fitsUnsigned(revision, 1) && !rsdpInsideTables(rsdpAddress, tablesAddress, tables)
                    && !(rsdtNeeded && beyond32Bits(tablesAddress, tables)) && !rsdpPastTheTop) {
                throw Finding.of("AcpiImageBuilder refused RSDP at 0x%x, tables at 0x%x, revision %d: %s", rsdpAddress,
                        tablesAddress, revision, refused.getMessage());
            }
            return;
        } catch (RuntimeException escaped) {
            throw Finding.undocumented("AcpiImageBuilder.build", escaped);
        }
        walk(image, rsdpAddress, revision, withRsdt, tables);
    }

    /** Follows the image from its RSDP to every table, as discovery would, checking what it finds. */
    private static void walk(AcpiImage image, long rsdpAddress, int revision, boolean withRsdt, List<byte[]> tables) {
        if (image.rsdpAddress().value() != rsdpAddress) {
            throw Finding.of("%s is not at the RSDP address 0x%x", image, rsdpAddress);
        }
        Rsdp rsdp;
        try {
            rsdp = RsdpReader.read(MemorySegment.ofArray(blobAt(image, rsdpAddress)), new Problems(Strictness.STRICT));
        } catch (AcpiException refused) {
            throw Finding.of("A strict read refused the image's RSDP: %s", refused.getMessage());
        }
        boolean xsdt = revision >= Rsdp.XSDT_REVISION;
        boolean rsdt = withRsdt || !xsdt;
        // A root table may lie at address 0 (the tables' base is the caller's choice), so presence is
        // judged by the blob and its signature (checkRoot), absence by a zero address.
        if (rsdp.revision() != revision || !rsdt && rsdp.rsdtAddress() != 0 || !xsdt && rsdp.xsdtAddress() != 0) {
            throw Finding.of("Image of revision %d (RSDT %s) has %s", revision, withRsdt, rsdp);
        }
        int roots = (rsdt ? 1 : 0) + (xsdt ? 1 : 0);
        if (image.blobs().size() != 1 + roots + tables.size()) {
            throw Finding.of("Image of %d tables and %d root tables has %d blobs", tables.size(), roots,
                    image.blobs().size());
        }
        if (rsdt) {
            checkRoot(image, rsdp.rsdtAddress(), Signature.RSDT, tables);
        }
        if (xsdt) {
            checkRoot(image, rsdp.xsdtAddress(), Signature.XSDT, tables);
        }
    }

    private static void checkRoot(AcpiImage image, long address, Signature signature, List<byte[]> tables) {
        byte[] root = blobAt(image, address);
        int entrySize = signature.equals(Signature.XSDT) ? Long.BYTES : Integer.BYTES;
        if (root.length < SdtHeader.SIZE || !Arrays.equals(Arrays.copyOf(root, Signature.LENGTH), signature.bytes())) {
            throw Finding.of("The RSDP points at 0x%x for the %s, which holds no %s", address, signature, signature);
        }
        ByteBuffer entries = ByteBuffer.wrap(root, SdtHeader.SIZE, root.length - SdtHeader.SIZE)
                .order(ByteOrder.LITTLE_ENDIAN);
        if (root.length != SdtHeader.SIZE + entrySize * tables.size()) {
            throw Finding.of("A root table of %d bytes lists %d tables", root.length, tables.size());
        }
        for (byte[] table : tables) {
            long entry = entrySize == Long.BYTES ? entries.getLong() : Integer.toUnsignedLong(entries.getInt());
            if (!Arrays.equals(blobAt(image, entry), table)) {
                throw Finding.of("The root table at 0x%x lists 0x%x, which is not the table given", address, entry);
            }
        }
    }

    private static byte[] blobAt(AcpiImage image, long address) {
        return image.blobs().stream().filter(blob -> blob.address().value() == address).findFirst()
                .orElseThrow(() -> Finding.of("%s has no blob at 0x%x", image, address)).bytes();
    }

    /**
     * {@return whether the RSDP's 36 bytes may fall among the root tables and tables}: from the
     * tables' base to past their largest possible extent (two root tables and every table, each
     * rounded up to 16 bytes), or the layout runs off the 63-bit address space.
     */
    private static boolean rsdpInsideTables(long rsdpAddress, long tablesAddress, List<byte[]> tables) {
        long extent = extent(tables);
        return tablesAddress > Long.MAX_VALUE - extent
                || rsdpAddress < tablesAddress + extent && tablesAddress < rsdpAddress + Rsdp.V2_SIZE;
    }

    /** {@return a bound of the bytes from the tables' base to the end of the last table} */
    private static long extent(List<byte[]> tables) {
        long alignment = AcpiImageBuilder.TABLE_ALIGNMENT;
        long extent = 2 * (SdtHeader.SIZE + 8L * tables.size() + alignment) + alignment;
        for (byte[] table : tables) {
            extent += table.length + AcpiImageBuilder.TABLE_ALIGNMENT;
        }
        return extent;
    }

    /** {@return whether the tables may reach past 4 GiB, where an RSDT cannot point: RootTableBuilder refuses that} */
    private static boolean beyond32Bits(long tablesAddress, List<byte[]> tables) {
        return tablesAddress > 0xFFFF_FFFFL - extent(tables);
    }

    private static boolean overlap(AcpiImage.Blob a, AcpiImage.Blob b) {
        return a.address().value() < b.end() && b.address().value() < a.end();
    }
}
