package org.smpboot.platform.tdx;

import java.util.List;
import org.smpboot.kernel.api.hw.Cpuid;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.kernel.api.platform.HardwareRequirement;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformEnvironment;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.platform.x86.apic.ApicDrivers;

/**
 * Provides the Intel TDX guest platform: fits when CPUID leaf 0x21 carries the "IntelTDX    "
 * signature; wakes APs through the ACPI multiprocessor wakeup mailbox. Its settings are in
 * {@link TdxSettings}.
 *
 * @spec Intel TDX Guest-Hypervisor Communication Interface, "TD Guest Detection": CPUID.0H:EAX
 *     at least 0x21 and CPUID(0x21, 0) EBX, EDX, ECX = "Inte", "lTDX", "    "
 */
public final class TdxPlatformProvider implements PlatformProvider {

    /** The provider's ID. */
    public static final String ID = "tdx";

    /** Above x86: a TDX guest is also an x86 machine, and there INIT-SIPI-SIPI cannot work. */
    public static final int PRIORITY = 20;

    private static final List<HardwareRequirement> REQUIREMENTS = List.of(
            new HardwareRequirement("an Intel TDX guest", "CPUID leaf 0x21 = \"IntelTDX    \""),
            new HardwareRequirement("x2APIC", "CPUID.01H:ECX[21]"),
            new HardwareRequirement("the ACPI multiprocessor wakeup mailbox",
                    "MADT structure type 0x10, mailbox in ACPI NVS memory, 4 KiB aligned"));

    /** Creates the provider; the service loader needs a public no-argument constructor. */
    public TdxPlatformProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Intel TDX guest: x2APIC, APs woken through the ACPI multiprocessor wakeup mailbox";
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public ProbeResult probe(HardwarePort hardware) {
        long maxLeaf = Integer.toUnsignedLong(hardware.cpuid(Cpuid.LEAF_VENDOR, 0).eax());
        if (maxLeaf < Cpuid.LEAF_TDX) {
            return ProbeResult.unfit("CPUID.0H:EAX = %#x: no leaf 0x21, not a TDX guest".formatted(maxLeaf));
        }
        String signature = hardware.cpuid(Cpuid.LEAF_TDX, 0).vendorString();
        if (!signature.equals(Cpuid.TDX_SIGNATURE)) {
            return ProbeResult.unfit("CPUID leaf 0x21 says \"%s\", not \"%s\": not a TDX guest"
                    .formatted(signature.replaceAll("\\p{Cntrl}", "?"), Cpuid.TDX_SIGNATURE));
        }
        return ProbeResult.fits("CPUID leaf 0x21 = \"IntelTDX    \": Intel TDX guest");
    }

    @Override
    public Platform create(PlatformEnvironment environment) {
        TdxSettings settings = TdxSettings.parse(environment.options());
        HardwarePort hardware = environment.hardware();
        if (!ApicDrivers.hasX2Apic(hardware)) {
            throw new PlatformException("A TDX guest runs in x2APIC mode, but CPUID.01H:ECX[21] is clear");
        }
        TscFrequency tsc = TscFrequency.fromCpuid(hardware).orElseThrow(() -> new PlatformException(
                "The TDX platform needs the TSC frequency for its acknowledgement bound, and CPUID leaf 0x15 "
                        + "does not enumerate it"));
        MailboxWakeup wakeup = new MailboxWakeup(hardware, environment.firmware().wakeupMailbox(),
                environment.firmware().memoryMap(), settings.ackTimeout().toCycles(tsc));
        return Platform.of(ID, ApicDrivers.forHardware(hardware), wakeup, REQUIREMENTS);
    }
}
