package org.smpboot.machine;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.ApicVersion;
import org.smpboot.kernel.api.firmware.FirmwareHandoff;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.machine.fault.Fault;
import org.smpboot.machine.internal.apic.ApicRegisterFile;
import org.smpboot.machine.internal.apic.LocalApicState;
import org.smpboot.machine.internal.cpu.CpuidModel;
import org.smpboot.machine.internal.cpu.EntryPointRegistry;
import org.smpboot.machine.internal.cpu.InterruptRouter;
import org.smpboot.machine.internal.cpu.Jitter;
import org.smpboot.machine.internal.cpu.MailboxFirmware;
import org.smpboot.machine.internal.cpu.ModelSpecificRegisters;
import org.smpboot.machine.internal.cpu.ProcessorLifecycle;
import org.smpboot.machine.internal.cpu.ProcessorTable;
import org.smpboot.machine.internal.cpu.SimulatedCpu;
import org.smpboot.machine.internal.cpu.TraceRecorder;
import org.smpboot.machine.internal.cpu.Trampoline;
import org.smpboot.machine.internal.firmware.FirmwareLayout;
import org.smpboot.machine.internal.firmware.FirmwareTables;
import org.smpboot.machine.internal.memory.SparsePhysicalMemory;
import org.smpboot.machine.internal.port.MachinePort;
import org.smpboot.machine.internal.sched.Scheduler;
import org.smpboot.machine.trace.Trace;
import org.smpboot.machine.trace.TraceEvent;

/**
 * A deterministic simulated x86 multiprocessor: processors with local APICs and virtual TSCs,
 * physical memory, ACPI firmware and, in a TDX guest, the multiprocessor wakeup mailbox; the kernel
 * API's {@link HardwarePort} for kernel code to run against.
 *
 * <p>After RESET the BSP (CPU index 0) runs the program given to {@link #run}; the APs wait for
 * INIT-SIPI-SIPI (bare metal) or in firmware for the mailbox (TDX). A run ends when nothing is left
 * to happen or at the virtual-cycle budget; the BSP's program returning does not end it, so a late
 * AP is still observed. A machine runs once.
 *
 * {@snippet :
 * Machine machine = Machine.build(MachineDescription.builder().cpus(4).seed(7).build());
 * MachineRun run = machine.run(hw -> {
 *     hw.mmioWrite32(0xFEE0_0300L, 0x000C_4500);                 // INIT to all but self
 *     hw.spinFor(10_000_000);                                     // 5 ms at 2 GHz
 * }, 1_000_000_000L);
 * run.state(1);                                                   // WAIT_FOR_SIPI
 * }
 *
 * @spec Intel SDM Vol. 3A, chapter 8 "Multiple-Processor Management" and chapter 10 "Advanced
 *     Programmable Interrupt Controller" (chapters 9 and 11 in the 2023+ editions); ACPI 6.6
 *     §5.2.5 (RSDP), §5.2.8 (XSDT), §5.2.12 (MADT) and §5.2.12.19 (Multiprocessor Wakeup)
 */
public final class Machine {

    private final MachineDescription description;
    private final List<ApicId> apicIds;
    private final ProcessorTable cpus;
    private final SparsePhysicalMemory memory;
    private final FirmwareLayout layout;
    private final FirmwareHandoff handoff;
    private final Scheduler scheduler;
    private final TraceRecorder trace;
    private final ProcessorLifecycle lifecycle;

    private Machine(MachineDescription description, FirmwareTables tables) {
        this.description = description;
        this.apicIds = description.assignedApicIds();
        boolean tdx = description.environment() == ExecutionEnvironment.TDX_GUEST;
        boolean x2Apic = description.apicMode() == ApicMode.X2APIC;
        List<SimulatedCpu> processors = new ArrayList<>(apicIds.size());
        for (int i = 0; i < apicIds.size(); i++) {
            ApicId id = apicIds.get(i);
            CpuState reset = i == 0 ? CpuState.RUNNING : tdx ? CpuState.IN_FIRMWARE : CpuState.WAIT_FOR_SIPI;
            processors.add(new SimulatedCpu(CpuIndex.of(i), id,
                    new LocalApicState(id.value(), i == 0, description.apicMode(), x2Apic), reset));
        }
        this.cpus = new ProcessorTable(processors);
        this.layout = FirmwareLayout.plan(description.memoryBytes(), tdx, tables.byteSize());
        this.memory = new SparsePhysicalMemory(layout.backings());
        tables.install(memory, layout);
        this.handoff = new FirmwareHandoff(layout.memoryMap(), description.rsdpInHandoff()
                ? Optional.of(PhysicalAddress.of(layout.rsdpAddress())) : Optional.empty());
        injectFaults();

        CostModel costs = description.costs();
        this.scheduler = new Scheduler(apicIds.size());
        this.trace = new TraceRecorder();
        Jitter jitter = new Jitter(description.seed());
        EntryPointRegistry loader = new EntryPointRegistry();
        this.lifecycle = new ProcessorLifecycle(cpus, scheduler, trace, new Trampoline(memory, loader), costs, jitter,
                description.mailboxVersion() >= 1 ? layout.resetVector() : OptionalLong.empty());
        InterruptRouter router = new InterruptRouter(cpus, scheduler, trace, lifecycle, costs, jitter, tdx);
        ApicVersion version = x2Apic ? new ApicVersion(0x15, 6, true) : new ApicVersion(0x14, 5, false);
        ApicRegisterFile registers = new ApicRegisterFile(router, version, description.tscHz(), CpuidModel.CRYSTAL_HZ);
        MailboxFirmware mailbox = layout.mailboxAddress().isPresent()
                ? new MailboxFirmware(layout.mailboxAddress().getAsLong(), description.mailboxVersion(), memory, cpus,
                        scheduler, trace, lifecycle, costs, jitter, mailboxScript(description))
                : null;
        MachinePort port = new MachinePort(scheduler, cpus, memory, (cpu, address, length, time) -> {
            if (address < FirmwareLayout.ONE_MIB) {
                trace.record(new TraceEvent.BootAreaWrite(time, cpus.get(cpu).index(), address, length));
            }
            if (mailbox != null && mailbox.touchesCommand(address, length)) {
                mailbox.commandWritten(cpu, time);
            }
            scheduler.notifyWrite(address, length, time);
        }, registers, new ModelSpecificRegisters(), cpuidModel(description), loader, handoff, costs);
        lifecycle.attach(port);
    }

    /**
     * {@return a machine as {@code description} says, after RESET}
     *
     * @throws IllegalArgumentException if the machine cannot be built (the tables do not fit its memory)
     */
    public static Machine build(MachineDescription description) {
        return new Machine(description, FirmwareTables.describe(description));
    }

    /**
     * {@return a machine with exactly the processors a real MADT describes, whose firmware serves
     * that MADT byte for byte}
     *
     * <p>The processors are the entries the acpi module's processor view boots (enabled, not a
     * placeholder, not a duplicate), in table order; the first is the BSP, as ACPI §5.2.12.1 asks
     * firmware to list it. Disabled and online-capable entries have no processor. The machine runs
     * in x2APIC mode when an ID is above 0xFE, else in the mode {@code settings} gives; TSC,
     * memory, seed, costs and processor faults come from {@code settings}.
     *
     * @param madt     the table, e.g. a corpus file or {@code /sys/firmware/acpi/tables/APIC}
     * @param settings everything but the processors
     * @throws IllegalArgumentException if the table cannot be parsed or lists no bootable x86
     *     processor, or {@code settings} asks for what a served table cannot give (a TDX guest's
     *     mailbox, MADT faults)
     */
    public static Machine fromMadt(byte[] madt, MachineDescription settings) {
        if (settings.environment() == ExecutionEnvironment.TDX_GUEST) {
            throw new IllegalArgumentException("Invalid settings for a machine from a real MADT: it is bare metal, since "
                    + "its firmware serves the table unchanged and so announces no wakeup mailbox it implements");
        }
        for (Fault fault : settings.faults()) {
            if (fault instanceof Fault.MadtPhantomCpus || fault instanceof Fault.MadtOmitsCpu) {
                throw new IllegalArgumentException(("Invalid fault %s for a machine from a real MADT: MADT faults shape "
                        + "a table the machine builds, and this one serves the real table unchanged").formatted(fault.spec()));
            }
        }
        ProcessorView processors;
        try {
            Madt parsed = Madt.parse(MemorySegment.ofArray(madt.clone()), Strictness.LENIENT);
            processors = ProcessorView.of(parsed, Strictness.LENIENT);
        } catch (AcpiException unreadable) {
            throw new IllegalArgumentException("Cannot build a machine from this MADT: " + unreadable.getMessage(), unreadable);
        }
        List<ApicId> ids = processors.bootableApicIds();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(("Cannot build a machine from this MADT: it lists no bootable x86 "
                    + "processor (%d processor entries, none enabled with a real APIC ID)")
                    .formatted(processors.processors().size()));
        }
        boolean wide = ids.stream().anyMatch(id -> id.unsignedValue() > MachineDescription.MAX_XAPIC_ID);
        MachineDescription description = settings.toBuilder().apicIds(ids)
                .apicMode(wide ? ApicMode.X2APIC : settings.apicMode()).build();
        return new Machine(description, FirmwareTables.serving(madt));
    }

    /** {@return the description the machine was built from} */
    public MachineDescription description() {
        return description;
    }

    /** {@return how many processors the machine has} */
    public int cpuCount() {
        return apicIds.size();
    }

    /** {@return the processors' APIC IDs, in CPU-index order (BSP first)} */
    public List<ApicId> apicIds() {
        return apicIds;
    }

    /** {@return what the boot loader hands the kernel: the memory map and, if described so, the RSDP address} */
    public FirmwareHandoff firmwareHandoff() {
        return handoff;
    }

    /** {@return where the RSDP is (whether or not the hand-off says so)} */
    public PhysicalAddress rsdpAddress() {
        return PhysicalAddress.of(layout.rsdpAddress());
    }

    /** {@return where the TDX multiprocessor wakeup mailbox is, if the machine is a TDX guest} */
    public Optional<PhysicalAddress> mailboxAddress() {
        return layout.mailboxAddress().isPresent()
                ? Optional.of(PhysicalAddress.of(layout.mailboxAddress().getAsLong()))
                : Optional.empty();
    }

    /**
     * {@return the machine's physical memory, raw} For inspecting memory after a run, or preparing
     * it before one: accesses here cost no virtual time, are not traced and wake nobody.
     */
    public PhysicalMemory memory() {
        return memory;
    }

    /** {@return the host bytes allocated so far for simulated RAM} */
    public long hostMemoryBytes() {
        return memory.allocatedBytes();
    }

    /**
     * Runs {@code bspProgram} on the BSP and simulates until nothing is left to happen or virtual
     * time passes {@code virtualCycleBudget}. Every processor thread is gone when this returns.
     *
     * @param bspProgram         the kernel's boot program, given the hardware port
     * @param virtualCycleBudget the last virtual TSC value to simulate
     * @return each processor's end state, the end time, and the trace
     * @throws IllegalStateException if the machine has run before, or a device model failed
     */
    public MachineRun run(Consumer<HardwarePort> bspProgram, long virtualCycleBudget) {
        if (virtualCycleBudget < 0) {
            throw new IllegalArgumentException("Invalid budget %d cycles: it must not be negative".formatted(virtualCycleBudget));
        }
        lifecycle.startBsp(bspProgram);
        Scheduler.Outcome outcome;
        try {
            outcome = scheduler.run(virtualCycleBudget);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the machine ran", interrupted);
        }
        List<CpuReport> reports = new ArrayList<>(cpus.size());
        for (int i = 0; i < cpus.size(); i++) {
            SimulatedCpu cpu = cpus.get(i);
            reports.add(new CpuReport(cpu.index(), cpu.apicId(), cpu.state(), scheduler.clock(i),
                    Optional.ofNullable(cpu.faultReason())));
        }
        return new MachineRun(reports, outcome.endCycle(), outcome.budgetExhausted(),
                new Trace(description.tscHz(), trace.events()));
    }

    private void injectFaults() {
        TscFrequency tsc = new TscFrequency(description.tscHz());
        for (Fault fault : description.faults()) {
            switch (fault) {
                case Fault.Dead dead -> cpus.get(dead.cpu().value()).markDead();
                case Fault.IgnoresFirstSipi ignores -> cpus.get(ignores.cpu().value()).ignoreFirstSipi();
                case Fault.StartsLate late -> cpus.get(late.cpu().value())
                        .startLate(late.delay().toCycles(tsc));
                case Fault.BadBootCode bad -> cpus.get(bad.cpu().value()).corruptBootCode();
                case Fault.MailboxNeverAcks never -> cpus.get(never.cpu().value()).neverAckMailbox();
                case Fault.MailboxAcksLate late -> cpus.get(late.cpu().value())
                        .ackMailboxLate(late.delay().toCycles(tsc));
                case Fault.MailboxScript script -> {
                    // The mailbox firmware follows it (see its construction).
                }
                case Fault.MadtPhantomCpus phantom -> {
                    // Shapes the MADT only (FirmwareTables): no processor to change.
                }
                case Fault.MadtOmitsCpu omit -> {
                    // Shapes the MADT only (FirmwareTables): the processor exists as usual.
                }
            }
        }
    }

    /** {@return the steps of the description's mailbox script, in cycles; empty without one} */
    private static List<MailboxFirmware.ScriptStep> mailboxScript(MachineDescription description) {
        TscFrequency tsc = new TscFrequency(description.tscHz());
        return description.faults().stream().filter(Fault.MailboxScript.class::isInstance).map(Fault.MailboxScript.class::cast)
                .findFirst().map(script -> script.actions().stream().map(action -> MailboxFirmware.ScriptStep.of(action, tsc))
                        .toList())
                .orElse(List.of());
    }

    private static CpuidModel cpuidModel(MachineDescription description) {
        ApicIdAssignment ids = description.apicIds();
        int cpuCount = description.cpuCount();
        int threadsPerCore = ids instanceof ApicIdAssignment.Topology topology ? topology.threadsPerCore() : 1;
        int perPackage = ids instanceof ApicIdAssignment.Topology topology
                ? topology.coresPerPackage() * topology.threadsPerCore()
                : cpuCount;
        return new CpuidModel(description.apicMode() == ApicMode.X2APIC,
                description.environment() == ExecutionEnvironment.TDX_GUEST, ids.threadBits(),
                ids.packageShift(cpuCount), threadsPerCore, perPackage, description.tscHz());
    }
}
