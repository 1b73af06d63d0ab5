package org.smpboot.kernel.api.wakeup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.hw.PhysicalAddress;

class WakeupValuesTests {

    private static final PhysicalAddress ENTRY = PhysicalAddress.of(0x8000);
    private static final PhysicalAddress LONG_ENTRY = PhysicalAddress.of(0x8040);

    @Nested
    class BootContexts {

        @Test
        void theRealModeEntryIsAPageBelowOneMebibyte() {
            assertThrows(IllegalArgumentException.class,
                    () -> new ApBootContext(PhysicalAddress.of(0x8040), LONG_ENTRY, 0x1000, List.of(), ApArrivals.NONE));
            assertThrows(IllegalArgumentException.class,
                    () -> new ApBootContext(PhysicalAddress.of(0x100000), LONG_ENTRY, 0x1000, List.of(), ApArrivals.NONE));
        }

        @Test
        void theLongModeEntryLiesInsideTheImage() {
            assertThrows(IllegalArgumentException.class,
                    () -> new ApBootContext(ENTRY, PhysicalAddress.of(0x9000), 0x1000, List.of(), ApArrivals.NONE));
        }

        @Test
        void overlapWithTheImageIsByteExact() {
            ApBootContext context = new ApBootContext(ENTRY, LONG_ENTRY, 0x1000, List.of(), ApArrivals.NONE);
            assertTrue(context.overlapsImage(0x8FFF, 1));
            assertFalse(context.overlapsImage(0x9000, 0x1000));
            assertFalse(context.overlapsImage(0x7000, 0x1000));
        }

        @Test
        void targetsAreDistinct() {
            assertThrows(IllegalArgumentException.class,
                    () -> new ApBootContext(ENTRY, LONG_ENTRY, 0x1000, List.of(ApicId.of(1), ApicId.of(1)), ApArrivals.NONE));
        }
    }

    @Nested
    class Reports {

        private final ApBootContext context = new ApBootContext(ENTRY, LONG_ENTRY, 0x1000, List.of(ApicId.of(2), ApicId.of(1)), ApArrivals.NONE);

        @Test
        void aReportCoversEveryTargetInTargetOrder() {
            WakeupReport report = WakeupReport.of("test", context, Map.of(
                    ApicId.of(1), new WakeupOutcome.Sent(10),
                    ApicId.of(2), new WakeupOutcome.NotAcknowledged(5)));
            assertEquals(List.of(ApicId.of(2), ApicId.of(1)), List.copyOf(report.outcomes().keySet()));
            assertEquals(1, report.kickedCount());
        }

        @Test
        void aReportThatLosesATargetIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> WakeupReport.of("test", context,
                    Map.of(ApicId.of(1), new WakeupOutcome.Sent(10))));
        }

        @Test
        void aReportThatInventsATargetIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> WakeupReport.of("test", context, Map.of(
                    ApicId.of(1), new WakeupOutcome.Sent(1), ApicId.of(3), new WakeupOutcome.Sent(1))));
        }
    }

    @Test
    void onlySentAndAcknowledgedCountAsKicked() {
        assertTrue(new WakeupOutcome.Sent(0).kicked());
        assertTrue(new WakeupOutcome.Acknowledged(0).kicked());
        assertFalse(new WakeupOutcome.NotAcknowledged(0).kicked());
        assertFalse(new WakeupOutcome.DeliveryFailed("Start-Up #1", new ErrorStatus(4)).kicked());
        assertFalse(new WakeupOutcome.DeliveryTimedOut("INIT", 1).kicked());
        assertFalse(new WakeupOutcome.Refused("no mailbox").kicked());
        assertEquals("Start-Up #1 failed: ESR 0x04 [send-accept]",
                new WakeupOutcome.DeliveryFailed("Start-Up #1", new ErrorStatus(4)).describe());
    }
}
