package org.smpboot.kernel.api.apic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpboot.kernel.api.apic.DestinationShorthand.ALL_EXCLUDING_SELF;
import static org.smpboot.kernel.api.apic.DestinationShorthand.ALL_INCLUDING_SELF;
import static org.smpboot.kernel.api.apic.DestinationShorthand.SELF;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per SDM rule about sendable ICR values ({@link IcrRule}).
 */
class IcrRulesTests {

    private static IcrRule forbiddenRuleOf(Icr icr, ApicMode mode) {
        return assertThrows(InvalidIcrException.class, () -> IcrRules.requireSendable(icr, mode)).rule();
    }

    private static List<IcrRule> notesOf(Icr icr, ApicMode mode) {
        return IcrRules.check(icr, mode).stream().map(IcrViolation::rule).toList();
    }

    @Nested
    class ForbiddenRules {

        @Test
        void reservedDeliveryModesAreNotSent() {
            assertEquals(IcrRule.RESERVED_DELIVERY_MODE, forbiddenRuleOf(Icr.of(DeliveryMode.RESERVED_111), ApicMode.X2APIC));
        }

        @Test
        void xapicDestinationsAreEightBits() {
            Icr icr = Icr.fixed(0x40).withDestination(0x1FF);
            assertEquals(IcrRule.DESTINATION_WIDER_THAN_XAPIC, forbiddenRuleOf(icr, ApicMode.XAPIC));
            assertTrue(IcrRules.isSendable(icr, ApicMode.X2APIC));
        }

        @Test
        void aShorthandLeavesNoRoomForADestination() {
            Icr icr = Icr.fixed(0x40).withShorthand(ALL_EXCLUDING_SELF).withDestination(3);
            assertEquals(IcrRule.DESTINATION_IGNORED_WITH_SHORTHAND, forbiddenRuleOf(icr, ApicMode.XAPIC));
        }

        @Test
        void deliveryStatusIsNeverWritten() {
            Icr icr = Icr.fixed(0x40).withDeliveryStatus(DeliveryStatus.SEND_PENDING);
            assertEquals(IcrRule.DELIVERY_STATUS_READ_ONLY, forbiddenRuleOf(icr, ApicMode.XAPIC));
        }

        @ParameterizedTest
        @EnumSource(value = DeliveryMode.class, names = {"SMI", "NMI", "INIT"})
        void smiNmiAndInitCarryNoVector(DeliveryMode mode) {
            assertEquals(IcrRule.VECTOR_NOT_USED_BY_DELIVERY_MODE,
                    forbiddenRuleOf(Icr.of(mode).withVector(0x20), ApicMode.XAPIC));
            assertTrue(IcrRules.isSendable(Icr.of(mode), ApicMode.XAPIC));
        }

        @ParameterizedTest
        @ValueSource(ints = {0x00, 0x02, 0x0F})
        void fixedVectorsBelowSixteenAreIllegal(int vector) {
            assertEquals(IcrRule.ILLEGAL_VECTOR, forbiddenRuleOf(Icr.fixed(vector), ApicMode.XAPIC));
            assertEquals(IcrRule.ILLEGAL_VECTOR,
                    forbiddenRuleOf(Icr.of(DeliveryMode.LOWEST_PRIORITY).withVector(vector), ApicMode.X2APIC));
        }

        @Test
        void vectorSixteenIsTheFirstLegalFixedVector() {
            assertTrue(IcrRules.isSendable(Icr.fixed(0x10), ApicMode.XAPIC));
        }

        @ParameterizedTest
        @ValueSource(ints = {0xA0, 0xAF, 0xBF})
        void startupVectorsA0ToBFAreReserved(int vector) {
            Icr sipi = Icr.of(DeliveryMode.STARTUP).withVector(vector);
            assertEquals(IcrRule.RESERVED_STARTUP_VECTOR, forbiddenRuleOf(sipi, ApicMode.XAPIC));
        }

        @ParameterizedTest
        @ValueSource(ints = {0x00, 0x08, 0x9F, 0xC0, 0xFF})
        void startupVectorsOutsideA0ToBFAreSendable(int vector) {
            assertTrue(IcrRules.isSendable(Icr.of(DeliveryMode.STARTUP).withVector(vector), ApicMode.XAPIC));
        }

        @ParameterizedTest
        @EnumSource(value = DeliveryMode.class, names = {"LOWEST_PRIORITY", "SMI", "NMI", "INIT", "STARTUP"})
        void selfAndAllIncludingSelfAreOnlyForFixed(DeliveryMode mode) {
            Icr icr = Icr.of(mode).withVector(mode == DeliveryMode.STARTUP || mode == DeliveryMode.LOWEST_PRIORITY ? 0x20 : 0);
            assertEquals(IcrRule.SHORTHAND_ONLY_WITH_FIXED, forbiddenRuleOf(icr.withShorthand(SELF), ApicMode.XAPIC));
            assertEquals(IcrRule.SHORTHAND_ONLY_WITH_FIXED,
                    forbiddenRuleOf(icr.withShorthand(ALL_INCLUDING_SELF), ApicMode.XAPIC));
            assertTrue(IcrRules.isSendable(Icr.fixed(0x20).withShorthand(SELF), ApicMode.XAPIC));
        }

        @Test
        void initLevelDeassertMayUseAllIncludingSelfAsTheSdmRecommends() {
            Icr deassert = Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).withTriggerMode(TriggerMode.LEVEL)
                    .withShorthand(ALL_INCLUDING_SELF);
            assertTrue(IcrRules.isSendable(deassert, ApicMode.XAPIC));
        }

        @Test
        void initLevelDeassertMustBeLevelTriggered() {
            Icr edge = Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT);
            assertEquals(IcrRule.INIT_DEASSERT_NEEDS_LEVEL_TRIGGER, forbiddenRuleOf(edge, ApicMode.XAPIC));
        }

        @Test
        void theFirstBrokenRuleInDeclarationOrderIsReported() {
            Icr twice = Icr.of(DeliveryMode.RESERVED_011).withDestination(0x100);
            assertEquals(IcrRule.RESERVED_DELIVERY_MODE, forbiddenRuleOf(twice, ApicMode.XAPIC));
        }

        @Test
        void theMessageNamesFieldValueRuleAndCitation() {
            InvalidIcrException error = assertThrows(InvalidIcrException.class,
                    () -> IcrRules.requireSendable(Icr.of(DeliveryMode.STARTUP).withVector(0xA0), ApicMode.XAPIC));
            assertEquals("Start-Up vector 0xa0 is in the reserved range 0xa0-0xbf "
                    + "[reserved-startup-vector; MP Spec 1.4 §B.4.2: Start-Up vectors A0H-BFH are reserved]",
                    error.getMessage());
        }
    }

    @Nested
    class NotesOnWhatHardwareOverrides {

        @Test
        void levelTriggeredInitIsSentEdgeTriggeredByModernApics() {
            Icr init = Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL).withShorthand(ALL_EXCLUDING_SELF);
            assertTrue(IcrRules.isSendable(init, ApicMode.XAPIC));
            assertEquals(List.of(IcrRule.LEVEL_TRIGGER_SENT_AS_EDGE), notesOf(init, ApicMode.XAPIC));
        }

        @Test
        void linuxStartupWithLevelClearIsSentAsAssert() {
            Icr sipi = Icr.startup(0x8000).withLevel(Level.DEASSERT);
            assertTrue(IcrRules.isSendable(sipi, ApicMode.XAPIC));
            assertEquals(List.of(IcrRule.DEASSERT_ONLY_FOR_INIT), notesOf(sipi, ApicMode.XAPIC));
        }

        @Test
        void initLevelDeassertIsUnsupportedOnModernProcessors() {
            Icr deassert = Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT).withTriggerMode(TriggerMode.LEVEL);
            assertEquals(List.of(IcrRule.INIT_DEASSERT_UNSUPPORTED), notesOf(deassert, ApicMode.X2APIC));
        }

        @Test
        void lowestPriorityIsModelSpecific() {
            assertEquals(List.of(IcrRule.LOWEST_PRIORITY_MODEL_SPECIFIC),
                    notesOf(Icr.of(DeliveryMode.LOWEST_PRIORITY).withVector(0x30), ApicMode.XAPIC));
        }

        @Test
        void theSdmExampleRaisesNoNote() {
            assertEquals(List.of(), notesOf(Icr.startup(0x8000).withShorthand(ALL_EXCLUDING_SELF), ApicMode.XAPIC));
            assertEquals(List.of(), notesOf(Icr.of(DeliveryMode.INIT).withShorthand(ALL_EXCLUDING_SELF), ApicMode.XAPIC));
        }

        @Test
        void everyRuleHasACitationAndNotesAreNeverForbidden() {
            for (IcrRule rule : IcrRule.values()) {
                assertTrue(rule.citation().length() > 10, rule.name());
            }
            Icr init = Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL);
            IcrRules.check(init, ApicMode.XAPIC)
                    .forEach(v -> assertTrue(v.rule().severity() != IcrRule.Severity.FORBIDDEN));
        }
    }
}
