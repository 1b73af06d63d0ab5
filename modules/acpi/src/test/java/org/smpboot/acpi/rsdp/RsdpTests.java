package org.smpboot.acpi.rsdp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The RSDP value holds what its fields can hold: 8- and 32-bit fields, a 6-byte OEMID. */
class RsdpTests {

    private static Rsdp withOemId(String oemId) {
        return new Rsdp(2, oemId, 0x1000, Rsdp.V2_SIZE, 0x2000, true, true);
    }

    @Test
    void theOemIdIsSixSingleByteCharacters() {
        assertDoesNotThrow(() -> withOemId("OEM\0\u00FF "));
        assertThrows(IllegalArgumentException.class, () -> withOemId("SEVENCH"));
        assertThrows(IllegalArgumentException.class, () -> withOemId("OEM"));
        assertThrows(IllegalArgumentException.class, () -> withOemId("OEMID\u0100"));
    }

    @Test
    void theOemIdIsRequired() {
        assertThrows(NullPointerException.class, () -> withOemId(null));
    }

    @Test
    void revisionRsdtAddressAndLengthFitTheirFields() {
        assertThrows(IllegalArgumentException.class, () -> new Rsdp(256, "OEMIDS", 0, 36, 0, true, true));
        assertThrows(IllegalArgumentException.class, () -> new Rsdp(2, "OEMIDS", 1L << 32, 36, 0, true, true));
        assertThrows(IllegalArgumentException.class, () -> new Rsdp(2, "OEMIDS", 0, 1L << 32, 0, true, true));
    }
}
