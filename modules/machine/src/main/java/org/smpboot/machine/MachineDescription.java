package org.smpboot.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.machine.fault.Fault;

/**
 * What a simulated machine is: how many processors and with which APIC IDs, the APIC mode firmware
 * leaves them in, the TSC frequency, installed memory, bare metal or TDX guest, the seed of its
 * jitter, the faults injected into it, and its clock model.
 *
 * <p>An xAPIC machine's processors have no x2APIC support (CPUID.01H:ECX[21] is 0) and IDs up to
 * 0xFE (0xFF is the broadcast destination). An x2APIC machine's firmware has already switched every
 * processor to x2APIC mode, as firmware must when any ID is 255 or more; a TDX guest is always one.
 *
 * @param cpuCount        how many logical processors, 1 to {@value #MAX_CPUS}
 * @param apicIds         how their APIC IDs are assigned
 * @param apicMode        the mode firmware hands over in
 * @param tscHz           the invariant TSC frequency in Hz: 1 MHz to 8 GHz, a multiple of 1 kHz (so
 *                        that CPUID leaf 0x15 can state it exactly)
 * @param memoryBytes     installed RAM, a multiple of 4 KiB, at least 4 MiB
 * @param environment     bare metal or TDX guest
 * @param mailboxVersion  the multiprocessor wakeup mailbox version a TDX guest's MADT announces (0 or 1)
 * @param seed            the seed of delivery and start-up jitter
 * @param faults          the injected faults
 * @param rsdpInHandoff   whether the boot hand-off carries the RSDP address (UEFI), or the kernel must
 *                        scan the BIOS area for it
 * @param costs           the clock model
 */
public record MachineDescription(int cpuCount, ApicIdAssignment apicIds, ApicMode apicMode, long tscHz,
        long memoryBytes, ExecutionEnvironment environment, int mailboxVersion, long seed, List<Fault> faults,
        boolean rsdpInHandoff, CostModel costs) {

    /** The most processors a machine may have. */
    public static final int MAX_CPUS = 1 << 18;
    /** The highest xAPIC APIC ID a processor may have: 0xFF is the broadcast destination. */
    public static final int MAX_XAPIC_ID = 0xFE;
    /** The lowest TSC frequency accepted. */
    public static final long MIN_TSC_HZ = 1_000_000;
    /** The highest TSC frequency accepted. */
    public static final long MAX_TSC_HZ = 8_000_000_000L;
    /** The smallest memory size. */
    public static final long MIN_MEMORY = 4L << 20;
    /** The largest memory size: 1 TiB of (sparse) simulated RAM. */
    public static final long MAX_MEMORY = 1L << 40;

    /** Validates every field and the faults against the machine. */
    public MachineDescription {
        Objects.requireNonNull(apicIds, "apicIds");
        Objects.requireNonNull(apicMode, "apicMode");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(costs, "costs");
        faults = List.copyOf(faults);
        if (cpuCount < 1 || cpuCount > MAX_CPUS) {
            throw new IllegalArgumentException(
                    "Invalid CPU count %d: it must be 1 to %d".formatted(cpuCount, MAX_CPUS));
        }
        if (tscHz < MIN_TSC_HZ || tscHz > MAX_TSC_HZ || tscHz % 1_000 != 0) {
            throw new IllegalArgumentException(
                    "Invalid TSC frequency %d Hz: it must be 1 MHz to 8 GHz and a multiple of 1 kHz".formatted(tscHz));
        }
        if (memoryBytes < MIN_MEMORY || memoryBytes > MAX_MEMORY || memoryBytes % 4096 != 0) {
            throw new IllegalArgumentException(
                    "Invalid memory size %d bytes: it must be 4 MiB to 1 TiB and a multiple of 4 KiB".formatted(memoryBytes));
        }
        if (mailboxVersion != 0 && mailboxVersion != 1) {
            throw new IllegalArgumentException(
                    "Invalid mailbox version %d: ACPI defines 0 (6.4) and 1 (6.6)".formatted(mailboxVersion));
        }
        if (environment == ExecutionEnvironment.TDX_GUEST && apicMode != ApicMode.X2APIC) {
            throw new IllegalArgumentException(
                    "Invalid TDX guest in xAPIC mode: the TDX module virtualises only x2APIC; use x2APIC mode");
        }
        checkIds(apicIds.assign(cpuCount), apicMode);
        for (Fault fault : faults) {
            checkFault(fault, cpuCount, environment);
        }
        if (faults.stream().filter(Fault.MailboxScript.class::isInstance).count() > 1) {
            throw new IllegalArgumentException("Invalid faults: a machine's firmware follows one mailbox:script, not %d"
                    .formatted(faults.stream().filter(Fault.MailboxScript.class::isInstance).count()));
        }
    }

    /** {@return a builder with the defaults: 4 processors, IDs 0–3, xAPIC, 2 GHz, 4 GiB, bare metal, seed 0} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the APIC IDs, BSP first} */
    public List<ApicId> assignedApicIds() {
        return apicIds.assign(cpuCount);
    }

    /** {@return a builder that starts from this description} */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.cpuCount = cpuCount;
        builder.apicIds = apicIds;
        builder.apicMode = apicMode;
        builder.tscHz = tscHz;
        builder.memoryBytes = memoryBytes;
        builder.environment = environment;
        builder.mailboxVersion = mailboxVersion;
        builder.seed = seed;
        builder.faults = new ArrayList<>(faults);
        builder.rsdpInHandoff = rsdpInHandoff;
        builder.costs = costs;
        return builder;
    }

    private static void checkIds(List<ApicId> ids, ApicMode mode) {
        for (int i = 0; i < ids.size(); i++) {
            ApicId id = ids.get(i);
            if (mode == ApicMode.XAPIC && id.unsignedValue() > MAX_XAPIC_ID) {
                throw new IllegalArgumentException(("Invalid APIC ID %s of cpu %d in an xAPIC machine: xAPIC IDs are at "
                        + "most 0xfe (0xff is the broadcast destination); describe an x2APIC machine").formatted(id, i));
            }
            if (id.equals(ApicId.X2APIC_BROADCAST)) {
                throw new IllegalArgumentException(
                        "Invalid APIC ID 0xffffffff of cpu %d: it is the x2APIC broadcast destination".formatted(i));
            }
        }
    }

    private static void checkFault(Fault fault, int cpuCount, ExecutionEnvironment environment) {
        switch (fault) {
            case Fault.Dead dead -> apOnly(fault, dead.cpu(), cpuCount);
            case Fault.IgnoresFirstSipi ignores -> apOnly(fault, ignores.cpu(), cpuCount);
            case Fault.StartsLate late -> apOnly(fault, late.cpu(), cpuCount);
            case Fault.BadBootCode bad -> apOnly(fault, bad.cpu(), cpuCount);
            case Fault.MailboxNeverAcks never -> {
                tdxOnly(fault, environment);
                apOnly(fault, never.cpu(), cpuCount);
            }
            case Fault.MailboxAcksLate late -> {
                tdxOnly(fault, environment);
                apOnly(fault, late.cpu(), cpuCount);
            }
            case Fault.MailboxScript script -> tdxOnly(fault, environment);
            case Fault.MadtOmitsCpu omit -> exists(fault, omit.cpu(), cpuCount);
            case Fault.MadtPhantomCpus phantom -> {
                if ((long) cpuCount + phantom.count() > MAX_CPUS) {
                    throw new IllegalArgumentException("Invalid fault %s: the MADT would list more than %d processors"
                            .formatted(fault.spec(), MAX_CPUS));
                }
            }
        }
    }

    private static void apOnly(Fault fault, CpuIndex cpu, int cpuCount) {
        exists(fault, cpu, cpuCount);
        if (cpu.isBsp()) {
            throw new IllegalArgumentException(("Invalid fault %s: cpu 0 is the bootstrap processor, which runs the "
                    + "kernel's boot program; inject application-processor faults into cpu 1 or later").formatted(fault.spec()));
        }
    }

    private static void exists(Fault fault, CpuIndex cpu, int cpuCount) {
        if (cpu.value() >= cpuCount) {
            throw new IllegalArgumentException("Invalid fault %s: the machine has cpus 0 to %d"
                    .formatted(fault.spec(), cpuCount - 1));
        }
    }

    private static void tdxOnly(Fault fault, ExecutionEnvironment environment) {
        if (environment != ExecutionEnvironment.TDX_GUEST) {
            throw new IllegalArgumentException(
                    "Invalid fault %s: only a TDX guest has a wakeup mailbox".formatted(fault.spec()));
        }
    }

    /** Builds a {@link MachineDescription}; every setter returns the builder. */
    public static final class Builder {
        private int cpuCount = 4;
        private ApicIdAssignment apicIds = new ApicIdAssignment.Contiguous();
        private ApicMode apicMode = ApicMode.XAPIC;
        private long tscHz = 2_000_000_000L;
        private long memoryBytes = 4L << 30;
        private ExecutionEnvironment environment = ExecutionEnvironment.BARE_METAL;
        private int mailboxVersion = 1;
        private long seed;
        private List<Fault> faults = new ArrayList<>();
        private boolean rsdpInHandoff = true;
        private CostModel costs = CostModel.DEFAULT;

        private Builder() {
        }

        /** {@return the builder, with {@code count} processors with contiguous IDs 0…count−1} */
        public Builder cpus(int count) {
            this.cpuCount = count;
            this.apicIds = new ApicIdAssignment.Contiguous();
            return this;
        }

        /** {@return the builder, with the processors of a package/core/thread topology (IDs with gaps)} */
        public Builder topology(int packages, int coresPerPackage, int threadsPerCore) {
            ApicIdAssignment.Topology topology = new ApicIdAssignment.Topology(packages, coresPerPackage, threadsPerCore);
            this.cpuCount = Math.toIntExact(topology.cpuCount());
            this.apicIds = topology;
            return this;
        }

        /** {@return the builder, with processors of exactly these APIC IDs, BSP first} */
        public Builder apicIds(List<ApicId> ids) {
            this.apicIds = new ApicIdAssignment.Explicit(ids);
            this.cpuCount = ids.size();
            return this;
        }

        /** {@return the builder, in {@code mode}} */
        public Builder apicMode(ApicMode mode) {
            this.apicMode = mode;
            return this;
        }

        /** {@return the builder, with a TSC of {@code hz}} */
        public Builder tscHz(long hz) {
            this.tscHz = hz;
            return this;
        }

        /** {@return the builder, with {@code bytes} of RAM} */
        public Builder memoryBytes(long bytes) {
            this.memoryBytes = bytes;
            return this;
        }

        /** {@return the builder, as a bare-metal machine} */
        public Builder bareMetal() {
            this.environment = ExecutionEnvironment.BARE_METAL;
            return this;
        }

        /** {@return the builder, as a TDX guest (x2APIC) whose mailbox speaks {@code version}} */
        public Builder tdxGuest(int version) {
            this.environment = ExecutionEnvironment.TDX_GUEST;
            this.apicMode = ApicMode.X2APIC;
            this.mailboxVersion = version;
            return this;
        }

        /** {@return the builder, with jitter seed {@code value}} */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** {@return the builder, with {@code fault} added} */
        public Builder fault(Fault fault) {
            this.faults.add(Objects.requireNonNull(fault, "fault"));
            return this;
        }

        /** {@return the builder, with these faults added} */
        public Builder faults(List<Fault> more) {
            more.forEach(this::fault);
            return this;
        }

        /** {@return the builder, with or without the RSDP address in the boot hand-off} */
        public Builder rsdpInHandoff(boolean present) {
            this.rsdpInHandoff = present;
            return this;
        }

        /** {@return the builder, with another clock model} */
        public Builder costModel(CostModel model) {
            this.costs = Objects.requireNonNull(model, "model");
            return this;
        }

        /**
         * {@return the description}
         *
         * @throws IllegalArgumentException naming the field, value and rule that is broken
         */
        public MachineDescription build() {
            return new MachineDescription(cpuCount, apicIds, apicMode, tscHz, memoryBytes, environment, mailboxVersion,
                    seed, faults, rsdpInHandoff, costs);
        }
    }
}
