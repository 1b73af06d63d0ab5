package org.smpboot.platform.x86;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.platform.x86.wakeup.BroadcastInitSipiSipi;
import org.smpboot.platform.x86.wakeup.IpiDelays;
import org.smpboot.platform.x86.wakeup.ParallelInitSipiSipi;
import org.smpboot.platform.x86.wakeup.PerCpuInitSipiSipi;
import org.smpboot.platform.x86.wakeup.WakeupTiming;

/**
 * The x86 platform's settings, parsed from {@link PlatformOptions}.
 *
 * <pre>
 * key              values                              default
 * wakeup           broadcast | per-cpu | parallel      broadcast (the seed's)
 * delays           seed | sdm | modern                 seed
 * init-delay       a Delay (10ms, 100000000cycles)     from delays
 * sipi-delay       a Delay                             from delays
 * icr-timeout      a Delay                             100ms (Linux)
 * arrival-timeout  a Delay                             10s (Linux), per-cpu only
 * </pre>
 *
 * @param wakeup         which INIT-SIPI-SIPI strategy
 * @param delays         the delays after each step
 * @param icrTimeout     the bound on waiting for ICR delivery status
 * @param arrivalTimeout the bound on waiting for one AP to report in
 */
record X86Settings(Wakeup wakeup, IpiDelays delays, Delay icrTimeout, Delay arrivalTimeout) {

    /** The keys this platform reads. */
    static final Set<String> KEYS = Set.of("wakeup", "delays", "init-delay", "sipi-delay", "icr-timeout",
            "arrival-timeout");

    /** The INIT-SIPI-SIPI variants. */
    enum Wakeup {
        BROADCAST(BroadcastInitSipiSipi.NAME),
        PER_CPU(PerCpuInitSipiSipi.NAME),
        PARALLEL(ParallelInitSipiSipi.NAME);

        final String optionValue;

        Wakeup(String optionValue) {
            this.optionValue = optionValue;
        }
    }

    /**
     * {@return the settings {@code options} give}
     *
     * @throws PlatformException naming a bad key or value and what is accepted
     */
    static X86Settings parse(PlatformOptions options) {
        try {
            options.requireOnly(X86PlatformProvider.ID, KEYS);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(e.getMessage());
        }
        Wakeup wakeup = options.get("wakeup").map(X86Settings::wakeup).orElse(Wakeup.BROADCAST);
        IpiDelays delays = options.get("delays").map(X86Settings::delays).orElse(IpiDelays.SEED);
        delays = options.get("init-delay").map(text -> delay("init-delay", text)).map(delays::withInitDelay)
                .orElse(delays);
        delays = options.get("sipi-delay").map(text -> delay("sipi-delay", text)).map(delays::withStartupDelay)
                .orElse(delays);
        Delay icrTimeout = options.get("icr-timeout").map(text -> delay("icr-timeout", text))
                .orElse(WakeupTiming.ICR_IDLE_TIMEOUT);
        Delay arrivalTimeout = options.get("arrival-timeout").map(text -> delay("arrival-timeout", text))
                .orElse(WakeupTiming.ARRIVAL_TIMEOUT);
        return new X86Settings(wakeup, delays, icrTimeout, arrivalTimeout);
    }

    private static Wakeup wakeup(String value) {
        return Arrays.stream(Wakeup.values()).filter(w -> w.optionValue.equals(value)).findFirst()
                .orElseThrow(() -> new PlatformException("Unknown wakeup '%s' for platform x86; choose one of %s"
                        .formatted(value, String.join(", ", names()))));
    }

    /** {@return the names of the wakeup strategies} */
    static List<String> names() {
        return Arrays.stream(Wakeup.values()).map(w -> w.optionValue).toList();
    }

    private static IpiDelays delays(String value) {
        return IpiDelays.named(value).orElseThrow(() -> new PlatformException(
                "Unknown delays '%s' for platform x86; choose one of %s".formatted(value,
                        String.join(", ", IpiDelays.known().stream().map(IpiDelays::name).toList()))));
    }

    private static Delay delay(String key, String value) {
        try {
            return Delay.parse(value);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(key + ": " + e.getMessage());
        }
    }
}
