package org.smpboot.acpi.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The number formats of iasl's listing, on the fast (tabled) paths and the general ones. */
class AsciiBufferTests {

    @Nested
    class FieldPrefix {

        @Test
        void offsetInHexAndDecimalThenWidthInHex() {
            assertEquals("[02Fh 0047 001h] ", new AsciiBuffer(0).fieldPrefix(0x2F, 1).toString());
        }

        @Test
        void theLargestTabledValuesMatchTheGeneralFormat() {
            assertEquals("[FFFh 4095 FFFh] ", new AsciiBuffer(0).fieldPrefix(0xFFF, 0xFFF).toString());
        }

        @Test
        void offsetsBeyondTheTablesWidenTheirColumns() {
            assertEquals("[1234h 4660 004h] ", new AsciiBuffer(0).fieldPrefix(0x1234, 4).toString());
            assertEquals("[2710h 10000 001h] ", new AsciiBuffer(0).fieldPrefix(10_000, 1).toString());
        }
    }

    @Nested
    class HexDump {

        private final byte[] separator = " // ".getBytes(StandardCharsets.US_ASCII);

        @Test
        void bytesInHexThenPrintableAsciiWithDotsForTheRest() {
            MemorySegment bytes = MemorySegment.ofArray(new byte[] {'A', 'P', 0x00, 0x7F});
            assertEquals("41 50 00 7F  // AP..", new AsciiBuffer(0).hexDump(bytes, 0, 4, 4, separator).toString());
        }

        @Test
        void aShortLineIsPaddedToTheColumns() {
            MemorySegment bytes = MemorySegment.ofArray(new byte[] {1, 2, 3});
            assertEquals("02 03        // ..", new AsciiBuffer(0).hexDump(bytes, 1, 2, 4, separator).toString());
        }

        @Test
        void aLineLongerThanSixtyFourBytesIsRefused() {
            MemorySegment bytes = MemorySegment.ofArray(new byte[65]);
            assertThrows(IllegalArgumentException.class, () -> new AsciiBuffer(0).hexDump(bytes, 0, 65, 16, separator));
        }
    }
}
