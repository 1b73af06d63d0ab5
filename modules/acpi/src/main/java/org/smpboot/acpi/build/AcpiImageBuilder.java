package org.smpboot.acpi.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * Lays out ACPI tables in physical memory: the RSDP at its address (by default in the BIOS area
 * 0xE0000-0xFFFFF, where a kernel without a boot-protocol RSDP pointer scans for it), then the
 * root table(s) and the tables packed from a base address, each 16-byte aligned.
 *
 * <p>RSDP revision 0 gets an RSDT only; revision 2 gets both an RSDT and an XSDT, as firmware
 * ships them (set {@link #rsdt(boolean)} false for an XSDT-only image).
 *
 * {@snippet :
 * AcpiImage image = new AcpiImageBuilder()
 *         .rsdpAddress(0xF0000).tablesAddress(0x7FE0000).rsdpRevision(2)
 *         .table(madt)
 *         .build();
 * }
 *
 * @spec ACPI 6.5 §5.2.5.1 "Finding the RSDP on IA-PC Systems"; §5.2.5.3, §5.2.7, §5.2.8
 */
public final class AcpiImageBuilder {

    /** Tables are placed on this boundary. */
    public static final int TABLE_ALIGNMENT = 16;
    /** The default RSDP address: inside the BIOS read-only area a scan covers, 16-byte aligned. */
    public static final long DEFAULT_RSDP_ADDRESS = 0xF_0000L;
    /** The default base of the tables: below 4 GiB so the RSDT can point at them. */
    public static final long DEFAULT_TABLES_ADDRESS = 0x7FE_0000L;

    private long rsdpAddress = DEFAULT_RSDP_ADDRESS;
    private long tablesAddress = DEFAULT_TABLES_ADDRESS;
    private int rsdpRevision = 2;
    private boolean rsdt = true;
    private TableIdentity identity = TableIdentity.SMPBOOT;
    private final List<byte[]> tables = new ArrayList<>();

    /** Sets where the RSDP goes (16-byte aligned for a BIOS-area scan to find it). */
    public AcpiImageBuilder rsdpAddress(long address) {
        this.rsdpAddress = PhysicalAddress.of(address).value();
        return this;
    }

    /** Sets where the root tables and tables start. */
    public AcpiImageBuilder tablesAddress(long address) {
        this.tablesAddress = PhysicalAddress.of(address).value();
        return this;
    }

    /** Sets the RSDP revision: 0 for ACPI 1.0 (RSDT only), 2 for ACPI 2.0+ (XSDT). */
    public AcpiImageBuilder rsdpRevision(int revision) {
        this.rsdpRevision = revision;
        return this;
    }

    /** Sets whether a revision 2 image also has an RSDT (firmware usually ships both). */
    public AcpiImageBuilder rsdt(boolean withRsdt) {
        this.rsdt = withRsdt;
        return this;
    }

    /** Sets the OEM and creator fields of the RSDP and root tables. */
    public AcpiImageBuilder identity(TableIdentity identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
        return this;
    }

    /** Adds a complete table (e.g. from {@link MadtBuilder#build()}). */
    public AcpiImageBuilder table(byte[] table) {
        tables.add(table.clone());
        return this;
    }

    /**
     * {@return the laid-out image}
     *
     * @throws IllegalArgumentException if the RSDP revision is not a byte, the RSDP lies among the
     *     tables, an RSDT would have to hold an address above 4 GiB, or a structure would end past
     *     the last physical address (2^63 - 1)
     */
    public AcpiImage build() {
        boolean withXsdt = rsdpRevision >= org.smpboot.acpi.rsdp.Rsdp.XSDT_REVISION;
        boolean withRsdt = rsdt || !withXsdt;
        List<AcpiImage.Blob> blobs = new ArrayList<>();
        List<Long> addresses = new ArrayList<>();
        // Root tables first, sized from the table count; then the tables.
        long next = align(tablesAddress);
        long rsdtAddress = 0;
        long xsdtAddress = 0;
        int rootHeader = org.smpboot.acpi.table.SdtHeader.SIZE;
        if (withRsdt) {
            rsdtAddress = next;
            next = align(next + rootHeader + 4L * tables.size());
        }
        if (withXsdt) {
            xsdtAddress = next;
            next = align(next + rootHeader + 8L * tables.size());
        }
        for (byte[] table : tables) {
            addresses.add(next);
            blobs.add(new AcpiImage.Blob(PhysicalAddress.of(next), table));
            next = align(next + table.length);
        }
        if (withRsdt) {
            blobs.add(new AcpiImage.Blob(PhysicalAddress.of(rsdtAddress), RootTableBuilder.rsdt(identity, addresses)));
        }
        if (withXsdt) {
            blobs.add(new AcpiImage.Blob(PhysicalAddress.of(xsdtAddress), RootTableBuilder.xsdt(identity, addresses)));
        }
        byte[] rsdp = RsdpBuilder.build(rsdpRevision, identity.oemId(), rsdtAddress, xsdtAddress);
        blobs.add(new AcpiImage.Blob(PhysicalAddress.of(rsdpAddress), rsdp));
        return new AcpiImage(PhysicalAddress.of(rsdpAddress), blobs);
    }

    private static long align(long address) {
        return (address + TABLE_ALIGNMENT - 1) & -TABLE_ALIGNMENT;
    }
}
