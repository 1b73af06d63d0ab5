package org.smpboot.kernel.api.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HardwareValuesTests {

    @Nested
    class CpuidRegisters {

        @Test
        void vendorStringsReadEbxEdxEcx() {
            // "GenuineIntel": EBX = "Genu", EDX = "ineI", ECX = "ntel".
            CpuidResult intel = new CpuidResult(0x16, 0x756E_6547, 0x6C65_746E, 0x4965_6E69);
            assertEquals("GenuineIntel", intel.vendorString());
        }

        @Test
        void theTdxSignatureRoundTrips() {
            CpuidResult tdx = CpuidResult.ofVendorString(0, Cpuid.TDX_SIGNATURE);
            assertEquals("IntelTDX    ", tdx.vendorString());
            assertEquals(0x6574_6E49, tdx.ebx()); // "Inte"
            assertEquals(0x5844_546C, tdx.edx()); // "lTDX"
            assertEquals(0x2020_2020, tdx.ecx()); // "    "
        }

        @Test
        void vendorStringsAreTwelveCharacters() {
            assertThrows(IllegalArgumentException.class, () -> CpuidResult.ofVendorString(0, "Intel"));
        }
    }

    @Nested
    class PhysicalAddresses {

        @Test
        void addressesAreNonNegative() {
            assertThrows(IllegalArgumentException.class, () -> PhysicalAddress.of(-1));
        }

        @Test
        void pageAlignmentIsFourKibibytes() {
            assertTrue(PhysicalAddress.of(0x8000).isPageAligned());
            assertFalse(PhysicalAddress.of(0x8010).isPageAligned());
        }

        @Test
        void additionNeverWrapsAround() {
            assertThrows(ArithmeticException.class, () -> PhysicalAddress.of(Long.MAX_VALUE).plus(1));
            assertEquals(PhysicalAddress.of(0x8040), PhysicalAddress.of(0x8000).plus(0x40));
        }

        @Test
        void addressesPrintInHex() {
            assertEquals("0xfee00000", PhysicalAddress.of(0xFEE0_0000L).toString());
        }
    }

    @Test
    void faultsNameTheAccess() {
        assertEquals("Physical memory fault at 0xa0000 (4 bytes): not backed by memory",
                new PhysicalMemoryFault(0xA0000, 4, "not backed by memory").getMessage());
        assertEquals("#GP: WRMSR 0x831: no such MSR", new GeneralProtectionFault("WRMSR 0x831: no such MSR").getMessage());
    }
}
