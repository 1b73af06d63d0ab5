package org.smpboot.acpi.madt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;

/** The cursor reads the current structure's bytes in place, and nothing outside them. */
class MadtCursorTests {

    /** A cursor standing on one Processor Local APIC structure: UID 7, APIC ID 3, enabled. */
    private static MadtCursor onLocalApic() {
        byte[] table = new MadtBuilder().add(LocalApicEntry.of(7, ApicId.of(3), LocalApicFlags.ENABLED)).build();
        MadtCursor cursor = Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT).cursor();
        assertTrue(cursor.advance());
        return cursor;
    }

    @Nested
    class Reads {

        @Test
        void fieldsAreReadLittleEndianInPlace() {
            MadtCursor cursor = onLocalApic();
            assertEquals(7, cursor.u8(2));
            assertEquals(0x0307, cursor.u16(2));
            assertEquals(1, cursor.u32(4));
        }

        @Test
        void aReadBeforeTheFirstAdvanceIsRefused() {
            byte[] table = new MadtBuilder().build();
            MadtCursor cursor = Madt.parse(MemorySegment.ofArray(table), Strictness.STRICT).cursor();
            assertThrows(NoSuchElementException.class, () -> cursor.u8(0));
        }
    }

    @Nested
    class Bounds {

        @Test
        void aReadPastTheStructureIsRefused() {
            MadtCursor cursor = onLocalApic();
            assertThrows(IllegalArgumentException.class, () -> cursor.u8(8));
            assertThrows(IllegalArgumentException.class, () -> cursor.u64(1));
            assertThrows(IllegalArgumentException.class, () -> cursor.u16(-1));
        }

        @Test
        void aReadWhoseEndOverflowsAnIntIsRefused() {
            MadtCursor cursor = onLocalApic();
            assertThrows(IllegalArgumentException.class, () -> cursor.u64(Integer.MAX_VALUE - 3));
            assertThrows(IllegalArgumentException.class, () -> cursor.u32(Integer.MAX_VALUE));
        }
    }
}
