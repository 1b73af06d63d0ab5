package org.smpboot.kernel.api.apic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ICR field encodings, copied from the SDM's ICR figure (Vol. 3A §10.6.1), both directions.
 */
class IcrFieldEncodingsTests {

    @Nested
    class DeliveryModeField {

        @ParameterizedTest(name = "{1} is {0}")
        @CsvSource({
            "0b000, FIXED", "0b001, LOWEST_PRIORITY", "0b010, SMI", "0b011, RESERVED_011",
            "0b100, NMI", "0b101, INIT", "0b110, STARTUP", "0b111, RESERVED_111",
        })
        void encodingMatchesTheSdmTable(String bits, DeliveryMode mode) {
            int encoding = Integer.parseInt(bits.substring(2), 2);
            assertEquals(encoding, mode.encoding());
            assertEquals(mode, DeliveryMode.fromEncoding(encoding));
        }

        @Test
        void onlyZeroOneOneAndOneOneOneAreReserved() {
            for (DeliveryMode mode : DeliveryMode.values()) {
                boolean reserved = mode.encoding() == 0b011 || mode.encoding() == 0b111;
                assertEquals(reserved, mode.isReserved(), mode.name());
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 8, 0x100})
        void decodingOutsideThreeBitsIsRejected(int encoding) {
            assertThrows(IllegalArgumentException.class, () -> DeliveryMode.fromEncoding(encoding));
        }
    }

    @Nested
    class OneBitFields {

        @Test
        void destinationModeIsPhysicalZeroLogicalOne() {
            assertEquals(0, DestinationMode.PHYSICAL.encoding());
            assertEquals(1, DestinationMode.LOGICAL.encoding());
            assertEquals(DestinationMode.LOGICAL, DestinationMode.fromEncoding(1));
            assertThrows(IllegalArgumentException.class, () -> DestinationMode.fromEncoding(2));
        }

        @Test
        void deliveryStatusIsIdleZeroSendPendingOne() {
            assertEquals(0, DeliveryStatus.IDLE.encoding());
            assertEquals(1, DeliveryStatus.SEND_PENDING.encoding());
            assertEquals(DeliveryStatus.SEND_PENDING, DeliveryStatus.fromEncoding(1));
            assertThrows(IllegalArgumentException.class, () -> DeliveryStatus.fromEncoding(-1));
        }

        @Test
        void levelIsDeassertZeroAssertOne() {
            assertEquals(0, Level.DEASSERT.encoding());
            assertEquals(1, Level.ASSERT.encoding());
            assertEquals(Level.ASSERT, Level.fromEncoding(1));
            assertThrows(IllegalArgumentException.class, () -> Level.fromEncoding(2));
        }

        @Test
        void triggerModeIsEdgeZeroLevelOne() {
            assertEquals(0, TriggerMode.EDGE.encoding());
            assertEquals(1, TriggerMode.LEVEL.encoding());
            assertEquals(TriggerMode.LEVEL, TriggerMode.fromEncoding(1));
            assertThrows(IllegalArgumentException.class, () -> TriggerMode.fromEncoding(3));
        }
    }

    @Nested
    class ShorthandField {

        @ParameterizedTest(name = "{1} is {0}")
        @CsvSource({"0b00, NO_SHORTHAND", "0b01, SELF", "0b10, ALL_INCLUDING_SELF", "0b11, ALL_EXCLUDING_SELF"})
        void encodingMatchesTheSdmTable(String bits, DestinationShorthand shorthand) {
            int encoding = Integer.parseInt(bits.substring(2), 2);
            assertEquals(encoding, shorthand.encoding());
            assertEquals(shorthand, DestinationShorthand.fromEncoding(encoding));
        }

        @Test
        void decodingOutsideTwoBitsIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> DestinationShorthand.fromEncoding(4));
        }
    }

    @Nested
    class Mnemonics {

        @Test
        void mnemonicsAreTheCommandLineNames() {
            assertEquals("lowest", DeliveryMode.LOWEST_PRIORITY.mnemonic());
            assertEquals("startup", DeliveryMode.STARTUP.mnemonic());
            assertEquals("all-but-self", DestinationShorthand.ALL_EXCLUDING_SELF.mnemonic());
            assertEquals("all", DestinationShorthand.ALL_INCLUDING_SELF.mnemonic());
            assertEquals("deassert", Level.DEASSERT.mnemonic());
            assertEquals("x2apic", ApicMode.X2APIC.mnemonic());
        }

        @Test
        void mnemonicsAreUniqueWithinEachField() {
            assertTrue(unique(DeliveryMode.values()));
            assertTrue(unique(DestinationShorthand.values()));
            assertFalse(DeliveryMode.FIXED.mnemonic().isBlank());
        }

        private static boolean unique(Enum<?>[] values) {
            return java.util.Arrays.stream(values).map(IcrFieldEncodingsTests::mnemonicOf).distinct().count()
                    == values.length;
        }
    }

    private static String mnemonicOf(Enum<?> value) {
        return switch (value) {
            case DeliveryMode mode -> mode.mnemonic();
            case DestinationShorthand shorthand -> shorthand.mnemonic();
            default -> throw new IllegalArgumentException(value.toString());
        };
    }
}
