package org.smpboot.machine.internal.cpu;

import java.util.Arrays;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrRule;
import org.smpboot.kernel.api.apic.IcrRules;
import org.smpboot.kernel.api.apic.IcrViolation;
import org.smpboot.machine.CostModel;
import org.smpboot.machine.internal.apic.ApicBus;
import org.smpboot.machine.internal.apic.LocalApicState;
import org.smpboot.machine.internal.sched.Scheduler;
import org.smpboot.machine.trace.TraceEvent;

/**
 * The interrupt bus between the simulated local APICs: takes the message an ICR write sends,
 * decides which APICs accept it, and delivers it after the modelled latency.
 *
 * <p>Send side: an illegal vector (0–15 with Fixed or Lowest Priority) latches Send Illegal Vector
 * and sends nothing; a reserved delivery mode or a shorthand the SDM allows only with Fixed is
 * dropped (its effect is undefined); in a TDX guest INIT and Start-Up are dropped as protocol
 * violations. Otherwise the message leaves, and in xAPIC mode the sender's delivery status reads
 * "send pending" until it arrives.
 *
 * <p>Receive side: physical destinations name one APIC ID (0xFF in xAPIC and 0xFFFFFFFF in x2APIC
 * mode address all); logical destinations match each APIC's logical ID, flat or cluster in xAPIC
 * mode (DFR, LDR), cluster in x2APIC mode (LDR derived from the x2APIC ID), to every matching
 * processor whatever gaps the IDs have. A dead processor accepts nothing. When no processor
 * accepts a message addressed by destination, the sender latches Send Accept Error.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register", §10.6.2 "Determining IPI
 *     Destination" (flat and cluster models), §10.12.10 "x2APIC Logical Destination Mode",
 *     §10.5.3 "Error Handling" (§11.x in the 2023+ editions)
 */
public final class InterruptRouter implements ApicBus {

    /** Fixed and Lowest Priority vectors below this are illegal (SDM §10.5.3). */
    private static final int FIRST_LEGAL_VECTOR = 16;
    /** xAPIC DFR model field: bits 28–31; 1111 flat, 0000 cluster. */
    private static final int DFR_MODEL_SHIFT = 28;
    private static final int DFR_MODEL_FLAT = 0xF;
    private static final int DFR_MODEL_CLUSTER = 0x0;
    private static final int XAPIC_LOGICAL_SHIFT = 24;
    /** An 8-bit xAPIC logical destination: cluster in the high nibble (0xF = all clusters), members in the low. */
    private static final int XAPIC_ALL_CLUSTERS = 0xF;
    private static final int X2APIC_CLUSTER_SHIFT = 16;
    private static final int X2APIC_MEMBERS_MASK = 0xFFFF;

    private final ProcessorTable cpus;
    private final Scheduler scheduler;
    private final TraceRecorder trace;
    private final ProcessorLifecycle lifecycle;
    private final CostModel costs;
    private final Jitter jitter;
    private final boolean tdxGuest;

    /**
     * Creates the bus.
     *
     * @param cpus      the processors
     * @param scheduler the scheduler
     * @param trace     the trace
     * @param lifecycle what INIT and SIPI do to a processor
     * @param costs     the delivery latency
     * @param jitter    the seeded per-target delivery jitter
     * @param tdxGuest  whether INIT and SIPI are protocol violations
     */
    public InterruptRouter(ProcessorTable cpus, Scheduler scheduler, TraceRecorder trace, ProcessorLifecycle lifecycle,
            CostModel costs, Jitter jitter, boolean tdxGuest) {
        this.cpus = cpus;
        this.scheduler = scheduler;
        this.trace = trace;
        this.lifecycle = lifecycle;
        this.costs = costs;
        this.jitter = jitter;
        this.tdxGuest = tdxGuest;
    }

    @Override
    public long now() {
        return scheduler.now();
    }

    @Override
    public void apicError(int cpu, int bits, String reason) {
        trace.record(new TraceEvent.ApicError(scheduler.now(), cpus.get(cpu).index(), bits, reason));
    }

    @Override
    public void send(int sender, long raw, ApicMode mode) {
        long time = scheduler.now();
        SimulatedCpu source = cpus.get(sender);
        Icr icr = IcrCodec.decode(raw, mode, IcrCodec.Decoding.LENIENT);
        DeliveryMode deliveryMode = icr.deliveryMode();
        if (tdxGuest && (deliveryMode == DeliveryMode.INIT || deliveryMode == DeliveryMode.STARTUP)) {
            trace.record(new TraceEvent.IpiDropped(time, source.index(), raw, ("protocol violation: a TDX guest cannot "
                    + "send %s; the untrusted VMM does not deliver INIT or Start-Up to a trust domain, whose APs wait "
                    + "for the ACPI multiprocessor wakeup mailbox").formatted(deliveryMode.mnemonic())));
            return;
        }
        if ((deliveryMode == DeliveryMode.FIXED || deliveryMode == DeliveryMode.LOWEST_PRIORITY)
                && icr.vector() < FIRST_LEGAL_VECTOR) {
            source.apic().raiseError(ErrorStatus.SEND_ILLEGAL_VECTOR);
            apicError(sender, ErrorStatus.SEND_ILLEGAL_VECTOR,
                    "send of illegal vector 0x%02x with delivery mode %s".formatted(icr.vector(), deliveryMode.mnemonic()));
            return;
        }
        for (IcrViolation violation : IcrRules.check(icr, mode)) {
            if (violation.rule() == IcrRule.RESERVED_DELIVERY_MODE || violation.rule() == IcrRule.SHORTHAND_ONLY_WITH_FIXED) {
                trace.record(new TraceEvent.IpiDropped(time, source.index(), raw,
                        "undefined message, not sent: " + violation.message()));
                return;
            }
        }
        LocalApicState apic = source.apic();
        boolean busy = mode == ApicMode.XAPIC && time < apic.deliveryBusyUntil();
        trace.record(new TraceEvent.IpiSent(time, source.index(), icr, mode, busy));
        long arrival = time + costs.ipiDeliveryCycles();
        if (mode == ApicMode.XAPIC) {
            apic.markBusyUntil(arrival);
        }
        scheduler.schedule(arrival, sender, () -> arrive(source, icr, mode, arrival));
    }

    private void arrive(SimulatedCpu source, Icr icr, ApicMode mode, long time) {
        int[] targets = resolve(source, icr, mode);
        if (targets.length == 0 && icr.shorthand() == DestinationShorthand.NO_SHORTHAND) {
            source.apic().raiseError(ErrorStatus.SEND_ACCEPT_ERROR);
            trace.record(new TraceEvent.IpiNotAccepted(time, source.index(), icr.deliveryMode(), icr.unsignedDestination()));
            trace.record(new TraceEvent.ApicError(time, source.index(), ErrorStatus.SEND_ACCEPT_ERROR,
                    "no processor accepted %s to destination 0x%x".formatted(icr.deliveryMode().mnemonic(),
                            icr.unsignedDestination())));
        }
        if (icr.deliveryMode() == DeliveryMode.LOWEST_PRIORITY && targets.length > 1) {
            targets = new int[] {lowestPriority(targets)};
        }
        for (int target : targets) {
            long delay = jitter.forTarget(target, costs.ipiJitterCycles());
            if (delay == 0) {
                deliver(cpus.get(target), source, icr, time);
            } else {
                long at = time + delay;
                scheduler.schedule(at, target, () -> {
                    deliver(cpus.get(target), source, icr, at);
                    scheduler.notifyDevice(at);
                });
            }
        }
        // The sender's delivery status turned idle and its ESR may have changed: wake its pollers.
        scheduler.notifyDevice(time);
    }

    private void deliver(SimulatedCpu target, SimulatedCpu source, Icr icr, long time) {
        DeliveryMode mode = icr.deliveryMode();
        switch (mode) {
            case INIT -> {
                if (icr.isInitLevelDeassert()) {
                    trace.record(new TraceEvent.IpiIgnored(time, target.index(), source.index(), mode,
                            "INIT level de-assert has no effect on Pentium 4 and later processors"));
                } else {
                    lifecycle.init(target, source.index(), time);
                }
            }
            case STARTUP -> lifecycle.startup(target, source.index(), icr.vector(), time);
            case FIXED, LOWEST_PRIORITY -> {
                if (!target.apic().softwareEnabled()) {
                    trace.record(new TraceEvent.IpiIgnored(time, target.index(), source.index(), mode,
                            "the APIC is software-disabled (SVR bit 8 clear), which discards fixed interrupts"));
                } else {
                    trace.record(new TraceEvent.IpiDelivered(time, target.index(), source.index(), mode, icr.vector()));
                }
            }
            case SMI, NMI -> trace.record(new TraceEvent.IpiDelivered(time, target.index(), source.index(), mode, icr.vector()));
            case RESERVED_011, RESERVED_111 -> trace.record(new TraceEvent.IpiIgnored(time, target.index(),
                    source.index(), mode, "reserved delivery mode"));
        }
    }

    /** {@return the CPU indices that accept {@code icr} from {@code source}, in index order} */
    private int[] resolve(SimulatedCpu source, Icr icr, ApicMode mode) {
        return switch (icr.shorthand()) {
            case SELF -> accepting(source.ordinal()) ? new int[] {source.ordinal()} : new int[0];
            case ALL_INCLUDING_SELF -> all(-1);
            case ALL_EXCLUDING_SELF -> all(source.ordinal());
            case NO_SHORTHAND -> icr.destinationMode() == DestinationMode.PHYSICAL
                    ? physical(icr.destination(), mode)
                    : logical(icr.destination(), mode);
        };
    }

    private int[] physical(int destination, ApicMode mode) {
        if (Integer.toUnsignedLong(destination) == mode.broadcast().unsignedValue()) {
            return all(-1);
        }
        int index = cpus.indexOfApicId(destination);
        return index >= 0 && accepting(index) ? new int[] {index} : new int[0];
    }

    private int[] logical(int destination, ApicMode mode) {
        if (Integer.toUnsignedLong(destination) == mode.broadcast().unsignedValue()) {
            return all(-1);
        }
        if (mode == ApicMode.X2APIC) {
            // SDM §10.12.10.2: the logical x2APIC ID is derived from the x2APIC ID, cluster = ID[31:4],
            // member bit = 1 << ID[3:0]; so the members of a cluster are found by ID, not by a scan.
            int cluster = destination >>> X2APIC_CLUSTER_SHIFT;
            int members = destination & X2APIC_MEMBERS_MASK;
            int[] found = new int[Integer.bitCount(members)];
            int count = 0;
            for (int bit = 0; bit < 16; bit++) {
                if ((members & (1 << bit)) != 0) {
                    int id = (cluster << 4) | bit;
                    int index = cpus.indexOfApicId(id);
                    if (index >= 0 && accepting(index)) {
                        found[count++] = index;
                    }
                }
            }
            int[] sorted = Arrays.copyOf(found, count);
            Arrays.sort(sorted);
            return sorted;
        }
        int[] found = new int[cpus.size()];
        int count = 0;
        for (int index = 0; index < cpus.size(); index++) {
            if (accepting(index) && matchesXApicLogical(cpus.get(index).apic(), destination)) {
                found[count++] = index;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** SDM §10.6.2.2: flat model ANDs the 8-bit logical ID with the destination; cluster model matches the cluster nibble and ANDs the member bits. */
    private static boolean matchesXApicLogical(LocalApicState apic, int destination) {
        int logicalId = apic.ldr() >>> XAPIC_LOGICAL_SHIFT;
        int model = apic.dfr() >>> DFR_MODEL_SHIFT;
        if (model == DFR_MODEL_FLAT) {
            return (logicalId & destination & 0xFF) != 0;
        }
        if (model == DFR_MODEL_CLUSTER) {
            int cluster = (destination >>> 4) & 0xF;
            boolean clusterMatches = cluster == XAPIC_ALL_CLUSTERS || cluster == logicalId >>> 4;
            return clusterMatches && (logicalId & destination & 0xF) != 0;
        }
        return false; // other DFR models are reserved
    }

    private int lowestPriority(int[] targets) {
        int best = targets[0];
        for (int target : targets) {
            if (cpus.get(target).apic().taskPriority() < cpus.get(best).apic().taskPriority()) {
                best = target;
            }
        }
        return best;
    }

    private boolean accepting(int index) {
        return !cpus.get(index).dead;
    }

    private int[] all(int except) {
        int[] found = new int[cpus.size()];
        int count = 0;
        for (int index = 0; index < cpus.size(); index++) {
            if (index != except && accepting(index)) {
                found[count++] = index;
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }
}
