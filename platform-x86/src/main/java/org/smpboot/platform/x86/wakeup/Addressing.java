package org.smpboot.platform.x86.wakeup;

import java.util.Optional;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;

/**
 * Whether one processor can be addressed by a unicast IPI in an APIC mode: its ID must fit the
 * destination field and must not be the broadcast destination.
 *
 * @spec Intel SDM Vol. 3A §10.6.2.1 (physical destination 0xFF is broadcast in xAPIC mode) and
 *     §10.12.9 (0xFFFFFFFF is broadcast in x2APIC mode); ACPI 6.5 §5.2.12.12 (IDs of 255 and above
 *     need x2APIC)
 */
final class Addressing {

    private Addressing() {
    }

    /** {@return why {@code target} cannot be sent a unicast IPI in {@code mode}, or empty if it can} */
    static Optional<WakeupOutcome> refusal(ApicId target, ApicMode mode) {
        if (!target.fits(mode)) {
            return Optional.of(new WakeupOutcome.Refused(
                    "APIC ID %s does not fit the 8-bit xAPIC destination; it needs x2APIC mode".formatted(target)));
        }
        if (target.equals(mode.broadcast())) {
            return Optional.of(new WakeupOutcome.Refused(
                    "APIC ID %s is the %s broadcast destination, not one processor".formatted(target, mode.mnemonic())));
        }
        return Optional.empty();
    }
}
