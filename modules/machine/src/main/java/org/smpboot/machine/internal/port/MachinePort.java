package org.smpboot.machine.internal.port;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.LocalApicRegister;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;
import org.smpboot.kernel.api.hw.CpuidResult;
import org.smpboot.kernel.api.hw.GeneralProtectionFault;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.machine.CostModel;
import org.smpboot.machine.internal.apic.AccessPath;
import org.smpboot.machine.internal.apic.ApicRegisterFile;
import org.smpboot.machine.internal.apic.LocalApicState;
import org.smpboot.machine.internal.cpu.ControlTransfer;
import org.smpboot.machine.internal.cpu.CpuidModel;
import org.smpboot.machine.internal.cpu.EntryPointRegistry;
import org.smpboot.machine.internal.cpu.ModelSpecificRegisters;
import org.smpboot.machine.internal.cpu.ProcessorTable;
import org.smpboot.machine.internal.cpu.SimulatedCpu;
import org.smpboot.machine.internal.memory.SparsePhysicalMemory;
import org.smpboot.machine.internal.sched.Scheduler;

/**
 * The simulated machine's implementation of the kernel API's hardware port: one instance per
 * machine, every call acting on the processor that holds the scheduler's baton (or, inside a
 * spin-wait condition, on the waiting processor).
 *
 * <p>Device accesses route to the executing processor's own local APIC: the xAPIC page at its
 * IA32_APIC_BASE while the page decodes, the x2APIC MSRs 0x800–0x8FF in x2APIC mode, both through
 * the one {@link ApicRegisterFile}. Every operation charges its cost from the {@link CostModel}.
 */
public final class MachinePort implements HardwarePort {

    /** The size of the xAPIC register page. */
    private static final long XAPIC_PAGE_SIZE = 4096;
    /** xAPIC registers sit at 16-byte aligned offsets and are read and written as 32-bit words. */
    private static final int XAPIC_REGISTER_STRIDE = 16;

    private final Scheduler scheduler;
    private final ProcessorTable cpus;
    private final SparsePhysicalMemory raw;
    private final PortMemory memory;
    private final ApicRegisterFile registers;
    private final ModelSpecificRegisters msrs;
    private final CpuidModel cpuid;
    private final EntryPointRegistry loader;
    private final FirmwareHandoff handoff;
    private final CostModel costs;

    /**
     * Creates the port.
     *
     * @param scheduler the scheduler, which knows the executing processor
     * @param cpus      the processors
     * @param raw       raw physical memory
     * @param observer  the side effects of memory writes
     * @param registers the local APIC register file
     * @param msrs      the other MSRs
     * @param cpuid     the CPUID model
     * @param loader    the kernel's entry points
     * @param handoff   what the boot loader hands the kernel
     * @param costs     the cost model
     */
    public MachinePort(Scheduler scheduler, ProcessorTable cpus, SparsePhysicalMemory raw, WriteObserver observer,
            ApicRegisterFile registers, ModelSpecificRegisters msrs, CpuidModel cpuid, EntryPointRegistry loader,
            FirmwareHandoff handoff, CostModel costs) {
        this.scheduler = scheduler;
        this.cpus = cpus;
        this.raw = raw;
        this.memory = new PortMemory(raw, scheduler, costs, observer);
        this.registers = registers;
        this.msrs = msrs;
        this.cpuid = cpuid;
        this.loader = loader;
        this.handoff = handoff;
        this.costs = costs;
    }

    @Override
    public ApicId currentApicId() {
        SimulatedCpu cpu = current();
        scheduler.charge(costs.cpuidCycles());
        return cpu.apicId();
    }

    @Override
    public PhysicalMemory memory() {
        return memory;
    }

    @Override
    public int mmioRead32(long address) {
        SimulatedCpu cpu = current();
        Optional<Integer> offset = apicOffset(cpu.apic(), address);
        if (offset.isEmpty()) {
            return memory.readInt(address);
        }
        scheduler.recordDeviceRead();
        int value = apicRegister(cpu, offset.get(), false)
                .map(register -> (int) registers.read(cpu.ordinal(), cpu.apic(), register, AccessPath.MMIO))
                .orElse(0);
        scheduler.charge(costs.mmioAccessCycles());
        return value;
    }

    @Override
    public void mmioWrite32(long address, int value) {
        SimulatedCpu cpu = current();
        Optional<Integer> offset = apicOffset(cpu.apic(), address);
        if (offset.isEmpty()) {
            memory.writeInt(address, value);
            return;
        }
        scheduler.refuseWriteInCondition();
        apicRegister(cpu, offset.get(), true).ifPresent(register ->
                registers.write(cpu.ordinal(), cpu.apic(), register, Integer.toUnsignedLong(value), AccessPath.MMIO));
        scheduler.charge(costs.mmioAccessCycles());
    }

    @Override
    public long readMsr(int msr) {
        SimulatedCpu cpu = current();
        scheduler.recordDeviceRead();
        long value;
        if (isX2ApicMsr(msr)) {
            value = registers.read(cpu.ordinal(), cpu.apic(), x2ApicRegister(cpu, msr, "RDMSR"), AccessPath.MSR);
        } else {
            value = msrs.read(cpu, msr, scheduler.clock(cpu.ordinal()));
        }
        scheduler.charge(costs.msrAccessCycles());
        return value;
    }

    @Override
    public void writeMsr(int msr, long value) {
        SimulatedCpu cpu = current();
        scheduler.refuseWriteInCondition();
        if (isX2ApicMsr(msr)) {
            registers.write(cpu.ordinal(), cpu.apic(), x2ApicRegister(cpu, msr, "WRMSR"), value, AccessPath.MSR);
        } else {
            msrs.write(cpu, msr, value);
        }
        scheduler.charge(costs.msrAccessCycles());
    }

    @Override
    public long rdtsc() {
        SimulatedCpu cpu = current();
        scheduler.recordDeviceRead();
        long tsc = scheduler.clock(cpu.ordinal());
        scheduler.charge(costs.rdtscCycles());
        return tsc;
    }

    @Override
    public CpuidResult cpuid(int leaf, int subleaf) {
        SimulatedCpu cpu = current();
        CpuidResult result = cpuid.cpuid(leaf, subleaf, cpu.apic().id());
        scheduler.charge(costs.cpuidCycles());
        return result;
    }

    @Override
    public void pause() {
        current();
        scheduler.charge(costs.pauseCycles());
    }

    @Override
    public boolean spinUntil(BooleanSupplier condition, long timeoutCycles) {
        return scheduler.spinUntil(condition, timeoutCycles, costs.pauseCycles());
    }

    /**
     * {@inheritDoc}
     *
     * <p>The kernel code that jumps is left as a jump leaves it: the processor's life-cycle model
     * continues at {@code address} (the firmware reset vector, a boot image's long-mode entry, or
     * a triple fault).
     */
    @Override
    public void jump(long address) {
        current();
        if (scheduler.evaluatingCondition()) {
            throw new IllegalStateException("A spinUntil condition must not jump: it only observes");
        }
        throw new ControlTransfer(address);
    }

    @Override
    public FirmwareHandoff firmwareHandoff() {
        current();
        return handoff;
    }

    @Override
    public long addressOf(ApEntryPoint entry) {
        current();
        return loader.addressOf(entry);
    }

    /** {@return the raw memory behind the port, for the machine's own inspection} */
    public SparsePhysicalMemory rawMemory() {
        return raw;
    }

    private SimulatedCpu current() {
        return cpus.get(scheduler.currentCpu());
    }

    /** {@return the offset of {@code address} in the APIC page, if the executing processor's page decodes it} */
    private static Optional<Integer> apicOffset(LocalApicState apic, long address) {
        if (!apic.mmioPageDecoded()) {
            return Optional.empty();
        }
        long base = new ApicBase(apic.apicBase()).base();
        long offset = address - base;
        return offset >= 0 && offset < XAPIC_PAGE_SIZE ? Optional.of((int) offset) : Optional.empty();
    }

    /** The register at an APIC page offset; an offset that holds none sets ESR bit 7 (SDM §10.5.3). */
    private Optional<LocalApicRegister> apicRegister(SimulatedCpu cpu, int offset, boolean write) {
        Optional<LocalApicRegister> register = offset % XAPIC_REGISTER_STRIDE == 0
                ? LocalApicRegister.atMmioOffset(offset)
                : Optional.empty();
        if (register.isEmpty()) {
            registers.illegalOffset(cpu.ordinal(), cpu.apic(), offset, write);
        }
        return register;
    }

    private static boolean isX2ApicMsr(int msr) {
        return msr >= LocalApicRegister.X2APIC_MSR_BASE && msr <= LocalApicRegister.X2APIC_MSR_LAST;
    }

    /** SDM §10.12.1.2: the x2APIC MSRs exist only in x2APIC mode, and only those the table lists. */
    private static LocalApicRegister x2ApicRegister(SimulatedCpu cpu, int msr, String instruction) {
        if (!cpu.apic().x2ApicMode()) {
            throw new GeneralProtectionFault("%s 0x%x: the x2APIC MSRs exist only in x2APIC mode (IA32_APIC_BASE.EXTD is 0)"
                    .formatted(instruction, msr));
        }
        return LocalApicRegister.atMsr(msr).orElseThrow(() -> new GeneralProtectionFault(
                "%s 0x%x: no x2APIC register at this MSR (or one smpboot does not model)".formatted(instruction, msr)));
    }
}
