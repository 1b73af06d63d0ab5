package org.smpboot.platform.x86.apic;

import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.hw.Cpuid;
import org.smpboot.kernel.api.hw.CpuidResult;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.PlatformException;

/**
 * Chooses the local APIC driver from CPUID, as kernels do: x2APIC when CPUID.01H:ECX[21] says the
 * processor has it, else xAPIC when CPUID.01H:EDX[9] says there is an on-chip APIC.
 *
 * @spec Intel SDM Vol. 3A, §10.4.2 "Presence of the Local APIC" and §10.12.1 "Detecting and
 *     Enabling x2APIC Mode"
 */
public final class ApicDrivers {

    private ApicDrivers() {
    }

    /** {@return whether the executing processor has an on-chip local APIC} */
    public static boolean hasApic(HardwarePort hardware) {
        return (hardware.cpuid(Cpuid.LEAF_FEATURES, 0).edx() & Cpuid.FEATURE_EDX_APIC) != 0;
    }

    /** {@return whether the executing processor supports x2APIC mode} */
    public static boolean hasX2Apic(HardwarePort hardware) {
        return (hardware.cpuid(Cpuid.LEAF_FEATURES, 0).ecx() & Cpuid.FEATURE_ECX_X2APIC) != 0;
    }

    /**
     * {@return the driver for the best mode the executing processor supports}
     *
     * @throws PlatformException if CPUID reports no local APIC
     */
    public static Apic forHardware(HardwarePort hardware) {
        CpuidResult features = hardware.cpuid(Cpuid.LEAF_FEATURES, 0);
        if ((features.ecx() & Cpuid.FEATURE_ECX_X2APIC) != 0) {
            return new X2ApicDriver(hardware);
        }
        if ((features.edx() & Cpuid.FEATURE_EDX_APIC) != 0) {
            return new XApicDriver(hardware);
        }
        throw new PlatformException("No local APIC: CPUID.01H:EDX[9] and ECX[21] are both clear");
    }
}
