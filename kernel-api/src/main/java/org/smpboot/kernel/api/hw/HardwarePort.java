package org.smpboot.kernel.api.hw;

import java.util.function.BooleanSupplier;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;

/**
 * The hardware as kernel code reaches it: the only way kernel and platform code touch memory,
 * devices, MSRs, the TSC and CPUID.
 *
 * <p>Like the instructions it stands for, every method acts on the processor executing the call:
 * {@code readMsr(0x802)} on an AP reads that AP's x2APIC ID. No simulator type appears here;
 * a simulated machine implements this interface, and so could a bridge to real hardware.
 *
 * <p>Time is the TSC. Spinning is a primitive ({@link #spinUntil}) rather than a loop over
 * {@link #pause}, so that a simulator can advance virtual time to the moment the condition becomes
 * true (another processor's memory write) or the timeout expires, without burning host CPU.
 *
 * @spec Intel SDM Vol. 2 (RDMSR, WRMSR, RDTSC, CPUID, PAUSE); Vol. 3A §10.4.1 (the xAPIC MMIO page)
 */
public interface HardwarePort {

    /**
     * {@return the x2APIC ID of the executing processor, as CPUID leaf 0x0B reports it in EDX}
     * Also meaningful in xAPIC mode, where it equals the 8-bit APIC ID.
     */
    ApicId currentApicId();

    /** {@return physical memory} */
    PhysicalMemory memory();

    /**
     * {@return the 32-bit value of a memory-mapped device register}
     *
     * @throws PhysicalMemoryFault if no device or memory is at {@code address}
     */
    int mmioRead32(long address);

    /**
     * Writes a 32-bit memory-mapped device register; device side effects (such as sending an IPI
     * on a write to the xAPIC ICR low word) happen before this returns.
     *
     * @throws PhysicalMemoryFault if no device or memory is at {@code address}
     */
    void mmioWrite32(long address, int value);

    /**
     * {@return the value of model-specific register {@code msr} (RDMSR)}
     *
     * @throws GeneralProtectionFault if the MSR does not exist or is not readable now
     */
    long readMsr(int msr);

    /**
     * Writes model-specific register {@code msr} (WRMSR); side effects (an x2APIC ICR write sends
     * the IPI) happen before this returns.
     *
     * @throws GeneralProtectionFault if the MSR does not exist, or the value sets reserved bits
     */
    void writeMsr(int msr, long value);

    /** {@return the time-stamp counter of the executing processor (RDTSC)} */
    long rdtsc();

    /** {@return what CPUID returns for {@code leaf} and {@code subleaf}} */
    CpuidResult cpuid(int leaf, int subleaf);

    /** A spin-loop hint (PAUSE): lets a few cycles pass. */
    void pause();

    /**
     * Spins until {@code condition} holds or {@code timeoutCycles} TSC cycles pass, whichever is
     * first; equivalent to a loop of {@link #pause} that re-evaluates the condition.
     *
     * <p>The condition must read only state that changes through this port (physical memory,
     * registers), and must not itself wait; it is evaluated on the executing processor.
     *
     * @param condition     what to wait for
     * @param timeoutCycles the bound in TSC cycles, at least 0
     * @return {@code true} if the condition held, {@code false} on timeout
     */
    boolean spinUntil(BooleanSupplier condition, long timeoutCycles);

    /**
     * Busy-waits for {@code cycles} TSC cycles: a delay loop on {@link #rdtsc}.
     *
     * @param cycles how long, at least 0
     */
    default void spinFor(long cycles) {
        spinUntil(() -> false, cycles);
    }

    /**
     * Transfers control of the executing processor to the code at physical {@code address}
     * (identity mapped, 64-bit mode), as a JMP does: the kernel code that called it does not run
     * on. How a kernel hands a processor back to firmware through the ACPI 6.6 mailbox's reset
     * vector, or sends it back into boot code.
     *
     * <p>The default refuses: a port that cannot transfer control (a bridge to real hardware from
     * ordinary code, a test double) says so rather than pretending.
     *
     * @param address where to continue
     * @throws UnsupportedOperationException if this port cannot transfer control
     * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure" (Reset Vector: the OS jumps to it,
     *     identity mapped, to return a processor to firmware)
     */
    default void jump(long address) {
        throw new UnsupportedOperationException(
                "This hardware port cannot transfer control to 0x%x: jump is not implemented".formatted(address));
    }

    /** {@return what the boot loader handed the kernel: the memory map and where the RSDP is} */
    FirmwareHandoff firmwareHandoff();

    /**
     * {@return the address at which {@code entry}'s code lives in the loaded kernel image} A real
     * kernel knows the address of its AP entry from the linker; in smpboot, where kernel code is
     * Java, the loader assigns each entry point a stable address on its first request, and a
     * processor that jumps to that address runs the entry.
     */
    long addressOf(ApEntryPoint entry);
}
