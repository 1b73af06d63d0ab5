package org.smpboot.cli.machine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smpboot.cli.NumberConverter;
import org.smpboot.cli.UsageException;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.machine.ApicIdAssignment;
import org.smpboot.machine.ExecutionEnvironment;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.fault.Fault;
import org.smpboot.machine.fault.FaultSpec;
import picocli.CommandLine.Option;

/**
 * The flags that describe the simulated machine, shared by every command that builds one
 * ({@code boot}, {@code platforms}): its kind, size, APIC mode, firmware table, faults and seed.
 *
 * <p>Without flags: an 8-CPU bare x86 machine in xAPIC mode, seed 0. Without {@code --apic} the
 * machine's firmware does what real firmware must: it hands over in x2APIC mode when an APIC ID is
 * above 0xFE (or in a TDX guest), else in xAPIC mode.
 *
 * @spec Intel SDM Vol. 3A §10.12.1 "Detecting and Enabling x2APIC Mode" (firmware enables x2APIC
 *     when an APIC ID does not fit 8 bits)
 */
public final class MachineOptions {

    /** The CPU count without {@code --cpus}, {@code --topology} or {@code --madt}. */
    public static final int DEFAULT_CPUS = 8;

    @Option(names = "--machine", paramLabel = "x86|tdx", defaultValue = "x86", converter = MachineKind.Converter.class,
            description = "The simulated hardware: bare x86 (INIT-SIPI-SIPI) or a TDX guest (wakeup mailbox). "
                    + "Default: ${DEFAULT-VALUE}.")
    private MachineKind kind = MachineKind.X86;

    @Option(names = "--cpus", paramLabel = "N", converter = NumberConverter.class,
            description = "Logical processors with APIC IDs 0..N-1 (1 to 262144). Default: " + DEFAULT_CPUS + ".")
    private Long cpus;

    @Option(names = "--topology", paramLabel = "SxCxT", converter = TopologyConverter.class,
            description = "Sockets x cores x threads, e.g. 2x4x2: APIC IDs with the gaps real topologies have.")
    private ApicIdAssignment.Topology topology;

    @Option(names = "--apic", paramLabel = "xapic|x2apic", converter = ApicModeConverter.class,
            description = "The APIC mode firmware hands over in. Default: x2apic if an APIC ID exceeds 0xfe "
                    + "or the machine is a TDX guest, else xapic.")
    private ApicMode apicMode;

    @Option(names = "--madt", paramLabel = "SOURCE",
            description = "Boot the processors a real MADT lists: a raw table, an acpidump text file, or a "
                    + "tables directory such as /sys/firmware/acpi/tables.")
    private Path madt;

    @Option(names = "--fault", paramLabel = "SPEC", converter = FaultConverter.class,
            description = "Inject a fault (repeatable): " + FaultSpec.ACCEPTED_FORMS + ".")
    private List<Fault> faults = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", converter = NumberConverter.class,
            description = "Seed of the machine's IPI delivery and start-up jitter. Default: ${DEFAULT-VALUE}.")
    private long seed;

    /** {@return the machine kind} */
    public MachineKind kind() {
        return kind;
    }

    /**
     * {@return the machine the flags describe, not yet built}
     *
     * @throws UsageException for flags that contradict each other or a {@code --madt} that cannot be read
     */
    public MachinePlan plan() {
        if (cpus != null && topology != null) {
            throw new UsageException("--cpus and --topology both give the processor count: use one");
        }
        if (madt != null) {
            if (cpus != null || topology != null) {
                throw new UsageException("--madt gives the processors: drop --" + (cpus != null ? "cpus" : "topology"));
            }
            if (kind == MachineKind.TDX) {
                throw new UsageException("--madt boots a bare x86 machine whose firmware serves the table unchanged; "
                        + "it announces no wakeup mailbox, so --machine tdx does not apply");
            }
            MadtSource source = MadtSource.read(madt);
            List<ApicId> ids = source.bootableApicIds();
            if (ids.isEmpty()) {
                throw new UsageException(("--madt %s lists no bootable x86 processor: no enabled Local APIC or "
                        + "Local x2APIC entry with a real APIC ID, so there is nothing to boot").formatted(madt));
            }
            return new MachinePlan(description(ids, true), Optional.of(source));
        }
        return new MachinePlan(description(assignedIds(), false), Optional.empty());
    }

    /**
     * The description. For a MADT machine it has the table's processors, so that faults are checked
     * against them; the machine is then built from the table itself.
     */
    private MachineDescription description(List<ApicId> ids, boolean explicit) {
        MachineDescription.Builder builder = MachineDescription.builder().seed(seed).faults(faults);
        if (explicit) {
            builder.apicIds(ids);
        } else if (topology != null) {
            builder.topology(topology.packages(), topology.coresPerPackage(), topology.threadsPerCore());
        } else {
            builder.cpus(cpuCount());
        }
        if (kind.environment() == ExecutionEnvironment.TDX_GUEST) {
            builder.tdxGuest(MachineKind.TDX_MAILBOX_VERSION);
        }
        builder.apicMode(apicMode != null ? apicMode : defaultMode(ids));
        return builder.build();
    }

    private int cpuCount() {
        long count = cpus == null ? DEFAULT_CPUS : cpus;
        if (count < 1 || count > MachineDescription.MAX_CPUS) {
            throw new UsageException("Invalid --cpus %d: it must be 1 to %d".formatted(count, MachineDescription.MAX_CPUS));
        }
        return (int) count;
    }

    /** The IDs the machine will have, to pick the APIC mode firmware would. */
    private List<ApicId> assignedIds() {
        if (topology != null && topology.cpuCount() > MachineDescription.MAX_CPUS) {
            throw new UsageException("Invalid --topology %dx%dx%d: %d processors, more than %d".formatted(
                    topology.packages(), topology.coresPerPackage(), topology.threadsPerCore(), topology.cpuCount(),
                    MachineDescription.MAX_CPUS));
        }
        return topology != null ? topology.assign((int) topology.cpuCount()) : new ApicIdAssignment.Contiguous()
                .assign(cpuCount());
    }

    private ApicMode defaultMode(List<ApicId> ids) {
        boolean wide = ids.stream().anyMatch(id -> id.unsignedValue() > MachineDescription.MAX_XAPIC_ID);
        return wide || kind == MachineKind.TDX ? ApicMode.X2APIC : ApicMode.XAPIC;
    }
}
