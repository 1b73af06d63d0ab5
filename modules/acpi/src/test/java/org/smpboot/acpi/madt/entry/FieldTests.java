package org.smpboot.acpi.madt.entry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The field table's own rules: where a field may lie in a structure and how wide it may be. */
class FieldTests {

    private static final List<Field.Flag> NO_FLAGS = List.of();
    private static final Field.Flag ENABLED = new Field.Flag("Enabled", "enabled", 0, 1);

    @Nested
    class Placement {

        @Test
        void aFieldLiesAfterTheTwoByteHeader() {
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 1, 1, Field.Kind.INTEGER, NO_FLAGS));
        }

        @Test
        void aFieldEndsWithinTheLargestStructure() {
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 250, 8, Field.Kind.INTEGER, NO_FLAGS));
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 2, Integer.MAX_VALUE, Field.Kind.BYTES, NO_FLAGS));
            assertEquals(Field.MAX_END, new Field("F", "f", 247, 8, Field.Kind.INTEGER, NO_FLAGS).end());
        }

        @Test
        void aFieldStartsWithinTheLargestStructure() {
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 256, 1, Field.Kind.INTEGER, NO_FLAGS));
            assertDoesNotThrow(() -> new Field("F", "f", 254, 1, Field.Kind.INTEGER, NO_FLAGS));
            // A byte at offset 255 would be the 256th of a structure whose Length is at most 255.
            assertDoesNotThrow(() -> new Field("F", "f", 255, 0, Field.Kind.BYTES, NO_FLAGS));
        }
    }

    @Nested
    class Width {

        @Test
        void anIntegerIsOneToEightBytes() {
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 2, 0, Field.Kind.INTEGER, NO_FLAGS));
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 2, 9, Field.Kind.INTEGER, NO_FLAGS));
            assertDoesNotThrow(() -> new Field("F", "f", 2, 8, Field.Kind.INTEGER, List.of(ENABLED)));
        }

        @Test
        void stringsAndBytesHaveNoFlagsAndNoNegativeWidth() {
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 2, 4, Field.Kind.STRING, List.of(ENABLED)));
            assertThrows(IllegalArgumentException.class, () -> new Field("F", "f", 2, -1, Field.Kind.BYTES, NO_FLAGS));
            assertDoesNotThrow(() -> new Field("F", "f", 2, 0, Field.Kind.BYTES, NO_FLAGS));
        }
    }

    @Nested
    class Flags {

        @Test
        void aFlagLiesWithinSixtyFourBits() {
            assertThrows(IllegalArgumentException.class, () -> new Field.Flag("F", "f", -1, 1));
            assertThrows(IllegalArgumentException.class, () -> new Field.Flag("F", "f", 0, 0));
            assertThrows(IllegalArgumentException.class, () -> new Field.Flag("F", "f", 60, 5));
            assertDoesNotThrow(() -> new Field.Flag("F", "f", 60, 4));
        }

        @Test
        void aShiftWhoseEndOverflowsAnIntIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> new Field.Flag("F", "f", Integer.MAX_VALUE, 1));
        }

        @Test
        void aSixtyFourBitFlagExtractsTheWholeField() {
            assertEquals(0x8000_0000_0000_0001L, new Field.Flag("F", "f", 0, 64).extract(0x8000_0000_0000_0001L));
            assertEquals(0x3, new Field.Flag("F", "f", 62, 2).extract(-1L));
        }

        @Test
        void namesAreRequired() {
            assertThrows(NullPointerException.class, () -> new Field.Flag(null, "f", 0, 1));
            assertThrows(NullPointerException.class, () -> new Field(null, "f", 2, 1, Field.Kind.INTEGER, NO_FLAGS));
            assertThrows(NullPointerException.class, () -> new Field("F", "f", 2, 1, null, NO_FLAGS));
        }
    }
}
