package org.smpboot.kernel.api.platform;

import java.util.Objects;

/**
 * A {@link PlatformProvider}'s answer to "does this hardware suit you?", with the reason either way,
 * so that a user who expected another platform can see why it was not chosen.
 */
public sealed interface ProbeResult {

    /** {@return whether the provider's platform can run on the probed hardware} */
    boolean fits();

    /** {@return why, in one line naming what was checked} */
    String reason();

    /** {@return a fitting result} */
    static ProbeResult fits(String reason) {
        return new Fits(reason);
    }

    /** {@return a non-fitting result} */
    static ProbeResult unfit(String reason) {
        return new Unfit(reason);
    }

    /**
     * The platform can run here.
     *
     * @param reason what the provider found, e.g. "CPUID.01H:ECX[21] x2APIC present"
     */
    record Fits(String reason) implements ProbeResult {
        /** Validates that the reason is given. */
        public Fits {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean fits() {
            return true;
        }
    }

    /**
     * The platform cannot run here.
     *
     * @param reason what is missing, e.g. "CPUID leaf 0x21 does not say IntelTDX"
     */
    record Unfit(String reason) implements ProbeResult {
        /** Validates that the reason is given. */
        public Unfit {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean fits() {
            return false;
        }
    }
}
