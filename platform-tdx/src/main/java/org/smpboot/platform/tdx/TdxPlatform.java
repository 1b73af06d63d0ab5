package org.smpboot.platform.tdx;

import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.platform.HardwareRequirement;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;

/**
 * The TDX guest platform as created: the x2APIC driver and the mailbox wakeup.
 *
 * @param apic           the local APIC driver
 * @param wakeupStrategy the mailbox wakeup
 */
record TdxPlatform(Apic apic, WakeupStrategy wakeupStrategy) implements Platform {

    /** Validates that both parts are present. */
    TdxPlatform {
        Objects.requireNonNull(apic, "apic");
        Objects.requireNonNull(wakeupStrategy, "wakeupStrategy");
    }

    @Override
    public String name() {
        return TdxPlatformProvider.ID;
    }

    @Override
    public List<HardwareRequirement> requirements() {
        return TdxPlatformProvider.REQUIREMENTS;
    }
}
