/**
 * The bare x86 platform: local APIC drivers for xAPIC (MMIO) and x2APIC (MSR) mode, chosen from
 * CPUID as a kernel does, and the INIT-SIPI-SIPI wakeup strategies.
 *
 * <p>Kernel code: it reaches hardware only through {@code HardwarePort}.
 *
 * @provides org.smpboot.kernel.api.platform.PlatformProvider {@code x86}, priority 10: fits any
 *     processor with a local APIC
 */
module org.smpboot.platform.x86 {
    requires org.smpboot.kernel.api;

    exports org.smpboot.platform.x86.apic;
    exports org.smpboot.platform.x86.wakeup;

    provides org.smpboot.kernel.api.platform.PlatformProvider
            with org.smpboot.platform.x86.X86PlatformProvider;
}
