package org.smpboot.acpi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HexTests {

    @ParameterizedTest
    @CsvSource({"0, 2", "10, 2", "255, 2", "4096, 1", "3735928559, 8", "1, 6"})
    void hexReadsAsTheFormatterWritesIt(long value, int digits) {
        assertEquals(("%0" + digits + "X").formatted(value), Hex.of(value, digits));
    }

    @ParameterizedTest
    @CsvSource({"0", "127", "128", "255", "256", "-1"})
    void aByteIsItsLowEightBitsAsTwoDigits(int value) {
        assertEquals("%02X".formatted(value & 0xFF), Hex.ofByte(value));
    }
}
