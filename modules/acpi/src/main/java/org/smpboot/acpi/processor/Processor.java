package org.smpboot.acpi.processor;

import java.util.Objects;
import org.smpboot.acpi.madt.entry.AcpiProcessorUid;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * One processor entry of a MADT (Processor Local APIC or Local x2APIC) and what a kernel does
 * with it at boot.
 *
 * @param entryOffset       the entry's byte offset in the MADT
 * @param source            {@link EntryType#LOCAL_APIC} or {@link EntryType#LOCAL_X2APIC}
 * @param acpiProcessorUid  the ACPI Processor UID
 * @param apicId            the APIC ID (8 bits from a Local APIC entry, 32 from x2APIC)
 * @param enabled           the Enabled flag
 * @param onlineCapable     the Online Capable flag where the MADT revision defines it (5 and up)
 * @param onlineCapableFlag the raw Online Capable bit, whatever the revision
 * @param disposition       the kernel's verdict
 * @spec ACPI 6.5 §5.2.12.2 and §5.2.12.12
 */
public record Processor(int entryOffset, EntryType source, AcpiProcessorUid acpiProcessorUid, ApicId apicId,
        boolean enabled, boolean onlineCapable, boolean onlineCapableFlag, Disposition disposition) {

    /** Validates the source and that an honoured Online Capable flag is set. */
    public Processor {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(acpiProcessorUid, "acpiProcessorUid");
        Objects.requireNonNull(apicId, "apicId");
        Objects.requireNonNull(disposition, "disposition");
        if (source != EntryType.LOCAL_APIC && source != EntryType.LOCAL_X2APIC) {
            throw new IllegalArgumentException("Invalid processor source %s: a Local APIC or Local x2APIC entry".formatted(source));
        }
        if (onlineCapable && !onlineCapableFlag) {
            throw new IllegalArgumentException("Invalid processor: Online Capable honoured but the flag is clear");
        }
    }

    /** {@return whether the kernel brings this processor up at boot} */
    public boolean bootable() {
        return disposition == Disposition.BOOT;
    }
}
