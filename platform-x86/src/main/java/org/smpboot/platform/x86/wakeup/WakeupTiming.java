package org.smpboot.platform.x86.wakeup;

import java.util.Optional;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.kernel.api.platform.PlatformException;

/**
 * The waits of an INIT-SIPI-SIPI strategy in TSC cycles, resolved once from {@link IpiDelays} and
 * the bounds, so the strategies spin for plain numbers.
 *
 * @param delays               the delay set they came from, for reports
 * @param afterInitAssert      cycles after INIT assert
 * @param afterInitDeassert    cycles after INIT de-assert
 * @param startupSettle        cycles after a Start-Up, before checking its delivery
 * @param afterStartup         cycles after a Start-Up's delivery check
 * @param icrIdleTimeout       bound on waiting for the ICR's delivery status to clear
 * @param arrivalTimeout       bound on waiting for one AP to reach the kernel, where a strategy waits
 */
public record WakeupTiming(IpiDelays delays, long afterInitAssert, long afterInitDeassert, long startupSettle,
        long afterStartup, long icrIdleTimeout, long arrivalTimeout) {

    /**
     * Linux polls delivery status at most 1,000 times, 100 µs apart (apic_mem_wait_icr_idle_timeout):
     * about 100 ms.
     */
    public static final Delay ICR_IDLE_TIMEOUT = Delay.millis(100);

    /**
     * Linux's hotplug core waits 10 s for a kicked AP to report alive before giving up on it
     * (cpuhp_bp_sync_alive).
     */
    public static final Delay ARRIVAL_TIMEOUT = Delay.millis(10_000);

    /**
     * The TSC frequency assumed for cycle-count bounds when CPUID does not report one: 2 GHz, the
     * rate the seed's cycle counts were written for (spec digest §1.5). Only cycle delays may rely on
     * it; time delays need the real rate.
     */
    static final TscFrequency ASSUMED_TSC = new TscFrequency(2_000_000_000L);

    /**
     * Resolves {@code delays} and the bounds at {@code tsc}.
     *
     * @throws PlatformException if a delay is a time and the TSC frequency is unknown
     */
    public static WakeupTiming resolve(IpiDelays delays, Delay icrIdleTimeout, Delay arrivalTimeout,
            Optional<TscFrequency> tsc) {
        if (tsc.isEmpty() && (delays.needsTscFrequency() || icrIdleTimeout instanceof Delay.Time
                || arrivalTimeout instanceof Delay.Time)) {
            throw new PlatformException(("The %s IPI delays are times, but the TSC frequency is unknown "
                    + "(CPUID leaf 0x15 does not enumerate it); use delays=seed or give every delay in cycles")
                    .formatted(delays.name()));
        }
        TscFrequency rate = tsc.orElse(ASSUMED_TSC);
        return new WakeupTiming(delays, delays.afterInitAssert().toCycles(rate),
                delays.afterInitDeassert().toCycles(rate), delays.startupSettle().toCycles(rate),
                delays.afterStartup().toCycles(rate), icrIdleTimeout.toCycles(rate), arrivalTimeout.toCycles(rate));
    }
}
