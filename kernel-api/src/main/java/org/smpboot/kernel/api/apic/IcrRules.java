package org.smpboot.kernel.api.apic;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an {@link Icr} against the SDM's rules for values software sends ({@link IcrRule}).
 *
 * <p>{@link #requireSendable} is on the hot path of every IPI, so it finds the first forbidden rule
 * with one table lookup and three field tests, and allocates only when it throws. {@link #check} lists every finding,
 * notes included, for diagnostics and the {@code icr} command.
 *
 * @implSpec Stateless and thread-safe.
 */
public final class IcrRules {

    /** Fixed and Lowest Priority vectors below this are illegal (SDM §10.5.3). */
    static final int FIRST_LEGAL_FIXED_VECTOR = 16;
    /** First reserved Start-Up vector (MP Spec 1.4 §B.4.2). */
    static final int FIRST_RESERVED_STARTUP_VECTOR = 0xA0;
    /** Last reserved Start-Up vector (MP Spec 1.4 §B.4.2). */
    static final int LAST_RESERVED_STARTUP_VECTOR = 0xBF;

    /**
     * The forbidden rules that depend only on low-word fields, evaluated once for every combination
     * of vector, delivery mode, level, trigger mode and shorthand (2^15 of them): entry
     * {@link #tableIndex} holds the ordinal of the first such rule broken, or {@link #NONE}.
     * This turns validation on the IPI hot path into one load, with every rule still written once,
     * in {@link #isBroken}.
     */
    private static final byte[] FIRST_FORBIDDEN_LOW_WORD_RULE = firstForbiddenLowWordRules();

    /** Marks "no rule broken" in {@link #FIRST_FORBIDDEN_LOW_WORD_RULE}. */
    private static final byte NONE = Byte.MAX_VALUE;

    /** Every rule, indexed by ordinal. */
    private static final IcrRule[] RULES = IcrRule.values();

    private IcrRules() {
    }

    /**
     * Throws unless {@code icr} may be sent in {@code mode}: no {@link IcrRule.Severity#FORBIDDEN}
     * rule is broken.
     *
     * @throws InvalidIcrException naming the first forbidden rule broken, in {@link IcrRule} order
     */
    public static void requireSendable(Icr icr, ApicMode mode) {
        requireSendable(icr, mode, IcrCodec.lowWord(icr));
    }

    /** {@link #requireSendable(Icr, ApicMode)} for a caller that has the low word already. */
    static void requireSendable(Icr icr, ApicMode mode, int lowWord) {
        IcrRule broken = firstForbidden(icr, mode, lowWord);
        if (broken != null) {
            throw new InvalidIcrException(new IcrViolation(broken, describe(broken, icr, mode)));
        }
    }

    /** {@return whether {@code icr} breaks no forbidden rule in {@code mode}} */
    public static boolean isSendable(Icr icr, ApicMode mode) {
        return firstForbidden(icr, mode, IcrCodec.lowWord(icr)) == null;
    }

    /**
     * {@return every rule {@code icr} breaks in {@code mode}, forbidden ones and notes, in
     * {@link IcrRule} order}
     */
    public static List<IcrViolation> check(Icr icr, ApicMode mode) {
        List<IcrViolation> found = new ArrayList<>();
        for (IcrRule rule : IcrRule.values()) {
            if (rule != IcrRule.RESERVED_BITS_SET && isBroken(rule, icr, mode)) {
                found.add(new IcrViolation(rule, describe(rule, icr, mode)));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The first forbidden rule {@code icr} breaks, in declaration order, or null; allocation-free.
     * The common case, a sendable value, costs one table load and three field tests; only a value
     * that breaks some rule takes the exact, ordered walk over every forbidden rule.
     */
    private static IcrRule firstForbidden(Icr icr, ApicMode mode, int lowWord) {
        if (FIRST_FORBIDDEN_LOW_WORD_RULE[tableIndex(lowWord)] == NONE
                && !destinationWiderThanXApic(icr, mode)
                && !destinationIgnoredWithShorthand(icr)
                && !deliveryStatusWritten(icr)) {
            return null;
        }
        for (IcrRule rule : RULES) {
            if (rule.severity() == IcrRule.Severity.FORBIDDEN && isBroken(rule, icr, mode)) {
                return rule;
            }
        }
        throw new AssertionError("The rule table and the rule predicates disagree on " + icr);
    }

    /**
     * The table index of a low word: its vector and delivery mode (bits 0–10), level and trigger
     * mode (bits 14–15) and shorthand (bits 18–19), packed into 15 bits. The destination mode and
     * delivery status bits are not part of it: no tabled rule depends on them.
     */
    private static int tableIndex(int lowWord) {
        return lowWord & 0x7FF | lowWord >>> 3 & 0x1800 | lowWord >>> 5 & 0x6000;
    }

    /** Fills the table from the rules' predicates. */
    private static byte[] firstForbiddenLowWordRules() {
        byte[] table = new byte[1 << 15];
        java.util.Arrays.fill(table, NONE);
        for (DeliveryMode deliveryMode : DeliveryMode.values()) {
            for (Level level : Level.values()) {
                for (TriggerMode trigger : TriggerMode.values()) {
                    for (DestinationShorthand shorthand : DestinationShorthand.values()) {
                        for (int vector = 0; vector < 256; vector++) {
                            Icr icr = new Icr(vector, deliveryMode, DestinationMode.PHYSICAL, DeliveryStatus.IDLE,
                                    level, trigger, shorthand, 0);
                            for (IcrRule rule : IcrRule.values()) {
                                if (rule.severity() == IcrRule.Severity.FORBIDDEN && isBroken(rule, icr, ApicMode.X2APIC)) {
                                    table[tableIndex(IcrCodec.lowWord(icr))] = (byte) rule.ordinal();
                                    break;
                                }
                            }
                        }
                    }
                }
            }
        }
        return table;
    }

    /** The predicate of each rule; the single place a rule's condition is written. */
    private static boolean isBroken(IcrRule rule, Icr icr, ApicMode mode) {
        DeliveryMode dm = icr.deliveryMode();
        return switch (rule) {
            case RESERVED_DELIVERY_MODE -> dm.isReserved();
            case DESTINATION_WIDER_THAN_XAPIC -> destinationWiderThanXApic(icr, mode);
            case DESTINATION_IGNORED_WITH_SHORTHAND -> destinationIgnoredWithShorthand(icr);
            case DELIVERY_STATUS_READ_ONLY -> deliveryStatusWritten(icr);
            case VECTOR_NOT_USED_BY_DELIVERY_MODE ->
                    (dm == DeliveryMode.SMI || dm == DeliveryMode.NMI || dm == DeliveryMode.INIT) && icr.vector() != 0;
            case ILLEGAL_VECTOR -> (dm == DeliveryMode.FIXED || dm == DeliveryMode.LOWEST_PRIORITY)
                    && icr.vector() < FIRST_LEGAL_FIXED_VECTOR;
            case RESERVED_STARTUP_VECTOR -> dm == DeliveryMode.STARTUP
                    && icr.vector() >= FIRST_RESERVED_STARTUP_VECTOR && icr.vector() <= LAST_RESERVED_STARTUP_VECTOR;
            // INIT level de-assert is sent to every processor whatever the shorthand, and the SDM
            // recommends "all including self" for it, so it is the one non-Fixed message allowed here.
            case SHORTHAND_ONLY_WITH_FIXED -> (icr.shorthand() == DestinationShorthand.SELF
                    || icr.shorthand() == DestinationShorthand.ALL_INCLUDING_SELF)
                    && dm != DeliveryMode.FIXED && !icr.isInitLevelDeassert();
            case INIT_DEASSERT_NEEDS_LEVEL_TRIGGER -> icr.isInitLevelDeassert() && icr.triggerMode() != TriggerMode.LEVEL;
            case LEVEL_TRIGGER_SENT_AS_EDGE -> icr.triggerMode() == TriggerMode.LEVEL && !icr.isInitLevelDeassert();
            case DEASSERT_ONLY_FOR_INIT -> icr.level() == Level.DEASSERT && dm != DeliveryMode.INIT;
            case INIT_DEASSERT_UNSUPPORTED -> icr.isInitLevelDeassert();
            case LOWEST_PRIORITY_MODEL_SPECIFIC -> dm == DeliveryMode.LOWEST_PRIORITY;
            case RESERVED_BITS_SET -> false; // a property of raw values, checked by IcrCodec.decode
        };
    }

    // The rules that look beyond the low word, small enough to inline on the hot path.

    private static boolean destinationWiderThanXApic(Icr icr, ApicMode mode) {
        return mode == ApicMode.XAPIC && (icr.destination() & ~0xFF) != 0;
    }

    private static boolean destinationIgnoredWithShorthand(Icr icr) {
        return icr.shorthand() != DestinationShorthand.NO_SHORTHAND && icr.destination() != 0;
    }

    private static boolean deliveryStatusWritten(Icr icr) {
        return icr.deliveryStatus() != DeliveryStatus.IDLE;
    }

    /** A one-line description of how {@code icr} breaks {@code rule}. */
    static String describe(IcrRule rule, Icr icr, ApicMode mode) {
        return switch (rule) {
            case RESERVED_DELIVERY_MODE -> "Delivery mode %s is reserved in the ICR"
                    .formatted(binary3(icr.deliveryMode().encoding()));
            case DESTINATION_WIDER_THAN_XAPIC -> "Destination 0x%x does not fit the 8-bit xAPIC destination field"
                    .formatted(icr.unsignedDestination());
            case DESTINATION_IGNORED_WITH_SHORTHAND -> "Destination 0x%x is ignored with shorthand %s; use 0"
                    .formatted(icr.unsignedDestination(), icr.shorthand().mnemonic());
            case DELIVERY_STATUS_READ_ONLY -> mode == ApicMode.X2APIC
                    ? "Delivery status %s cannot be written: the x2APIC ICR has no delivery status bit"
                            .formatted(icr.deliveryStatus().mnemonic())
                    : "Delivery status %s cannot be written: bit 12 is read only"
                            .formatted(icr.deliveryStatus().mnemonic());
            case VECTOR_NOT_USED_BY_DELIVERY_MODE -> icr.deliveryMode() == DeliveryMode.SMI
                    ? "Vector 0x%02x with delivery mode smi: the vector must be 0".formatted(icr.vector())
                    : "Vector 0x%02x with delivery mode %s: the vector is ignored; use 0"
                            .formatted(icr.vector(), icr.deliveryMode().mnemonic());
            case ILLEGAL_VECTOR -> "Vector 0x%02x with delivery mode %s is illegal: vectors 0x00-0x0f are reserved"
                    .formatted(icr.vector(), icr.deliveryMode().mnemonic());
            case RESERVED_STARTUP_VECTOR -> "Start-Up vector 0x%02x is in the reserved range 0xa0-0xbf"
                    .formatted(icr.vector());
            case SHORTHAND_ONLY_WITH_FIXED -> "Shorthand %s with delivery mode %s is invalid: only fixed may use it"
                    .formatted(icr.shorthand().mnemonic(), icr.deliveryMode().mnemonic());
            case INIT_DEASSERT_NEEDS_LEVEL_TRIGGER -> "INIT level de-assert with edge trigger: it must be level triggered";
            case LEVEL_TRIGGER_SENT_AS_EDGE -> "Level trigger with delivery mode %s: Pentium 4 and later send it edge triggered"
                    .formatted(icr.deliveryMode().mnemonic());
            case DEASSERT_ONLY_FOR_INIT -> "Level deassert with delivery mode %s: Pentium 4 and later send it as assert"
                    .formatted(icr.deliveryMode().mnemonic());
            case INIT_DEASSERT_UNSUPPORTED ->
                    "INIT level de-assert goes to every processor whatever the destination, and Pentium 4 and later ignore it";
            case LOWEST_PRIORITY_MODEL_SPECIFIC -> icr.shorthand() == DestinationShorthand.ALL_EXCLUDING_SELF
                    ? "Lowest priority with all-but-self is model specific and may be redirected to the sender"
                    : "Lowest priority delivery is model specific";
            case RESERVED_BITS_SET -> "Reserved bits set";
        };
    }

    private static String binary3(int value) {
        return "%3s".formatted(Integer.toBinaryString(value)).replace(' ', '0');
    }
}
