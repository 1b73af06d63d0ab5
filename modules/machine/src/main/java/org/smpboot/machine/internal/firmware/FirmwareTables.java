package org.smpboot.machine.internal.firmware;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpboot.acpi.build.AcpiImage;
import org.smpboot.acpi.build.AcpiImageBuilder;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.machine.ExecutionEnvironment;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.fault.Fault;

/**
 * The ACPI tables the simulated firmware serves: an RSDP (revision 2) in the BIOS area, an RSDT
 * and an XSDT each listing one MADT, all laid out by the acpi module's table builder.
 *
 * <p>A machine built from a description gets a MADT built for it: a Processor Local APIC
 * structure per processor with an ID below 255 and a Processor Local x2APIC structure for the
 * others (the ACPI rule), each enabled, with the CPU index as ACPI processor UID, in CPU order;
 * MADT faults drop or add entries (phantoms take the IDs after the highest real one); a TDX guest's
 * MADT ends with the Multiprocessor Wakeup structure of its mailbox version. A machine built from a
 * real MADT serves those bytes unchanged.
 *
 * @spec ACPI 6.6 §5.2.5.3 "Root System Description Pointer (RSDP) Structure", §5.2.7 (RSDT),
 *     §5.2.8 (XSDT), §5.2.12 "Multiple APIC Description Table (MADT)", §5.2.12.2 and §5.2.12.12
 *     (processor structures), §5.2.12.19 (Multiprocessor Wakeup)
 */
public final class FirmwareTables {

    /** A processor as the MADT lists it. */
    private record ListedProcessor(ApicId apicId, int uid) {
        boolean needsX2ApicEntry() {
            return apicId.unsignedValue() >= FIRST_X2APIC_ONLY_ID;
        }
    }

    /** IDs from 255 up need the Processor Local x2APIC structure (ACPI §5.2.12.12). */
    private static final long FIRST_X2APIC_ONLY_ID = 0xFF;
    /** MADT revision 5 is ACPI 6.3, the first with Online Capable and what firmware of the 6.4 mailbox era writes. */
    private static final int MADT_REVISION = 5;
    /** MADT revision 6 is ACPI 6.5; a version 1 mailbox (ACPI 6.6) comes with at least that. */
    private static final int MADT_REVISION_MAILBOX_V1 = 6;
    private static final int LOCAL_APIC_UID_LIMIT = 0x100;
    private static final int RSDT_ENTRY = 4;
    private static final int XSDT_ENTRY = 8;

    private final List<ListedProcessor> listed;
    private final boolean tdxGuest;
    private final int mailboxVersion;
    private final byte[] servedMadt;

    private FirmwareTables(List<ListedProcessor> listed, boolean tdxGuest, int mailboxVersion, byte[] servedMadt) {
        this.listed = List.copyOf(listed);
        this.tdxGuest = tdxGuest;
        this.mailboxVersion = mailboxVersion;
        this.servedMadt = servedMadt;
    }

    /** {@return the tables for {@code description}, with its MADT faults applied} */
    public static FirmwareTables describe(MachineDescription description) {
        List<ApicId> ids = description.assignedApicIds();
        Set<Integer> omitted = new HashSet<>();
        int phantoms = 0;
        for (Fault fault : description.faults()) {
            if (fault instanceof Fault.MadtOmitsCpu omit) {
                omitted.add(omit.cpu().value());
            } else if (fault instanceof Fault.MadtPhantomCpus phantom) {
                phantoms += phantom.count();
            }
        }
        List<ListedProcessor> listed = new ArrayList<>();
        long highest = 0;
        for (int i = 0; i < ids.size(); i++) {
            highest = Math.max(highest, ids.get(i).unsignedValue());
            if (!omitted.contains(i)) {
                listed.add(new ListedProcessor(ids.get(i), i));
            }
        }
        for (int p = 1; p <= phantoms; p++) {
            listed.add(new ListedProcessor(ApicId.of(highest + p), ids.size() - 1 + p));
        }
        return new FirmwareTables(listed, description.environment() == ExecutionEnvironment.TDX_GUEST,
                description.mailboxVersion(), null);
    }

    /** {@return tables that serve {@code madt} byte for byte} */
    public static FirmwareTables serving(byte[] madt) {
        return new FirmwareTables(List.of(), false, 0, madt.clone());
    }

    /** {@return the bytes the RSDT, XSDT and MADT need in the ACPI area, each 16-byte aligned} */
    public long byteSize() {
        return align(SdtHeader.SIZE + RSDT_ENTRY) + align(SdtHeader.SIZE + XSDT_ENTRY) + align(madtLength());
    }

    private long madtLength() {
        if (servedMadt != null) {
            return servedMadt.length;
        }
        long length = Madt.ENTRIES_OFFSET;
        for (ListedProcessor processor : listed) {
            length += processor.needsX2ApicEntry() ? EntryType.LOCAL_X2APIC.minimumLength()
                    : EntryType.LOCAL_APIC.minimumLength();
        }
        if (tdxGuest) {
            length += mailboxVersion >= 1 ? MultiprocessorWakeupEntry.LENGTH_V1 : MultiprocessorWakeupEntry.LENGTH_V0;
        }
        return length;
    }

    /**
     * Writes the RSDP, RSDT, XSDT and MADT where {@code layout} says.
     *
     * @param memory raw physical memory
     * @param layout the firmware layout, whose ACPI area is at least {@link #byteSize()} bytes
     */
    public void install(PhysicalMemory memory, FirmwareLayout layout) {
        byte[] madt = servedMadt != null ? servedMadt : buildMadt(layout);
        AcpiImage image = new AcpiImageBuilder()
                .rsdpAddress(layout.rsdpAddress())
                .tablesAddress(layout.acpiBase())
                .rsdpRevision(2)
                .table(madt)
                .build();
        for (AcpiImage.Blob blob : image.blobs()) {
            boolean inAcpiArea = blob.address().value() >= layout.acpiBase()
                    && blob.end() <= layout.acpiBase() + layout.acpiSize();
            if (!inAcpiArea && !blob.address().equals(image.rsdpAddress())) {
                throw new IllegalStateException("ACPI table %s falls outside the ACPI area at 0x%x (0x%x bytes)"
                        .formatted(blob, layout.acpiBase(), layout.acpiSize()));
            }
        }
        image.writeTo(memory);
    }

    private byte[] buildMadt(FirmwareLayout layout) {
        MadtBuilder builder = new MadtBuilder()
                .revision(tdxGuest && mailboxVersion >= 1 ? MADT_REVISION_MAILBOX_V1 : MADT_REVISION);
        for (ListedProcessor processor : listed) {
            if (processor.needsX2ApicEntry()) {
                builder.add(LocalX2ApicEntry.of(processor.apicId(), LocalApicFlags.ENABLED, processor.uid()));
            } else {
                builder.add(LocalApicEntry.of(processor.uid() % LOCAL_APIC_UID_LIMIT, processor.apicId(),
                        LocalApicFlags.ENABLED));
            }
        }
        if (tdxGuest) {
            long mailbox = layout.mailboxAddress().orElseThrow();
            builder.add(mailboxVersion >= 1
                    ? MultiprocessorWakeupEntry.ofVersion1(mailbox, layout.resetVector().orElseThrow())
                    : MultiprocessorWakeupEntry.ofVersion0(mailbox));
        }
        byte[] madt = builder.build();
        if (madt.length != madtLength()) {
            throw new IllegalStateException("MADT of %d bytes, %d planned".formatted(madt.length, madtLength()));
        }
        return madt;
    }

    private static long align(long value) {
        return (value + AcpiImageBuilder.TABLE_ALIGNMENT - 1) & -AcpiImageBuilder.TABLE_ALIGNMENT;
    }
}
