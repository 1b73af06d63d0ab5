package org.smpboot.kernel.api.apic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcrTests {

    @Nested
    class Fields {

        @ParameterizedTest
        @ValueSource(ints = {-1, 256, 0x1000})
        void theVectorIsEightBits(int vector) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Icr.fixed(vector));
            assertTrue(error.getMessage().startsWith("Invalid vector " + vector), error.getMessage());
        }

        @Test
        void everyFieldIsRequired() {
            assertThrows(NullPointerException.class, () -> new Icr(0, null, DestinationMode.PHYSICAL,
                    DeliveryStatus.IDLE, Level.ASSERT, TriggerMode.EDGE, DestinationShorthand.NO_SHORTHAND, 0));
        }

        @Test
        void theDefaultsAreAssertEdgePhysicalIdleNoShorthand() {
            Icr icr = Icr.of(DeliveryMode.NMI);
            assertEquals(new Icr(0, DeliveryMode.NMI, DestinationMode.PHYSICAL, DeliveryStatus.IDLE, Level.ASSERT,
                    TriggerMode.EDGE, DestinationShorthand.NO_SHORTHAND, 0), icr);
        }

        @Test
        void withersChangeOneField() {
            Icr icr = Icr.fixed(0x30).withDestination(-1);
            assertEquals(0xFFFF_FFFFL, icr.unsignedDestination());
            assertEquals(0x30, icr.vector());
        }

        @Test
        void aPhysicalDestinationClearsTheShorthand() {
            Icr icr = Icr.fixed(0x30).withShorthand(DestinationShorthand.ALL_INCLUDING_SELF)
                    .withDestinationMode(DestinationMode.LOGICAL).withPhysicalDestination(ApicId.of(9));
            assertEquals(DestinationShorthand.NO_SHORTHAND, icr.shorthand());
            assertEquals(DestinationMode.PHYSICAL, icr.destinationMode());
            assertEquals(9, icr.destination());
        }
    }

    @Nested
    class StartupAddresses {

        @Test
        void theVectorIsThePageNumber() {
            assertEquals(0x08, Icr.startupVector(0x8000));
            assertEquals(0x9F, Icr.startupVector(0x9F000));
            assertEquals(0x8000, Icr.startup(0x8000).startupAddress());
        }

        @Test
        void addressesMustBeBelowOneMebibyte() {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> Icr.startup(0x10_0000));
            assertEquals("Invalid SIPI start address 0x100000: it must be below 1 MiB (0x100000)", error.getMessage());
        }

        @Test
        void addressesMustBePageAligned() {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Icr.startup(0x8010));
            assertEquals("Invalid SIPI start address 0x8010: it must be 4 KiB aligned", error.getMessage());
        }

        @Test
        void theHighestStartAddressIsFF000() {
            assertEquals(0xFF, Icr.startupVector(0xFF000));
            assertThrows(IllegalArgumentException.class, () -> Icr.startupVector(-4096));
        }
    }

    @Test
    void initLevelDeassertIsInitWithLevelClear() {
        assertTrue(Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).isInitLevelDeassert());
        assertFalse(Icr.of(DeliveryMode.INIT).isInitLevelDeassert());
        assertFalse(Icr.startup(0x8000).withLevel(Level.DEASSERT).isInitLevelDeassert());
    }
}
