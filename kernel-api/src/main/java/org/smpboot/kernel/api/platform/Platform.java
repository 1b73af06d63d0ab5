package org.smpboot.kernel.api.platform;

import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;

/**
 * A platform backend: how kernel code drives interrupts and starts processors on one kind of
 * machine (bare x86, an Intel TDX guest, ...). Built by a {@link PlatformProvider}.
 *
 * @implSpec Implementations are immutable once created and safe to use from every processor.
 */
public interface Platform {

    /** {@return the platform's name, the same as its provider's {@link PlatformProvider#id()}} */
    String name();

    /** {@return the local APIC driver; each call acts on the APIC of the executing processor} */
    Apic apic();

    /** {@return how this platform wakes application processors} */
    WakeupStrategy wakeupStrategy();

    /** {@return what the platform needs from the hardware and firmware, for users and diagnostics} */
    List<HardwareRequirement> requirements();

    /**
     * {@return a platform made of these parts} What most providers return from
     * {@link PlatformProvider#create}.
     *
     * @param name           the provider's ID
     * @param apic           the local APIC driver
     * @param wakeupStrategy the wake-up strategy
     * @param requirements   what the platform needs
     */
    static Platform of(String name, Apic apic, WakeupStrategy wakeupStrategy, List<HardwareRequirement> requirements) {
        return new Assembled(name, apic, wakeupStrategy, requirements);
    }

    /**
     * A platform assembled from its parts.
     *
     * @param name           the provider's ID
     * @param apic           the local APIC driver
     * @param wakeupStrategy the wake-up strategy
     * @param requirements   what the platform needs
     */
    record Assembled(String name, Apic apic, WakeupStrategy wakeupStrategy, List<HardwareRequirement> requirements)
            implements Platform {

        /** Validates the parts and copies the requirements. */
        public Assembled {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(apic, "apic");
            Objects.requireNonNull(wakeupStrategy, "wakeupStrategy");
            requirements = List.copyOf(requirements);
        }
    }
}
