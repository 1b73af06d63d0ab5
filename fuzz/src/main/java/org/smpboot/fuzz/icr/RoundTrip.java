package org.smpboot.fuzz.icr;

import java.util.List;
import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.IcrRule;
import org.smpboot.kernel.api.apic.IcrRules;
import org.smpboot.kernel.api.apic.IcrViolation;
import org.smpboot.kernel.api.apic.InvalidIcrException;

/**
 * An ICR that software means to send either encodes and decodes back to itself, or is refused
 * for a forbidden rule; the three ways of asking agree.
 *
 * <ul>
 *   <li>{@code IcrCodec.encode} succeeds exactly when {@code IcrRules.isSendable} says so and
 *       {@code IcrRules.check} lists no forbidden rule; a refusal is an
 *       {@link InvalidIcrException} naming a forbidden rule that {@code check} lists.</li>
 *   <li>An encoded value has no reserved bit set and decodes, strictly and leniently, to the same
 *       record; in xAPIC mode its two MMIO words decode to it too.</li>
 *   <li>The record accepts every vector from 0 to 255 and refuses every other with
 *       {@link IllegalArgumentException}.</li>
 *   <li>A Start-Up address gives a vector exactly when it is 4 KiB aligned and below 1 MiB, and
 *       that vector's Start-Up IPI starts the target at the address.</li>
 * </ul>
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    static void check(Icr icr, ApicMode mode) {
        boolean sendable = IcrRules.isSendable(icr, mode);
        List<IcrViolation> found = IcrRules.check(icr, mode);
        boolean forbidden = found.stream().anyMatch(violation -> violation.rule().severity() == IcrRule.Severity.FORBIDDEN);
        if (sendable == forbidden) {
            throw Finding.of("isSendable says %s but check lists %s for %s in %s", sendable, found, icr, mode);
        }
        long raw;
        try {
            raw = IcrCodec.encode(icr, mode);
        } catch (InvalidIcrException refused) {
            if (sendable || found.stream().noneMatch(violation -> violation.rule() == refused.rule())) {
                throw Finding.of("encode refused %s in %s for %s, but check lists %s", icr, mode, refused.rule(), found);
            }
            return;
        }
        if (!sendable) {
            throw Finding.of("encode accepted %s in %s, which breaks %s", icr, mode, found);
        }
        if ((raw & IcrLayout.reservedMask(mode)) != 0) {
            throw Finding.of("%s encodes to 0x%016x in %s, with reserved bits set", icr, raw, mode);
        }
        for (IcrCodec.Decoding decoding : IcrCodec.Decoding.values()) {
            Icr back = IcrCodec.decode(raw, mode, decoding);
            if (!back.equals(icr)) {
                throw Finding.of("%s encodes to 0x%016x in %s, which decodes (%s) to %s", icr, raw, mode, decoding, back);
            }
        }
        if (mode == ApicMode.XAPIC) {
            Icr words = IcrCodec.decodeXApic(IcrLayout.high(raw), IcrLayout.low(raw), IcrCodec.Decoding.STRICT);
            if (!words.equals(icr)) {
                throw Finding.of("%s as MMIO words 0x%08x/0x%08x decodes to %s", icr, IcrLayout.high(raw),
                        IcrLayout.low(raw), words);
            }
        }
    }

    static void checkVectorRange(Icr template, int vector) {
        boolean inRange = vector >= 0 && vector <= 0xFF;
        try {
            Icr icr = template.withVector(vector);
            if (!inRange || icr.vector() != vector) {
                throw Finding.of("Vector %d accepted as %d", vector, icr.vector());
            }
        } catch (IllegalArgumentException refused) {
            if (inRange || refused instanceof InvalidIcrException) {
                throw Finding.of("Vector %d refused: %s", vector, refused.getMessage());
            }
        }
    }

    /** Checks {@code Icr.startupVector} and {@code Icr.startup} for one address (the records target calls it too). */
    public static void checkStartupAddress(long address) {
        boolean valid = address >= 0 && address < Icr.STARTUP_ADDRESS_LIMIT && address % Icr.STARTUP_PAGE_SIZE == 0;
        try {
            int vector = Icr.startupVector(address);
            if (!valid || Icr.startup(address).startupAddress() != address || vector != address / Icr.STARTUP_PAGE_SIZE) {
                throw Finding.of("Start-Up address 0x%x gave vector 0x%x", address, vector);
            }
        } catch (IllegalArgumentException refused) {
            if (valid) {
                throw Finding.of("Start-Up address 0x%x refused: %s", address, refused.getMessage());
            }
        }
    }
}
