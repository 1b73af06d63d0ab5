/**
 * The smpboot kernel API: the contract between kernel code, platform plugins and hardware.
 *
 * <p>Everything else in smpboot depends on this module, and it depends on nothing but
 * {@code java.base}. Kernel and platform code reach hardware only through
 * {@link org.smpboot.kernel.api.hw.HardwarePort}; simulators implement it.
 *
 * <ul>
 *   <li>{@code apic}: the local APIC driver contract, the ICR value, layout, codec and rules.</li>
 *   <li>{@code hw}: the hardware port, physical memory, CPUID, hardware faults.</li>
 *   <li>{@code firmware}: the boot hand-off, the memory map, the ACPI wakeup mailbox.</li>
 *   <li>{@code boot}: the AP boot image format and the kernel's AP entry point.</li>
 *   <li>{@code wakeup}: the wakeup-strategy contract and its typed outcomes.</li>
 *   <li>{@code platform}: platforms and the {@code PlatformProvider} service-provider interface.</li>
 * </ul>
 *
 * @uses org.smpboot.kernel.api.platform.PlatformProvider platform backends are discovered by
 *     modules that use this API (the SMP bring-up's platform registry), not by this module itself
 */
module org.smpboot.kernel.api {
    exports org.smpboot.kernel.api.apic;
    exports org.smpboot.kernel.api.hw;
    exports org.smpboot.kernel.api.firmware;
    exports org.smpboot.kernel.api.boot;
    exports org.smpboot.kernel.api.wakeup;
    exports org.smpboot.kernel.api.platform;
}
