package org.smpboot.acpi.madt.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.Strictness;

/** A Local SAPIC's UID string is held as bytes and ended by a NUL, so only such strings are accepted. */
class LocalSapicEntryTests {

    private static LocalSapicEntry withUid(String uid, int length) {
        return new LocalSapicEntry(MadtEntry.NOT_IN_A_TABLE, length, 1, 2, 3, 0, LocalApicFlags.ENABLED, 4, uid);
    }

    @Test
    void aUidStringReadsBackAsWritten() {
        LocalSapicEntry entry = withUid("\u00E9CPU", 24);
        byte[] table = new MadtBuilder().add(entry).build();
        MadtEntry read = Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT).entries().iterator().next();
        assertEquals("\u00E9CPU", ((LocalSapicEntry) read).acpiProcessorUidString());
    }

    @Test
    void aUidStringWithANulIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> withUid("A\0B", 24));
    }

    @Test
    void aUidStringBeyondOneBytePerCharIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> withUid("A\u0100", 24));
    }

    @Test
    void aUidStringAndItsNulFitTheLength() {
        assertThrows(IllegalArgumentException.class, () -> withUid("A", 17));
    }
}
