package org.smpboot.acpi.processor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Processor counts are counts: none negative, each subset within its set. */
class ProcessorCountsTests {

    @Nested
    class Signs {

        @Test
        void consistentCountsAreAccepted() {
            assertDoesNotThrow(() -> new ProcessorCounts(3, 1, 3, 1, 1, 0, 3, 0x100, 2, 1));
        }

        @Test
        void noCountIsNegative() {
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(1, 0, 0, -1, 0, 0, 0, 0, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(1, 0, 0, 0, 0, -1, 0, 0, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(1, 0, 0, 0, 0, 0, 0, 0, -1, -1));
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(1, 0, 0, 0, 0, 0, 0, 0, 0, -1));
        }

        @Test
        void theEntriesFitAnInt() {
            assertThrows(IllegalArgumentException.class,
                    () -> new ProcessorCounts(Integer.MAX_VALUE, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        }
    }

    @Nested
    class Subsets {

        @Test
        void bootableIsWithinEnabledWithinEntries() {
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(2, 0, 1, 0, 0, 0, 2, 1, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(1, 1, 3, 0, 0, 0, 0, 1, 0, 0));
        }

        @Test
        void theMaxApicIdIsMinusOneOrThirtyTwoBits() {
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(0, 0, 0, 0, 0, 0, 0, -2, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> new ProcessorCounts(1, 0, 0, 0, 0, 0, 0, 1L << 32, 0, 0));
        }
    }
}
