package org.smpboot.platform.x86.wakeup;

import java.util.Optional;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;

/**
 * Sends one IPI of a wake-up sequence and checks that it left: ESR cleared before, delivery status
 * awaited (bounded) after, ESR read after.
 *
 * <p>Why each part: the ESR latches errors only on a write, so it is cleared right before the send
 * and read (write, then read) right after; otherwise a stale error would be blamed on this IPI or
 * a new one missed (the seed wrote it once, before, and its in-loop check saw only old errors).
 * The wait for delivery status is bounded by {@link #icrIdleTimeoutCycles}: Linux polls at most
 * 1,000 times 100 µs; the seed waited forever. The Redirectable-IPI bit (4) is ignored as Linux
 * does (mask 0xEF): it reports a lowest-priority redirection, not a failure.
 *
 * @spec Intel SDM Vol. 3A, §10.5.3 "Error Handling" and §10.6.1 (Delivery Status)
 */
final class IpiSender {

    private final Apic apic;
    private final long icrIdleTimeoutCycles;

    IpiSender(Apic apic, long icrIdleTimeoutCycles) {
        this.apic = apic;
        this.icrIdleTimeoutCycles = icrIdleTimeoutCycles;
    }

    /**
     * Sends {@code icr} as the step {@code step} of a sequence.
     *
     * @return empty if it left without error, else the failure to report
     */
    Optional<WakeupOutcome> send(String step, Icr icr) {
        apic.clearErrorStatus();
        apic.sendIpi(icr);
        if (!apic.waitForIdle(icrIdleTimeoutCycles)) {
            return Optional.of(new WakeupOutcome.DeliveryTimedOut(step, icrIdleTimeoutCycles));
        }
        ErrorStatus errors = apic.readErrorStatus().without(ErrorStatus.REDIRECTABLE_IPI);
        return errors.isClear() ? Optional.empty() : Optional.of(new WakeupOutcome.DeliveryFailed(step, errors));
    }
}
