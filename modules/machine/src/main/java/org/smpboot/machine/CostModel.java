package org.smpboot.machine;

/**
 * How many TSC cycles each hardware operation costs a simulated processor, and how long the
 * machine's devices take: the simulator's clock model.
 *
 * <p>Every port operation advances the executing processor's virtual TSC by its cost, so a spin
 * loop written against the port makes progress in virtual time and a kernel that polls an MMIO
 * register pays what it would on metal. The defaults are round figures for a recent Intel server
 * core (they set the scale, not a cycle-exact timing); each constant says where it comes from. A
 * description may override any of them ({@link MachineDescription.Builder#costModel}).
 *
 * <p>Every processor-side cost is at least 1 cycle, so that a loop of port operations always moves
 * virtual time forward and the scheduler can interleave the other processors.
 *
 * @param memoryAccessCycles   one load or store of up to 8 bytes
 * @param atomicCycles         one locked read-modify-write (getAndAdd, compare-and-set)
 * @param mmioAccessCycles     one uncached access to a memory-mapped register (the xAPIC page)
 * @param msrAccessCycles      one RDMSR or WRMSR
 * @param cpuidCycles          one CPUID
 * @param rdtscCycles          one RDTSC
 * @param pauseCycles          one PAUSE, also the granularity of a {@code spinUntil} evaluation
 * @param bulkBytesPerCycle    bytes a bulk copy or fill moves per cycle
 * @param ipiDeliveryCycles    from the ICR write to the target's acceptance of the IPI; the xAPIC
 *                             delivery status stays "send pending" for this long
 * @param ipiJitterCycles      extra delivery delay drawn per target from the machine's seed, 0 to this
 * @param startupCycles        from accepting a SIPI or a mailbox wakeup to the first boot-code fetch
 * @param startupJitterCycles  extra start-up delay drawn per start from the seed, 0 to this
 * @param trampolineCycles     the trampoline's walk from its entry to the kernel entry (GDT, CR0,
 *                             CR3, CR4, EFER, far jumps)
 * @param mailboxPollCycles    one iteration of the TDX firmware's mailbox poll loop: how long an AP
 *                             in firmware takes to notice a command
 * @spec Intel 64 and IA-32 Architectures Optimization Reference Manual (PAUSE latency on Skylake
 *     and later); Agner Fog, "Instruction tables" (LOCK, RDTSC, CPUID latencies); Intel SDM Vol. 3A
 *     §8.4.4.1 (the 10 ms / 200 µs budget that start-up must fit in)
 */
public record CostModel(
        long memoryAccessCycles,
        long atomicCycles,
        long mmioAccessCycles,
        long msrAccessCycles,
        long cpuidCycles,
        long rdtscCycles,
        long pauseCycles,
        long bulkBytesPerCycle,
        long ipiDeliveryCycles,
        long ipiJitterCycles,
        long startupCycles,
        long startupJitterCycles,
        long trampolineCycles,
        long mailboxPollCycles) {

    /** An L1-hit load or store on a recent Intel core takes about 4–5 cycles. */
    public static final long MEMORY_ACCESS_CYCLES = 4;
    /** An uncontended LOCK-prefixed read-modify-write takes about 18–20 cycles (Agner Fog). */
    public static final long ATOMIC_CYCLES = 20;
    /** The xAPIC page is uncached (UC): an access goes to the APIC, some hundreds of cycles. */
    public static final long MMIO_ACCESS_CYCLES = 200;
    /** RDMSR/WRMSR are serializing; x2APIC MSR accesses were made cheaper than MMIO, about 100+ cycles. */
    public static final long MSR_ACCESS_CYCLES = 150;
    /** CPUID is serializing, about 100–200 cycles on bare metal (far more when a VMM traps it). */
    public static final long CPUID_CYCLES = 150;
    /** RDTSC takes about 20–25 cycles. */
    public static final long RDTSC_CYCLES = 25;
    /** Skylake raised PAUSE latency to about 140 cycles (Optimization Reference Manual). */
    public static final long PAUSE_CYCLES = 140;
    /** REP MOVSB on cached data moves roughly 16–32 bytes per cycle; 16 is the cautious end. */
    public static final long BULK_BYTES_PER_CYCLE = 16;
    /** IPI latency on current Xeons is of the order of 1 µs: 2,000 cycles at 2 GHz. */
    public static final long IPI_DELIVERY_CYCLES = 2_000;
    /** Delivery varies with the target's distance on the interconnect; a quarter of the latency. */
    public static final long IPI_JITTER_CYCLES = 500;
    /** Leaving wait-for-SIPI (microcode reset of the core's state) takes microseconds: 10 µs at 2 GHz. */
    public static final long STARTUP_CYCLES = 20_000;
    /** Start-up time varies from core to core; a tenth of it. */
    public static final long STARTUP_JITTER_CYCLES = 2_000;
    /** The trampoline's control-register and GDT writes and two far jumps: about 2 µs. */
    public static final long TRAMPOLINE_CYCLES = 4_000;
    /** TDVF's AP loop re-reads the mailbox after a few PAUSEs: about 0.5 µs per iteration. */
    public static final long MAILBOX_POLL_CYCLES = 1_000;

    /** The defaults above. */
    public static final CostModel DEFAULT = new CostModel(MEMORY_ACCESS_CYCLES, ATOMIC_CYCLES, MMIO_ACCESS_CYCLES,
            MSR_ACCESS_CYCLES, CPUID_CYCLES, RDTSC_CYCLES, PAUSE_CYCLES, BULK_BYTES_PER_CYCLE, IPI_DELIVERY_CYCLES,
            IPI_JITTER_CYCLES, STARTUP_CYCLES, STARTUP_JITTER_CYCLES, TRAMPOLINE_CYCLES, MAILBOX_POLL_CYCLES);

    /** Validates that operation costs and latencies are positive and jitters not negative. */
    public CostModel {
        positive("memoryAccessCycles", memoryAccessCycles);
        positive("atomicCycles", atomicCycles);
        positive("mmioAccessCycles", mmioAccessCycles);
        positive("msrAccessCycles", msrAccessCycles);
        positive("cpuidCycles", cpuidCycles);
        positive("rdtscCycles", rdtscCycles);
        positive("pauseCycles", pauseCycles);
        positive("bulkBytesPerCycle", bulkBytesPerCycle);
        positive("ipiDeliveryCycles", ipiDeliveryCycles);
        notNegative("ipiJitterCycles", ipiJitterCycles);
        positive("startupCycles", startupCycles);
        notNegative("startupJitterCycles", startupJitterCycles);
        positive("trampolineCycles", trampolineCycles);
        positive("mailboxPollCycles", mailboxPollCycles);
    }

    /** {@return the cycles a bulk copy or fill of {@code bytes} bytes costs: one access plus the transfer} */
    public long bulkCycles(long bytes) {
        return memoryAccessCycles + bytes / bulkBytesPerCycle;
    }

    /** {@return a copy with another IPI delivery latency} */
    public CostModel withIpiDeliveryCycles(long cycles) {
        return new CostModel(memoryAccessCycles, atomicCycles, mmioAccessCycles, msrAccessCycles, cpuidCycles,
                rdtscCycles, pauseCycles, bulkBytesPerCycle, cycles, ipiJitterCycles, startupCycles,
                startupJitterCycles, trampolineCycles, mailboxPollCycles);
    }

    /** {@return a copy without seeded jitter: every delivery and start-up takes exactly its base latency} */
    public CostModel withoutJitter() {
        return new CostModel(memoryAccessCycles, atomicCycles, mmioAccessCycles, msrAccessCycles, cpuidCycles,
                rdtscCycles, pauseCycles, bulkBytesPerCycle, ipiDeliveryCycles, 0, startupCycles, 0,
                trampolineCycles, mailboxPollCycles);
    }

    private static void positive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(
                    "Invalid cost model %s %d: it must be at least 1 cycle".formatted(field, value));
        }
    }

    private static void notNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    "Invalid cost model %s %d: it must not be negative".formatted(field, value));
        }
    }
}
