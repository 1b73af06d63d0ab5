/**
 * The Intel TDX guest platform: detected by CPUID leaf 0x21, wakes APs through the ACPI
 * multiprocessor wakeup mailbox, because the untrusted VMM does not deliver INIT or Start-Up IPIs.
 *
 * <p>Kernel code: it reaches hardware only through {@code HardwarePort}. It reuses the x86
 * platform's local APIC drivers, since a TDX guest is an x86 machine in x2APIC mode.
 *
 * @provides org.smpboot.kernel.api.platform.PlatformProvider {@code tdx}, priority 20: fits a TDX
 *     guest, and wins over {@code x86} there
 */
module org.smpboot.platform.tdx {
    requires org.smpboot.kernel.api;
    requires org.smpboot.platform.x86;

    exports org.smpboot.platform.tdx;

    provides org.smpboot.kernel.api.platform.PlatformProvider
            with org.smpboot.platform.tdx.TdxPlatformProvider;
}
