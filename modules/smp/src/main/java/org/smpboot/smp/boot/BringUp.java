package org.smpboot.smp.boot;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smpboot.acpi.processor.Processor;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.smp.firmware.BootFirmware;
import org.smpboot.smp.memory.BootPageTable;
import org.smpboot.smp.memory.FrameAllocator;
import org.smpboot.smp.memory.OutOfBootMemoryException;
import org.smpboot.smp.report.BootReport;
import org.smpboot.smp.report.CpuReport;
import org.smpboot.smp.report.CpuStatus;

/**
 * Brings up the application processors: the seed's {@code boot_all_aps} and {@code
 * bringup_all_aps}, with its hazards fixed.
 *
 * <ol>
 *   <li>Enable the BSP's local APIC and read its APIC ID: the BSP is the processor running this
 *       code, not the MADT's first entry.</li>
 *   <li>Take the processors to boot from the MADT's processor view (Local APIC and x2APIC entries,
 *       flags honoured, placeholders and duplicates dropped), the BSP excepted.</li>
 *   <li>Build the boot page table, the boot control block and one boot record (stack top,
 *       CPU-local area) per expected AP; copy the AP boot image to 0x8000 and fill its slots.</li>
 *   <li>Wake the APs through the platform's {@link WakeupStrategy}.</li>
 *   <li>Wait for them, bounded; close the arrivals, so that a processor woken later parks instead of
 *       running boot code the kernel has moved on from.</li>
 *   <li>Report every processor's fate; release the boot page only when no AP is outstanding.</li>
 * </ol>
 *
 * <p>Runs on the BSP. Every wait is bounded; every failure is a line in the report, never an
 * exception, so a boot that partly fails still says what became of each CPU.
 *
 * @spec spec digest §1.4, §1.9, §1.11 (Asterinas smp.rs and its hazards)
 */
public final class BringUp {

    /** The TSC rate assumed when CPUID leaf 0x15 does not give one: 2 GHz, which the seed's cycle counts assume. */
    static final TscFrequency ASSUMED_TSC = new TscFrequency(2_000_000_000L);

    /** Low memory below this is left to the boot image and legacy structures. */
    static final long ALLOCATION_FLOOR = 0x10_0000;

    private final HardwarePort hardware;
    private final Platform platform;
    private final Apic apic;
    private final WakeupStrategy wakeup;
    private final BootFirmware firmware;
    private final BringUpSettings settings;

    /**
     * Creates the bring-up. Each part is a separate binding, so a research prototype can replace
     * one (its own wake-up strategy, say) and keep the rest.
     *
     * @param hardware the hardware port
     * @param platform the selected platform, for its name in reports
     * @param apic     the local APIC driver
     * @param wakeup   the wake-up strategy
     * @param firmware what firmware said
     * @param settings the tunables
     */
    @Inject
    public BringUp(HardwarePort hardware, Platform platform, Apic apic, WakeupStrategy wakeup, BootFirmware firmware,
            BringUpSettings settings) {
        this.hardware = hardware;
        this.platform = platform;
        this.apic = apic;
        this.wakeup = wakeup;
        this.firmware = firmware;
        this.settings = settings;
    }

    /** {@return the fate of every processor, after bringing up the APs} */
    public BootReport bringUpAllAps() {
        BootLog log = new BootLog(hardware);
        TscFrequency tsc = TscFrequency.fromCpuid(hardware).orElseGet(() -> {
            log.line("tsc: CPUID leaf 0x15 gives no frequency; assuming %d Hz", ASSUMED_TSC.hz());
            return ASSUMED_TSC;
        });
        apic.enable();
        ApicId bsp = apic.id();
        log.line("smp: BSP is APIC ID %s; platform %s, %s mode, wakeup %s", bsp, platform.name(),
                apic.mode().mnemonic(), wakeup.name());

        List<String> problems = new ArrayList<>(firmware.problems());
        problems.forEach(problem -> log.line("ACPI: firmware bug: %s", problem));
        for (Processor cpu : firmware.processors()) {
            log.line("ACPI: %s APIC ID %s (UID %s): %s", cpu.source().structureName(), cpu.apicId(),
                    cpu.acpiProcessorUid(), Decisions.describe(cpu, bsp));
        }
        Set<ApicId> listed = new LinkedHashSet<>(firmware.bootableApicIds());
        if (!listed.contains(bsp)) {
            String problem = "the BSP's APIC ID %s is not among the MADT's bootable processors".formatted(bsp);
            problems.add(problem);
            log.line("ACPI: firmware bug: %s", problem);
        }
        List<ApicId> targets = listed.stream().filter(id -> !id.equals(bsp)).toList();
        log.line("smp: Bringing up %d secondary CPU%s", targets.size(), targets.size() == 1 ? "" : "s");

        Outcome outcome = targets.isEmpty() ? Outcome.NONE : wakeAndWait(targets, tsc, log);
        return report(bsp, targets, outcome, tsc, problems, log);
    }

    /** What the wake-up phase produced. */
    private record Outcome(Optional<BootControlBlock> control, Map<ApicId, WakeupOutcome> wakeups,
            Optional<String> setupFailure, boolean bootAreaReclaimed) {
        static final Outcome NONE = new Outcome(Optional.empty(), Map.of(), Optional.empty(), true);
    }

    private Outcome wakeAndWait(List<ApicId> targets, TscFrequency tsc, BootLog log) {
        BootControlBlock control;
        try {
            control = prepare(targets, log);
        } catch (OutOfBootMemoryException | BootPageTable.RootAbove4GiBException | IllegalArgumentException e) {
            log.line("smp: cannot prepare AP boot: %s", e.getMessage());
            return new Outcome(Optional.empty(), Map.of(), Optional.of(e.getMessage()), true);
        }
        PhysicalAddress base = settings.imageBase();
        ApBootContext context = new ApBootContext(base, ApBootImage.longModeEntry(base), ApBootImage.SIZE, targets,
                control::hasArrived);
        WakeupReport report = wakeup.wake(context);
        long kicked = 0;
        for (Map.Entry<ApicId, WakeupOutcome> entry : report.outcomes().entrySet()) {
            WakeupOutcome result = entry.getValue();
            if (result.kicked()) {
                kicked++;
            } else {
                log.line("smp: APIC ID %s: %s", entry.getKey(), result.describe());
                // A firmware that acknowledges later must not run this AP into a kernel that moved on.
                control.close(entry.getKey());
            }
        }
        long expectedOnline = kicked;
        boolean all = hardware.spinUntil(() -> control.onlineCount() >= expectedOnline,
                settings.arrivalTimeout().toCycles(tsc));
        if (!all) {
            log.line("smp: %d of %d kicked APs reported in within %s", control.onlineCount(), kicked,
                    settings.arrivalTimeout().text());
        }
        control.closeRemaining(settings.arrivingGrace().toCycles(tsc));
        long outstanding = report.outcomes().entrySet().stream()
                .filter(entry -> mayStillStart(entry.getValue()) && !control.hasArrived(entry.getKey())).count();
        if (outstanding > 0) {
            log.line("smp: boot page %s kept reserved: %d AP(s) may still be woken and must park there",
                    base, outstanding);
        }
        return new Outcome(Optional.of(control), report.outcomes(), Optional.empty(), outstanding == 0);
    }

    /**
     * Whether a processor the BSP gave up on could still start executing the boot image later: when
     * its wake-up message was accepted (or its fate is unknown: still pending, or a mailbox command
     * firmware may yet act on). Not when the APIC reported it undeliverable or it was never tried.
     */
    private static boolean mayStillStart(WakeupOutcome outcome) {
        return switch (outcome) {
            case WakeupOutcome.Sent sent -> true;
            case WakeupOutcome.Acknowledged acknowledged -> true;
            case WakeupOutcome.NotAcknowledged pending -> true;
            case WakeupOutcome.DeliveryTimedOut pending -> true;
            case WakeupOutcome.DeliveryFailed undeliverable -> false;
            case WakeupOutcome.Refused refused -> false;
        };
    }

    /** Builds the page table, the control block and the records, and installs the boot image. */
    private BootControlBlock prepare(List<ApicId> targets, BootLog log) {
        PhysicalAddress base = settings.imageBase();
        boolean usable = firmware.handoff().regionContaining(base.value(), ApBootImage.SIZE)
                .map(MemoryRegion::type).filter(type -> type == MemoryType.USABLE).isPresent();
        if (!usable) {
            throw new IllegalArgumentException(
                    "the boot image page %s is not usable RAM in the firmware memory map".formatted(base));
        }
        FrameAllocator allocator = new FrameAllocator(firmware.handoff().memoryMap(), ALLOCATION_FLOOR);
        PhysicalAddress pageTable = BootPageTable.build(allocator, hardware.memory());
        BootControlBlock control = BootControlBlock.prepare(hardware, allocator, targets, settings);
        long entry = hardware.addressOf(new ApKernelEntry(base, apic));
        ApBootImage.install(hardware.memory(), base, entry, control.bootInfo(), pageTable, control.address());
        log.line("smp: AP boot image at %s, page table %s, %d boot records at %s", base, pageTable, targets.size(),
                control.bootInfo());
        return control;
    }

    private BootReport report(ApicId bsp, List<ApicId> targets, Outcome outcome, TscFrequency tsc,
            List<String> problems, BootLog log) {
        List<CpuReport> cpus = new ArrayList<>();
        cpus.add(CpuReport.online(0, bsp, true, 0, 0));
        Set<ApicId> reported = new LinkedHashSet<>(List.of(bsp));
        // An APIC ID listed by several entries is reported once, as the entry that decided its fate:
        // the bootable one if there is one (a disabled entry may come first), else the first.
        Set<ApicId> bootable = Set.copyOf(firmware.bootableApicIds());
        // The rings are physical memory the APs wrote: read each once for the whole report.
        List<ApicId> unlistedIds = outcome.control().map(BootControlBlock::unlisted).orElse(List.of());
        Set<ApicId> late = Set.copyOf(outcome.control().map(BootControlBlock::late).orElse(List.of()));
        int online = 1;
        for (Processor cpu : firmware.processors()) {
            ApicId id = cpu.apicId();
            if (reported.contains(id) || !Decisions.isACpu(cpu) || !cpu.bootable() && bootable.contains(id)) {
                continue;
            }
            reported.add(id);
            int index = cpus.size();
            if (!cpu.bootable()) {
                cpus.add(CpuReport.notOnline(index, id, CpuStatus.DISABLED, Decisions.describe(cpu, bsp)));
                continue;
            }
            int number = outcome.control().map(control -> control.cpuNumber(id)).orElse(0);
            if (number > 0) {
                long at = outcome.control().orElseThrow().onlineTsc(number);
                cpus.add(CpuReport.online(index, id, false, at, number));
                online++;
                log.lineAt(at, "smp: CPU %d (APIC ID %s) is up", number, id);
            } else {
                cpus.add(CpuReport.notOnline(index, id, CpuStatus.FAILED, failure(id, outcome, late)));
            }
        }
        for (ApicId unlisted : unlistedIds) {
            cpus.add(CpuReport.notOnline(cpus.size(), unlisted, CpuStatus.UNLISTED,
                    reported.contains(unlisted) ? "its APIC ID arrived twice" : "arrived although the MADT does not list it"));
            log.line("smp: APIC ID %s reported in but the MADT does not list it", unlisted);
        }
        outcome.control().ifPresent(control -> {
            int beyond = control.unlistedCount() - unlistedIds.size();
            if (beyond > 0) {
                log.line("smp: %d more unlisted APs reported in (not recorded individually)", beyond);
            }
        });
        int expected = 1 + targets.size();
        log.line("smp: Brought up %d CPU%s of %d", online, online == 1 ? "" : "s", expected);
        return new BootReport(platform.name(), apic.mode(), wakeup.name(), expected, online, hardware.rdtsc(), tsc, cpus,
                problems, outcome.bootAreaReclaimed(), log.lines());
    }

    /** Why an expected AP did not come online; {@code late} holds the APs that parked late. */
    private static String failure(ApicId id, Outcome outcome, Set<ApicId> late) {
        if (outcome.setupFailure().isPresent()) {
            return "not woken: " + outcome.setupFailure().get();
        }
        WakeupOutcome wake = outcome.wakeups().get(id);
        if (wake != null && !wake.kicked()) {
            return wake.describe();
        }
        return late.contains(id) ? "reported in after the BSP stopped waiting; parked" : "never answered";
    }
}
