package org.smpboot.platform.x86;

import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.platform.HardwareRequirement;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;

/**
 * The bare x86 platform as created: its APIC driver and its INIT-SIPI-SIPI strategy.
 *
 * @param apic           the local APIC driver
 * @param wakeupStrategy the wake-up strategy
 */
record X86Platform(Apic apic, WakeupStrategy wakeupStrategy) implements Platform {

    /** Validates that both parts are present. */
    X86Platform {
        Objects.requireNonNull(apic, "apic");
        Objects.requireNonNull(wakeupStrategy, "wakeupStrategy");
    }

    @Override
    public String name() {
        return X86PlatformProvider.ID;
    }

    @Override
    public List<HardwareRequirement> requirements() {
        return X86PlatformProvider.REQUIREMENTS;
    }
}
