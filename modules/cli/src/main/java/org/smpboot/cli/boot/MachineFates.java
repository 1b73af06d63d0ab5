package org.smpboot.cli.boot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuReport;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.MachineRun;
import org.smpboot.machine.fault.Fault;

/**
 * What the machine saw become of each processor, looked up by APIC ID (the one name the kernel's
 * report and the machine share: report indices follow the MADT, machine indices the machine), with
 * the faults injected into it. It enriches the kernel's reason for a CPU that did not come up.
 */
final class MachineFates {

    private final Map<ApicId, CpuReport> byApicId = new HashMap<>();
    private final Map<CpuIndex, List<Fault>> faults = new HashMap<>();
    private final MachineRun run;

    MachineFates(MachineRun run, List<Fault> injected) {
        this.run = run;
        run.cpus().forEach(cpu -> byApicId.put(cpu.apicId(), cpu));
        for (Fault fault : injected) {
            target(fault).ifPresent(cpu -> faults.computeIfAbsent(cpu, key -> new ArrayList<>()).add(fault));
        }
    }

    /** {@return the machine's report on the processor with {@code apicId}; empty if it has none} */
    Optional<CpuReport> cpu(ApicId apicId) {
        return Optional.ofNullable(byApicId.get(apicId));
    }

    /** {@return a state's name as JSON and the log write it: lower case, words joined by {@code -}} */
    static String mnemonic(CpuState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * {@return what the machine saw of the processor with {@code apicId}, in a few words} For
     * example {@code cpu 3 is dead (injected cpu=3:dead)}, {@code cpu 2 faulted: triple fault at
     * ...}, or {@code no processor has this APIC ID} for a CPU the MADT invents.
     */
    String explain(ApicId apicId) {
        CpuReport cpu = byApicId.get(apicId);
        if (cpu == null) {
            return "the machine has no processor with this APIC ID";
        }
        String seen = switch (cpu.state()) {
            case WAIT_FOR_SIPI -> "still waits for a Start-Up IPI";
            case IN_FIRMWARE -> "still waits in firmware for a mailbox command";
            case STARTING -> "still starting at the end of the run";
            case RUNNING -> "still running at the end of the run";
            case HALTED -> "halted at %s after running kernel code".formatted(BootLogText.time(run.trace(), cpu.tsc()));
            case FAULTED -> "faulted: " + cpu.faultReason().orElse("triple fault");
            case DEAD -> "dead: never left reset, accepts no IPI";
        };
        // Name the faults injected into it, unless the machine's words already do.
        List<String> injected = faults.getOrDefault(cpu.index(), List.of()).stream().map(Fault::spec)
                .filter(spec -> !seen.contains(spec)).toList();
        String because = injected.isEmpty() ? "" : " (injected " + String.join(", ", injected) + ")";
        return "%s %s%s".formatted(cpu.index(), seen, because);
    }

    /** {@return the processor a fault is injected into, if it names one} */
    private static Optional<CpuIndex> target(Fault fault) {
        return switch (fault) {
            case Fault.Dead dead -> Optional.of(dead.cpu());
            case Fault.IgnoresFirstSipi ignores -> Optional.of(ignores.cpu());
            case Fault.StartsLate late -> Optional.of(late.cpu());
            case Fault.BadBootCode bad -> Optional.of(bad.cpu());
            case Fault.MailboxNeverAcks never -> Optional.of(never.cpu());
            case Fault.MailboxAcksLate late -> Optional.of(late.cpu());
            case Fault.MadtOmitsCpu omitted -> Optional.of(omitted.cpu());
            case Fault.MadtPhantomCpus _ -> Optional.empty();
            case Fault.MailboxScript _ -> Optional.empty();
        };
    }
}
