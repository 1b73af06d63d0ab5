package org.smpboot.machine.internal.firmware;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.machine.ExecutionEnvironment;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.fault.Fault;

/**
 * The ACPI tables the simulated firmware serves: an RSDP in the BIOS area pointing to an XSDT that
 * lists one MADT, whose processor entries say what the machine has (or, with MADT faults, what it
 * lies about) and which, in a TDX guest, carries the Multiprocessor Wakeup structure.
 *
 * <p>Processor entries follow the ACPI rule: a Processor Local APIC structure for IDs below 255,
 * a Processor Local x2APIC structure for the others; each enabled, with the CPU index as ACPI
 * processor UID. Phantom processors get the IDs after the highest real one.
 *
 * @spec ACPI 6.6 §5.2.5.3 "Root System Description Pointer (RSDP) Structure", §5.2.8 "Extended
 *     System Description Table (XSDT)", §5.2.12 "Multiple APIC Description Table (MADT)",
 *     §5.2.12.2 and §5.2.12.12 (processor structures), §5.2.12.19 (Multiprocessor Wakeup)
 */
public final class FirmwareTables {

    /** A processor as the MADT lists it. */
    record ListedProcessor(ApicId apicId, int uid) {
    }

    /** IDs from 255 up need the x2APIC structure (ACPI §5.2.12.12). */
    static final long FIRST_X2APIC_ONLY_ID = 0xFF;
    static final int SDT_HEADER_SIZE = 36;
    static final int MADT_FIXED_SIZE = 44;
    static final int LOCAL_APIC_ENTRY_SIZE = 8;
    static final int LOCAL_X2APIC_ENTRY_SIZE = 16;
    static final int WAKEUP_ENTRY_SIZE_V0 = 16;
    static final int WAKEUP_ENTRY_SIZE_V1 = 24;
    static final int TABLE_ALIGNMENT = 16;

    private final List<ListedProcessor> listed;
    private final boolean tdxGuest;
    private final int mailboxVersion;

    private FirmwareTables(List<ListedProcessor> listed, boolean tdxGuest, int mailboxVersion) {
        this.listed = List.copyOf(listed);
        this.tdxGuest = tdxGuest;
        this.mailboxVersion = mailboxVersion;
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
                description.mailboxVersion());
    }

    /** {@return the APIC IDs the MADT lists, in table order} */
    public List<ApicId> listedApicIds() {
        return listed.stream().map(ListedProcessor::apicId).toList();
    }

    /** {@return the bytes the XSDT and MADT need in the ACPI area} */
    public long byteSize() {
        return align(SDT_HEADER_SIZE + 8) + madtLength();
    }

    long madtLength() {
        long length = MADT_FIXED_SIZE;
        for (ListedProcessor processor : listed) {
            length += processor.apicId().unsignedValue() < FIRST_X2APIC_ONLY_ID ? LOCAL_APIC_ENTRY_SIZE
                    : LOCAL_X2APIC_ENTRY_SIZE;
        }
        if (tdxGuest) {
            length += mailboxVersion >= 1 ? WAKEUP_ENTRY_SIZE_V1 : WAKEUP_ENTRY_SIZE_V0;
        }
        return length;
    }

    /**
     * Writes the RSDP, XSDT and MADT where {@code layout} says.
     *
     * @param memory raw physical memory
     * @param layout the firmware layout
     */
    public void install(PhysicalMemory memory, FirmwareLayout layout) {
        // TODO(#4): produce the RSDP, XSDT and MADT with the acpi module's table builder once
        // "acpi milestone 1" is on main; until then the machine serves no ACPI tables.
    }

    private static long align(long value) {
        return (value + TABLE_ALIGNMENT - 1) / TABLE_ALIGNMENT * TABLE_ALIGNMENT;
    }
}
