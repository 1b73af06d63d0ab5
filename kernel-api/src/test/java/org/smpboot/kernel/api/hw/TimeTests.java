package org.smpboot.kernel.api.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTests {

    private static final TscFrequency TWO_GHZ = new TscFrequency(2_000_000_000L);

    @Nested
    class TscFrequencies {

        @Test
        void tenMillisecondsAtTwoGigahertzAreTwentyMillionCycles() {
            assertEquals(20_000_000L, TWO_GHZ.cyclesIn(10_000_000L));
        }

        @Test
        void conversionRoundsUpToWholeCycles() {
            assertEquals(1, new TscFrequency(3).cyclesIn(1));
        }

        @Test
        void longWaitsSaturateInsteadOfOverflowing() {
            assertEquals(Long.MAX_VALUE, TWO_GHZ.cyclesIn(Long.MAX_VALUE));
        }

        @Test
        void cyclesConvertBackToNanoseconds() {
            assertEquals(50_000_000L, TWO_GHZ.nanosIn(100_000_000L));
        }

        @Test
        void theRateIsPositive() {
            assertThrows(IllegalArgumentException.class, () -> new TscFrequency(0));
        }
    }

    @Nested
    class Delays {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"10ms, 20000000", "200us, 400000", "5ns, 10", "1s, 2000000000", "100000000cycles, 100000000",
            "0, 0", "0ms, 0"})
        void delaysParseToCycles(String text, long cycles) {
            assertEquals(cycles, Delay.parse(text).toCycles(TWO_GHZ));
        }

        @ParameterizedTest
        @ValueSource(strings = {"10", "-1ms", "ten ms", "1 h", "", "99999999999999999999ms"})
        void malformedDelaysNameTheAcceptedForms(String text) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Delay.parse(text));
            assertTrue(error.getMessage().startsWith("Invalid delay '" + text + "'"), error.getMessage());
        }

        @Test
        void theTextFormUsesTheLargestWholeUnit() {
            assertEquals("10ms", Delay.millis(10).text());
            assertEquals("200us", Delay.micros(200).text());
            assertEquals("1500ns", new Delay.Time(1500).text());
            assertEquals("20000000cycles", new Delay.Cycles(20_000_000).text());
        }
    }
}
