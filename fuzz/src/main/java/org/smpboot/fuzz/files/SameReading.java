package org.smpboot.fuzz.files;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.table.Signature;
import org.smpboot.fuzz.Finding;

/**
 * A MADT found in a file reads as the same bytes read in memory: {@code Madt.parse} (lenient)
 * gives the same structures and problems, or fails with the same problem. What a file source
 * hands on must be indistinguishable from the bytes a caller would have read themselves.
 */
final class SameReading {

    /** Tables up to this size are read again from their bytes in memory; the rest are holes of zeros. */
    static final int MAX_COMPARED = 1 << 20;

    private SameReading() {
    }

    /** What a lenient read of a MADT gives. */
    private record Reading(List<Problem> problems, List<MadtEntry> entries, boolean checksumValid) {
    }

    /** Checks that {@code found}, if it is a MADT, reads as {@code bytes} read in memory. */
    static void check(FoundTable found, byte[] bytes) {
        if (!found.signature().equals(Signature.MADT)) {
            return;
        }
        Object fromSource = reading(found.bytes());
        Object inMemory = reading(MemorySegment.ofArray(bytes));
        if (!fromSource.equals(inMemory)) {
            throw Finding.of("the MADT of %s reads as %s, its bytes in memory as %s", found.origin(), fromSource, inMemory);
        }
    }

    /** {@return the structures, problems and checksum of a lenient read, or the problem it failed with} */
    private static Object reading(MemorySegment bytes) {
        try {
            Madt madt = Madt.parse(bytes, Strictness.LENIENT);
            List<MadtEntry> entries = new ArrayList<>();
            madt.entries().forEach(entries::add);
            return new Reading(madt.problems(), entries, madt.checksumValid());
        } catch (AcpiException e) {
            return e.problem();
        }
    }
}
