package org.smpboot.acpi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The APIC ID set holds each 32-bit ID once, in whichever of its three stores the ID's size picks. */
class ApicIdSetTests {

    @ParameterizedTest(name = "ID {0}")
    @ValueSource(ints = {0, 63, 64, 255, 256, 65_535, 65_536, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE})
    void anIdAddedIsContainedAndAddedOnlyOnce(int id) {
        ApicIdSet set = new ApicIdSet(1);
        assertFalse(set.contains(id));
        assertTrue(set.add(id));
        assertTrue(set.contains(id));
        assertFalse(set.add(id), "the second add");
        assertEquals(1, set.size());
    }

    @ParameterizedTest(name = "ID {0}")
    @ValueSource(ints = {1, 300, 70_000})
    void anIdNotAddedIsNotContainedInAnyStore(int id) {
        ApicIdSet set = new ApicIdSet(4);
        for (int present : new int[] {0, 299, 69_999, 70_001}) {
            set.add(present);
        }
        assertFalse(set.contains(id));
    }

    @Test
    void theSetAgreesWithAHashSetOnSeededRandomIds() {
        Random random = new Random(7);
        ApicIdSet set = new ApicIdSet(3_000);
        Set<Integer> expected = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            // IDs from all three stores, with repeats.
            int id = switch (i % 3) {
                case 0 -> random.nextInt(256);
                case 1 -> random.nextInt(1 << 16);
                default -> random.nextInt(Integer.MAX_VALUE) | 1 << 16;
            };
            assertEquals(expected.add(id), set.add(id), () -> "adding " + id);
        }
        assertEquals(expected.size(), set.size());
        for (int i = 0; i < 10_000; i++) {
            int id = random.nextInt();
            if (id != -1) {
                assertEquals(expected.contains(id), set.contains(id), "contains " + id);
            }
        }
    }

    @Nested
    class Refusals {

        @Test
        void theX2ApicPlaceholderIsNeverStored() {
            assertThrows(IllegalArgumentException.class, () -> new ApicIdSet(1).add(0xFFFF_FFFF));
            assertFalse(new ApicIdSet(1).contains(0xFFFF_FFFF));
        }

        @Test
        void theCapacityIsZeroToTwoToThe29() {
            assertThrows(IllegalArgumentException.class, () -> new ApicIdSet(-1));
            assertThrows(IllegalArgumentException.class, () -> new ApicIdSet((1 << 29) + 1));
        }
    }
}
