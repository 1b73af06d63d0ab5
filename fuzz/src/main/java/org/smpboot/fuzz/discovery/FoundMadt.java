package org.smpboot.fuzz.discovery;

import org.smpboot.acpi.listing.AsciiBuffer;
import org.smpboot.acpi.listing.IaslText;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.acpi.source.FoundTable;

/**
 * What is done with a MADT a source finds: the kernel's firmware reader parses it leniently
 * (only {@code AcpiException}s may escape), takes the processor view and the wakeup mailbox, and
 * {@code smpboot madt} lists it as iasl does. None of it may throw anything else.
 */
final class FoundMadt {

    /** One listing buffer per fuzzing thread, cleared before each use. */
    private static final ThreadLocal<AsciiBuffer> LISTING = ThreadLocal.withInitial(() -> new AsciiBuffer(64 * 1024));

    private FoundMadt() {
    }

    static void read(FoundTable apic) {
        Madt madt;
        try {
            madt = Madt.parse(apic.bytes(), Strictness.LENIENT);
        } catch (AcpiException unreadable) {
            return;
        }
        ProcessorView.of(madt, Strictness.LENIENT);
        madt.multiprocessorWakeup().flatMap(MultiprocessorWakeupEntry::toMailbox);
        AsciiBuffer listing = LISTING.get();
        listing.clear();
        IaslText.write(madt, apic.origin(), listing);
    }
}
