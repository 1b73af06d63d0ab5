package org.smpboot.kernel.api.apic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.smpboot.kernel.api.apic.DestinationShorthand.ALL_EXCLUDING_SELF;
import static org.smpboot.kernel.api.apic.DestinationShorthand.ALL_INCLUDING_SELF;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.kernel.api.apic.IcrCodec.Decoding;

/**
 * The ICR codec against the values real kernels and the SDM write (spec digest §9.1).
 */
class IcrCodecTests {

    private static long xapic(Icr icr) {
        return IcrCodec.encode(icr, ApicMode.XAPIC);
    }

    private static long x2apic(Icr icr) {
        return IcrCodec.encode(icr, ApicMode.X2APIC);
    }

    @Nested
    class TheSeedsBroadcastSequence {

        @Test
        void initAssertIs000CC500() {
            Icr init = Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL).withShorthand(ALL_EXCLUDING_SELF);
            assertEquals(0x000C_C500L, xapic(init));
        }

        @Test
        void initDeassertIs00088500() {
            Icr deassert = Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).withTriggerMode(TriggerMode.LEVEL)
                    .withShorthand(ALL_INCLUDING_SELF);
            assertEquals(0x0008_8500L, xapic(deassert));
        }

        @Test
        void startupAt0x8000Is000C4608() {
            assertEquals(0x000C_4608L, xapic(Icr.startup(0x8000).withShorthand(ALL_EXCLUDING_SELF)));
        }

        @Test
        void theHighWordOfABroadcastIsZero() {
            assertEquals(0, IcrLayout.high(xapic(Icr.startup(0x8000).withShorthand(ALL_EXCLUDING_SELF))));
        }
    }

    @Nested
    class TheSdmExample {

        @Test
        void broadcastInitIs000C4500() {
            assertEquals(0x000C_4500L, xapic(Icr.of(DeliveryMode.INIT).withShorthand(ALL_EXCLUDING_SELF)));
        }

        @ParameterizedTest
        @ValueSource(ints = {0x01, 0x08, 0x9F, 0xC0, 0xFF})
        void broadcastStartupIs000C46VV(int vector) {
            Icr sipi = Icr.of(DeliveryMode.STARTUP).withVector(vector).withShorthand(ALL_EXCLUDING_SELF);
            assertEquals(0x000C_4600L | vector, xapic(sipi));
        }
    }

    @Nested
    class LinuxUnicastForms {

        private final ApicId target = ApicId.of(0x05);

        @Test
        void initAssertIs0000C500WithTheIdInTheHighWord() {
            long raw = xapic(Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL)
                    .withPhysicalDestination(target));
            assertEquals(0x0000_C500, IcrLayout.low(raw));
            assertEquals(0x0500_0000, IcrLayout.high(raw));
        }

        @Test
        void initDeassertIs00008500() {
            long raw = xapic(Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).withTriggerMode(TriggerMode.LEVEL)
                    .withPhysicalDestination(target));
            assertEquals(0x0000_8500, IcrLayout.low(raw));
        }

        @Test
        void startupWithoutTheLevelBitIs00000600OrPage() {
            long raw = xapic(Icr.startup(0x9A000).withLevel(Level.DEASSERT).withPhysicalDestination(target));
            assertEquals(0x0000_0600 | 0x9A, IcrLayout.low(raw));
        }

        @Test
        void x2apicWritesTheIdAboveTheLowWordInOneValue() {
            long raw = x2apic(Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL)
                    .withPhysicalDestination(ApicId.of(0x1234_5678L)));
            assertEquals(0x1234_5678_0000_C500L, raw);
        }
    }

    @Nested
    class TheDigestsWorkedExamples {

        @Test
        void startupToX2ApicId0x100Is0000010000004608() {
            Icr sipi = Icr.startup(0x8000).withPhysicalDestination(ApicId.of(0x100));
            assertEquals(0x0000_0100_0000_4608L, x2apic(sipi));
        }

        @Test
        void startupToXApicId5IsHigh05000000Low00004608() {
            long raw = xapic(Icr.startup(0x8000).withPhysicalDestination(ApicId.of(5)));
            assertEquals(0x0500_0000, IcrLayout.high(raw));
            assertEquals(0x0000_4608, IcrLayout.low(raw));
        }

        @Test
        void asterinasGeneralIpiIs00004000OrVector() {
            assertEquals(0x0000_4000L | 0xF2, xapic(Icr.fixed(0xF2)));
        }
    }

    @Nested
    class DestinationField {

        @Test
        void xapicDestinationOccupiesBits56To63() {
            long raw = xapic(Icr.fixed(0x40).withPhysicalDestination(ApicId.of(0xFE)));
            assertEquals(0xFEL << 56, raw & IcrLayout.XAPIC_DESTINATION_MASK);
            assertEquals(0, raw & 0x00FF_FFFF_0000_0000L);
        }

        @Test
        void x2apicDestinationOccupiesBits32To63() {
            long raw = x2apic(Icr.fixed(0x40).withPhysicalDestination(ApicId.X2APIC_BROADCAST));
            assertEquals(0xFFFF_FFFFL << 32, raw & IcrLayout.X2APIC_DESTINATION_MASK);
        }

        @Test
        void decodingReadsTheDestinationFromTheModesBits() {
            long raw = 0x1200_0034_0000_4040L;
            assertEquals(0x12, IcrCodec.decode(raw & ~0x0000_0034_0000_0000L, ApicMode.XAPIC, Decoding.STRICT)
                    .destination());
            assertEquals(0x1200_0034, IcrCodec.decode(raw, ApicMode.X2APIC, Decoding.STRICT).destination());
        }

        @Test
        void xapicWordsJoinToTheSameValue() {
            Icr icr = Icr.fixed(0x30).withPhysicalDestination(ApicId.of(7));
            long raw = xapic(icr);
            assertEquals(icr, IcrCodec.decodeXApic(IcrLayout.high(raw), IcrLayout.low(raw), Decoding.STRICT));
        }
    }

    @Nested
    class DecodingRawValues {

        @ParameterizedTest
        @ValueSource(ints = {0b011, 0b111})
        void reservedDeliveryModesRoundTripUnchanged(int bits) {
            long raw = (long) bits << IcrLayout.DELIVERY_MODE_SHIFT | 0x4000;
            Icr decoded = IcrCodec.decode(raw, ApicMode.XAPIC, IcrCodec.Decoding.STRICT);
            assertEquals(DeliveryMode.fromEncoding(bits), decoded.deliveryMode());
            assertEquals(bits, decoded.deliveryMode().encoding());
        }

        @Test
        void reservedDeliveryModesAreNotSendable() {
            Icr reserved = Icr.of(DeliveryMode.RESERVED_011);
            InvalidIcrException error = assertThrows(InvalidIcrException.class, () -> xapic(reserved));
            assertEquals(IcrRule.RESERVED_DELIVERY_MODE, error.rule());
        }

        @Test
        void strictDecodingRejectsReservedBit13() {
            InvalidIcrException error = assertThrows(InvalidIcrException.class,
                    () -> IcrCodec.decode(0x2000L | 0x4030, ApicMode.XAPIC, IcrCodec.Decoding.STRICT));
            assertEquals(IcrRule.RESERVED_BITS_SET, error.rule());
        }

        @Test
        void strictDecodingRejectsXapicBits20To55() {
            assertThrows(InvalidIcrException.class,
                    () -> IcrCodec.decode(1L << 40, ApicMode.XAPIC, IcrCodec.Decoding.STRICT));
        }

        @Test
        void lenientDecodingIgnoresReservedBits() {
            Icr decoded = IcrCodec.decode(0x0003_2000L | 0x4030, ApicMode.XAPIC, IcrCodec.Decoding.LENIENT);
            assertEquals(Icr.fixed(0x30), decoded);
        }

        @Test
        void xapicDecodingReportsDeliveryStatusPending() {
            Icr decoded = IcrCodec.decode(0x1000L | 0x4030, ApicMode.XAPIC, IcrCodec.Decoding.STRICT);
            assertEquals(DeliveryStatus.SEND_PENDING, decoded.deliveryStatus());
        }

        @Test
        void x2apicHasNoDeliveryStatusBit() {
            assertEquals(DeliveryStatus.IDLE,
                    IcrCodec.decode(0x1000L | 0x4030, ApicMode.X2APIC, IcrCodec.Decoding.LENIENT).deliveryStatus());
            assertThrows(InvalidIcrException.class,
                    () -> IcrCodec.decode(0x1000L | 0x4030, ApicMode.X2APIC, IcrCodec.Decoding.STRICT));
        }

        @Test
        void everyLowWordDecodesLeniently() {
            for (long low = 0; low <= 0xFFFFF; low++) {
                IcrCodec.decode(low, ApicMode.XAPIC, IcrCodec.Decoding.LENIENT);
            }
        }
    }

    @Nested
    class Encoding {

        @Test
        void sendPendingCannotBeWrittenInEitherMode() {
            Icr pending = Icr.fixed(0x30).withDeliveryStatus(DeliveryStatus.SEND_PENDING);
            assertEquals(IcrRule.DELIVERY_STATUS_READ_ONLY,
                    assertThrows(InvalidIcrException.class, () -> xapic(pending)).rule());
            assertEquals(IcrRule.DELIVERY_STATUS_READ_ONLY,
                    assertThrows(InvalidIcrException.class, () -> x2apic(pending)).rule());
        }

        @Test
        void aDestinationWiderThan8BitsIsNeverTruncatedInXapicMode() {
            Icr wide = Icr.fixed(0x30).withPhysicalDestination(ApicId.of(0x100));
            InvalidIcrException error = assertThrows(InvalidIcrException.class, () -> xapic(wide));
            assertEquals(IcrRule.DESTINATION_WIDER_THAN_XAPIC, error.rule());
            assertEquals(0x0000_0100_0000_4030L, x2apic(wide));
        }

        @Test
        void encodedValuesNeverSetReservedBits() {
            long raw = x2apic(Icr.fixed(0xFF).withPhysicalDestination(ApicId.of(0xFFFF_FFFEL))
                    .withDestinationMode(DestinationMode.LOGICAL));
            assertEquals(0, raw & (IcrLayout.X2APIC_RESERVED_MASK | IcrLayout.DELIVERY_STATUS_MASK));
        }
    }
}
