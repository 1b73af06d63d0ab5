package org.smpboot.kernel.api.platform;

import java.util.Objects;

/**
 * One thing a platform needs from the hardware or firmware, stated so a user can check it, e.g.
 * {@code ("x2APIC", "CPUID.01H:ECX[21]")}.
 *
 * @param feature what is needed
 * @param howToCheck where the hardware or firmware says whether it is there
 */
public record HardwareRequirement(String feature, String howToCheck) {

    /** Validates that both parts are given. */
    public HardwareRequirement {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(howToCheck, "howToCheck");
    }

    @Override
    public String toString() {
        return feature + " (" + howToCheck + ")";
    }
}
