package org.smpboot.kernel.api.apic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpboot.kernel.api.apic.IcrCodec.Decoding;

/**
 * decode(encode(x)) == x for every sendable ICR, in both modes: exhaustively over every field
 * combination of the low word, and over seeded random 32-bit destinations and 64-bit raw values
 * (deterministic: the same cases on every run).
 */
class IcrRoundTripTests {

    /** The destinations tried with every low-word combination: both ends and a few in between. */
    private static final int[] DESTINATIONS = {0, 1, 0x7F, 0xFE, 0xFF, 0x100, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFE, -1};

    /** Seed of the random cases; fixed so that a failure reproduces. */
    private static final long SEED = 0x5EED_1C2L;

    @Test
    void everySendableFieldCombinationRoundTripsInBothModes() {
        int sendable = 0;
        for (int vector = 0; vector < 256; vector++) {
            for (DeliveryMode deliveryMode : DeliveryMode.values()) {
                for (DestinationMode destinationMode : DestinationMode.values()) {
                    for (Level level : Level.values()) {
                        for (TriggerMode trigger : TriggerMode.values()) {
                            for (DestinationShorthand shorthand : DestinationShorthand.values()) {
                                for (int destination : DESTINATIONS) {
                                    Icr icr = new Icr(vector, deliveryMode, destinationMode, DeliveryStatus.IDLE,
                                            level, trigger, shorthand, destination);
                                    for (ApicMode mode : ApicMode.values()) {
                                        if (IcrRules.isSendable(icr, mode)) {
                                            long raw = IcrCodec.encode(icr, mode);
                                            assertEquals(icr, IcrCodec.decode(raw, mode, Decoding.STRICT));
                                            sendable++;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Guard against a rule set so strict that the loop proves nothing.
        assertTrue(sendable > 10_000, "only " + sendable + " sendable combinations");
    }

    static Stream<Icr> randomSendableX2ApicIcrs() {
        SplittableRandom random = new SplittableRandom(SEED);
        return Stream.generate(() -> new Icr(random.nextInt(256),
                        DeliveryMode.fromEncoding(random.nextInt(8)),
                        DestinationMode.fromEncoding(random.nextInt(2)), DeliveryStatus.IDLE,
                        Level.fromEncoding(random.nextInt(2)), TriggerMode.fromEncoding(random.nextInt(2)),
                        DestinationShorthand.NO_SHORTHAND, random.nextInt()))
                .filter(icr -> IcrRules.isSendable(icr, ApicMode.X2APIC))
                .limit(1_000);
    }

    @ParameterizedTest
    @MethodSource("randomSendableX2ApicIcrs")
    void decodeInvertsEncodeForThirtyTwoBitDestinations(Icr icr) {
        long raw = IcrCodec.encode(icr, ApicMode.X2APIC);
        assertEquals(icr, IcrCodec.decode(raw, ApicMode.X2APIC, Decoding.STRICT));
    }

    static LongStream randomRawValues() {
        return new SplittableRandom(SEED).longs(2_000);
    }

    @ParameterizedTest
    @MethodSource("randomRawValues")
    void encodeInvertsLenientDecodeOfAnySendableRawValue(long raw) {
        for (ApicMode mode : ApicMode.values()) {
            Icr icr = IcrCodec.decode(raw, mode, Decoding.LENIENT);
            if (IcrRules.isSendable(icr, mode)) {
                long cleaned = raw & ~(IcrLayout.reservedMask(mode) | IcrLayout.DELIVERY_STATUS_MASK);
                assertEquals(cleaned, IcrCodec.encode(icr, mode));
            }
        }
    }
}
