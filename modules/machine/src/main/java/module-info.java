/**
 * The smpboot simulated machine: a deterministic multi-processor x86 with local APICs (xAPIC and
 * x2APIC), virtual TSCs, sparse FFM-backed physical memory, ACPI firmware and the TDX
 * multiprocessor wakeup mailbox; the only implementation of the kernel API's hardware port.
 *
 * <ul>
 *   <li>{@code org.smpboot.machine}: {@link org.smpboot.machine.Machine}, its description and the
 *       result of a run.</li>
 *   <li>{@code org.smpboot.machine.fault}: injected faults and their command-line syntax.</li>
 *   <li>{@code org.smpboot.machine.trace}: the typed event trace of a run.</li>
 * </ul>
 *
 * <p>The firmware's ACPI tables are built with the {@code org.smpboot.acpi} table builder, and a
 * machine built from a real MADT counts its processors with that module's processor view.
 *
 * <p>Everything under {@code org.smpboot.machine.internal} is the device model and is not exported:
 * kernel code reaches the machine only through {@link org.smpboot.kernel.api.hw.HardwarePort}.
 */
module org.smpboot.machine {
    requires transitive org.smpboot.kernel.api;
    requires org.smpboot.acpi;

    exports org.smpboot.machine;
    exports org.smpboot.machine.fault;
    exports org.smpboot.machine.trace;
}
