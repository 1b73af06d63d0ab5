package org.smpboot.acpi.madt.entry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.problem.FormatRule;

/** Structures a lenient read keeps though too short (ACPI 6.5 §5.2.12): validated, copied, compared by content. */
class TruncatedEntryTests {

    private static final byte[] BYTES = {0, 8, 1, 2};

    @Nested
    class Validation {

        @Test
        void theReasonIsRequired() {
            assertThrows(NullPointerException.class, () -> new TruncatedEntry(0, 0, 8, BYTES, null));
        }

        @Test
        void theReasonIsALengthRule() {
            assertThrows(IllegalArgumentException.class,
                    () -> new TruncatedEntry(0, 0, 8, BYTES, FormatRule.TABLE_CHECKSUM));
        }

        @Test
        void theBytesHoldAtLeastTheHeader() {
            assertThrows(IllegalArgumentException.class,
                    () -> new TruncatedEntry(0, 0, 8, new byte[] {0}, FormatRule.ENTRY_OVERRUNS_TABLE));
        }

        @Test
        void theBytesAreNoMoreThanTheLength() {
            assertThrows(IllegalArgumentException.class,
                    () -> new TruncatedEntry(0, 0, 3, new byte[] {0, 3, 1, 2}, FormatRule.ENTRY_OVERRUNS_TABLE));
        }

        @Test
        void theBytesStartWithTheType() {
            assertThrows(IllegalArgumentException.class, () -> new TruncatedEntry(0, 1, 8, BYTES, FormatRule.ENTRY_OVERRUNS_TABLE));
        }

        @Test
        void theBytesStartWithTheLength() {
            assertThrows(IllegalArgumentException.class, () -> new TruncatedEntry(0, 0, 9, BYTES, FormatRule.ENTRY_OVERRUNS_TABLE));
        }
    }

    @Test
    void theBytesAreCopiedInAndOutAndEncodedAsTheyWere() {
        byte[] bytes = BYTES.clone();
        TruncatedEntry entry = new TruncatedEntry(0, 0, 8, bytes, FormatRule.ENTRY_OVERRUNS_TABLE);
        bytes[2] = 9;
        entry.available()[3] = 9;
        assertArrayEquals(BYTES, entry.available());
        assertArrayEquals(BYTES, entry.encode());
    }

    @Nested
    class Equality {

        private final TruncatedEntry entry = new TruncatedEntry(0x2C, 0, 8, BYTES, FormatRule.ENTRY_OVERRUNS_TABLE);

        @Test
        void equalContentIsEqualWithTheSameHash() {
            TruncatedEntry same = new TruncatedEntry(0x2C, 0, 8, BYTES.clone(), FormatRule.ENTRY_OVERRUNS_TABLE);
            assertEquals(entry, same);
            assertEquals(entry.hashCode(), same.hashCode());
        }

        @Test
        void everyComponentTakesPart() {
            assertNotEquals(entry, new TruncatedEntry(0x30, 0, 8, BYTES, FormatRule.ENTRY_OVERRUNS_TABLE));
            assertNotEquals(entry, new TruncatedEntry(0x2C, 1, 8, new byte[] {1, 8, 1, 2}, FormatRule.ENTRY_OVERRUNS_TABLE));
            assertNotEquals(entry, new TruncatedEntry(0x2C, 0, 9, new byte[] {0, 9, 1, 2}, FormatRule.ENTRY_OVERRUNS_TABLE));
            assertNotEquals(entry, new TruncatedEntry(0x2C, 0, 8, BYTES, FormatRule.ENTRY_SHORTER_THAN_STRUCTURE));
            assertNotEquals(entry, new TruncatedEntry(0x2C, 0, 8, new byte[] {0, 8, 1, 3}, FormatRule.ENTRY_OVERRUNS_TABLE));
            assertNotEquals(entry, (Object) "TruncatedEntry");
        }

        @Test
        void toStringNamesTheRuleAndShowsTheBytesInHex() {
            assertEquals("TruncatedEntry[offset=44, type=0x00, length=8, reason=" + FormatRule.ENTRY_OVERRUNS_TABLE.id()
                    + ", available=00080102]", entry.toString());
        }
    }
}
