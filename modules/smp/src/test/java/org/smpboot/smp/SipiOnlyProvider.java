package org.smpboot.smp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.HardwareRequirement;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformEnvironment;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.platform.x86.apic.X2ApicDriver;
import org.smpboot.platform.x86.apic.XApicDriver;

/**
 * A third platform that exists only on the test path, as a researcher's plugin would: it skips
 * INIT entirely and sends each AP one Start-Up, on the theory that APs fresh from RESET already wait
 * for SIPI (SDM §8.4.1). Its presence in a boot proves that backends are plugins: nothing in
 * kernel-api or the bring-up knows it.
 */
public final class SipiOnlyProvider implements PlatformProvider {

    @Override
    public String id() {
        return "sipi-only";
    }

    @Override
    public String description() {
        return "Research: one Start-Up IPI per AP, no INIT (test path only)";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public ProbeResult probe(HardwarePort hardware) {
        return ProbeResult.fits("any APIC will do");
    }

    @Override
    public Platform create(PlatformEnvironment environment) {
        HardwarePort hardware = environment.hardware();
        boolean x2apic = (hardware.cpuid(1, 0).ecx() & (1 << 21)) != 0;
        Apic apic = x2apic ? new X2ApicDriver(hardware) : new XApicDriver(hardware);
        WakeupStrategy strategy = new WakeupStrategy() {
            @Override
            public String name() {
                return "sipi-only";
            }

            @Override
            public WakeupReport wake(ApBootContext context) {
                Map<ApicId, WakeupOutcome> outcomes = new LinkedHashMap<>();
                for (ApicId target : context.targets()) {
                    apic.sendIpi(Icr.startup(context.realModeEntry().value()).withPhysicalDestination(target));
                    outcomes.put(target, new WakeupOutcome.Sent(hardware.rdtsc()));
                }
                return WakeupReport.of(name(), context, outcomes);
            }
        };
        return Platform.of(id(), apic, strategy,
                List.of(new HardwareRequirement("APs waiting for SIPI after RESET", "SDM §8.4.1")));
    }
}
