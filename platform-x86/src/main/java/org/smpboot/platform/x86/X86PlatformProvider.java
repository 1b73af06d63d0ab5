package org.smpboot.platform.x86;

import java.util.List;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.kernel.api.platform.HardwareRequirement;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformEnvironment;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.platform.x86.apic.ApicDrivers;
import org.smpboot.platform.x86.wakeup.BroadcastInitSipiSipi;
import org.smpboot.platform.x86.wakeup.ParallelInitSipiSipi;
import org.smpboot.platform.x86.wakeup.PerCpuInitSipiSipi;
import org.smpboot.platform.x86.wakeup.WakeupTiming;

/**
 * Provides the bare x86 platform: fits every processor with a local APIC; wakes APs with
 * INIT-SIPI-SIPI. Its settings are in {@link X86Settings}.
 */
public final class X86PlatformProvider implements PlatformProvider {

    /** The provider's ID. */
    public static final String ID = "x86";

    /** Below more specific x86 platforms (a TDX guest is also an x86 machine). */
    public static final int PRIORITY = 10;

    private static final List<HardwareRequirement> REQUIREMENTS = List.of(
            new HardwareRequirement("on-chip local APIC", "CPUID.01H:EDX[9]"),
            new HardwareRequirement("x2APIC for APIC IDs of 255 and above", "CPUID.01H:ECX[21]"),
            new HardwareRequirement("INIT and Start-Up IPIs delivered by the platform", "not in a TDX guest"),
            new HardwareRequirement("TSC frequency for time delays", "CPUID.15H (or delays=seed)"));

    /** Creates the provider; the service loader needs a public no-argument constructor. */
    public X86PlatformProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Bare x86: xAPIC or x2APIC from CPUID, INIT-SIPI-SIPI ("
                + String.join(", ", X86Settings.names()) + ")";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public ProbeResult probe(HardwarePort hardware) {
        if (!ApicDrivers.hasApic(hardware)) {
            return ProbeResult.unfit("CPUID.01H:EDX[9] is clear: no local APIC");
        }
        return ProbeResult.fits("CPUID.01H:EDX[9]: local APIC present; x2APIC "
                + (ApicDrivers.hasX2Apic(hardware) ? "supported" : "not supported"));
    }

    @Override
    public Platform create(PlatformEnvironment environment) {
        X86Settings settings = X86Settings.parse(environment.options());
        HardwarePort hardware = environment.hardware();
        Apic apic = ApicDrivers.forHardware(hardware);
        WakeupTiming timing = WakeupTiming.resolve(settings.delays(), settings.icrTimeout(),
                settings.arrivalTimeout(), TscFrequency.fromCpuid(hardware));
        WakeupStrategy strategy = switch (settings.wakeup()) {
            case BROADCAST -> new BroadcastInitSipiSipi(hardware, apic, timing);
            case PER_CPU -> new PerCpuInitSipiSipi(hardware, apic, timing);
            case PARALLEL -> new ParallelInitSipiSipi(hardware, apic, timing);
        };
        return Platform.of(ID, apic, strategy, REQUIREMENTS);
    }
}
