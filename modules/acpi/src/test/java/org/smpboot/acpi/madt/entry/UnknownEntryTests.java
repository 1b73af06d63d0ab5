package org.smpboot.acpi.madt.entry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Structures of reserved and OEM types (ACPI 6.5 §5.2.12): validated, kept whole, compared by content. */
class UnknownEntryTests {

    @Nested
    class Validation {

        @Test
        void aKnownTypeIsNotUnknown() {
            assertThrows(IllegalArgumentException.class, () -> UnknownEntry.of(EntryType.FIRST_RESERVED - 1, new byte[0]));
        }

        @Test
        void aTypeAboveOneByteIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> UnknownEntry.of(0x100, new byte[0]));
        }

        @Test
        void theDataIsExactlyLengthMinusTheHeader() {
            assertThrows(IllegalArgumentException.class, () -> new UnknownEntry(0, 0x40, 5, new byte[2]));
        }

        @Test
        void aLengthShorterThanTheHeaderIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new UnknownEntry(0, 0x40, 1, new byte[0]));
        }

        @Test
        void aLengthAboveOneByteIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> UnknownEntry.of(0x40, new byte[254]));
        }
    }

    @Test
    void typesFrom0x80AreOem() {
        assertFalse(UnknownEntry.of(EntryType.FIRST_OEM - 1, new byte[0]).isOem());
        assertTrue(UnknownEntry.of(EntryType.FIRST_OEM, new byte[0]).isOem());
    }

    @Test
    void theDataIsCopiedInAndOut() {
        byte[] data = {1, 2};
        UnknownEntry entry = UnknownEntry.of(0x90, data);
        data[0] = 9;
        entry.data()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, entry.data());
    }

    @Test
    void itEncodesAsWritten() {
        assertArrayEquals(new byte[] {(byte) 0x90, 4, 1, 2}, UnknownEntry.of(0x90, new byte[] {1, 2}).encode());
    }

    @Nested
    class Equality {

        private final UnknownEntry entry = new UnknownEntry(0x2C, 0x90, 4, new byte[] {1, 2});

        @Test
        void equalContentIsEqualWithTheSameHash() {
            UnknownEntry same = new UnknownEntry(0x2C, 0x90, 4, new byte[] {1, 2});
            assertEquals(entry, same);
            assertEquals(entry.hashCode(), same.hashCode());
        }

        @Test
        void everyComponentTakesPart() {
            assertNotEquals(entry, new UnknownEntry(0x30, 0x90, 4, new byte[] {1, 2}));
            assertNotEquals(entry, new UnknownEntry(0x2C, 0x91, 4, new byte[] {1, 2}));
            assertNotEquals(entry, new UnknownEntry(0x2C, 0x90, 5, new byte[] {1, 2, 3}));
            assertNotEquals(entry, new UnknownEntry(0x2C, 0x90, 4, new byte[] {1, 3}));
            assertNotEquals(entry, (Object) "UnknownEntry");
        }

        @Test
        void toStringShowsTheTypeAndDataInHex() {
            assertEquals("UnknownEntry[offset=44, type=0x90, length=4, data=0102]", entry.toString());
        }
    }
}
