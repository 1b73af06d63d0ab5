package org.smpboot.machine.internal.cpu;

import org.smpboot.kernel.api.hw.Cpuid;
import org.smpboot.kernel.api.hw.CpuidResult;

/**
 * What CPUID returns on a simulated processor: the vendor, leaf 1's APIC ID and APIC/x2APIC bits,
 * the extended topology leaves 0x0B and 0x1F, the TSC leaf 0x15 and, in a TDX guest, leaf 0x21.
 *
 * <p>Leaves this model does not define return zeros (as many processors do above their maximum).
 *
 * @spec Intel SDM Vol. 2A, "CPUID—CPU Identification" (leaves 0, 1, 0x0B, 0x15, 0x1F); Intel TDX
 *     Guest-Hypervisor Communication Interface, "TD Guest Detection" (leaf 0x21)
 */
public final class CpuidModel {

    /** Highest basic leaf of a bare-metal processor: 0x1F, the V2 topology leaf. */
    static final int MAX_LEAF_BARE = Cpuid.LEAF_TOPOLOGY_V2;
    /** Highest basic leaf in a TDX guest: 0x21, so the TDX leaf is reachable. */
    static final int MAX_LEAF_TDX = Cpuid.LEAF_TDX;
    /** Leaf 1 EAX: family 6, model 0x8F (Sapphire Rapids), stepping 8. */
    static final int SIGNATURE = 0x0008_06F8;
    /** Leaf 1 EBX bits 8–15: CLFLUSH line size in 8-byte units (64 bytes). */
    static final int CLFLUSH_QWORDS = 8;
    /** Leaf 1 EBX bits 16–23: logical processors per package. */
    static final int LOGICAL_COUNT_SHIFT = 16;
    /** Leaf 1 EDX bit 4: TSC. */
    static final int FEATURE_EDX_TSC = 1 << 4;
    /** Leaf 1 EDX bit 28: HTT, more than one logical processor per package. */
    static final int FEATURE_EDX_HTT = 1 << 28;
    /** Leaf 1 ECX bit 31: running under a hypervisor. */
    static final int FEATURE_ECX_HYPERVISOR = 1 << 31;
    /** Leaf 0x0B/0x1F ECX bits 8–15: level type. */
    static final int LEVEL_TYPE_SHIFT = 8;
    /** Level type 1: SMT. */
    static final int LEVEL_SMT = 1;
    /** Level type 2: core. */
    static final int LEVEL_CORE = 2;
    /** The core crystal clock leaf 0x15 reports: 25 MHz, as on Intel server parts. */
    public static final long CRYSTAL_HZ = 25_000_000;

    private final boolean x2ApicCapable;
    private final boolean tdxGuest;
    private final int threadBits;
    private final int packageShift;
    private final int threadsPerCore;
    private final int logicalPerPackage;
    private final int tscDenominator;
    private final int tscNumerator;

    /**
     * Creates the model.
     *
     * @param x2ApicCapable     whether leaf 1 reports x2APIC
     * @param tdxGuest          whether leaf 0x21 reports TDX
     * @param threadBits        the SMT level's shift
     * @param packageShift      the core level's shift (to the package ID)
     * @param threadsPerCore    logical processors per core
     * @param logicalPerPackage logical processors per package
     * @param tscHz             the TSC frequency, for leaf 0x15
     */
    public CpuidModel(boolean x2ApicCapable, boolean tdxGuest, int threadBits, int packageShift, int threadsPerCore,
            int logicalPerPackage, long tscHz) {
        this.x2ApicCapable = x2ApicCapable;
        this.tdxGuest = tdxGuest;
        this.threadBits = threadBits;
        this.packageShift = packageShift;
        this.threadsPerCore = threadsPerCore;
        this.logicalPerPackage = logicalPerPackage;
        long gcd = gcd(tscHz, CRYSTAL_HZ);
        this.tscDenominator = Math.toIntExact(CRYSTAL_HZ / gcd);
        this.tscNumerator = Math.toIntExact(tscHz / gcd);
    }

    /** {@return CPUID({@code leaf}, {@code subleaf}) on the processor with x2APIC ID {@code apicId}} */
    public CpuidResult cpuid(int leaf, int subleaf, int apicId) {
        return switch (leaf) {
            case Cpuid.LEAF_VENDOR -> CpuidResult.ofVendorString(tdxGuest ? MAX_LEAF_TDX : MAX_LEAF_BARE, "GenuineIntel");
            case Cpuid.LEAF_FEATURES -> features(apicId);
            case Cpuid.LEAF_TOPOLOGY, Cpuid.LEAF_TOPOLOGY_V2 -> topology(subleaf, apicId);
            case Cpuid.LEAF_TSC -> new CpuidResult(tscDenominator, tscNumerator, (int) CRYSTAL_HZ, 0);
            case Cpuid.LEAF_TDX -> tdxGuest ? CpuidResult.ofVendorString(0, Cpuid.TDX_SIGNATURE) : CpuidResult.ZERO;
            default -> CpuidResult.ZERO;
        };
    }

    private CpuidResult features(int apicId) {
        int ebx = ((apicId & 0xFF) << Cpuid.FEATURE_EBX_APIC_ID_SHIFT)
                | (Math.min(logicalPerPackage, 0xFF) << LOGICAL_COUNT_SHIFT) | (CLFLUSH_QWORDS << 8);
        int ecx = (x2ApicCapable ? Cpuid.FEATURE_ECX_X2APIC : 0) | (tdxGuest ? FEATURE_ECX_HYPERVISOR : 0);
        int edx = Cpuid.FEATURE_EDX_APIC | FEATURE_EDX_TSC | (logicalPerPackage > 1 ? FEATURE_EDX_HTT : 0);
        return new CpuidResult(SIGNATURE, ebx, ecx, edx);
    }

    private CpuidResult topology(int subleaf, int apicId) {
        return switch (subleaf) {
            case 0 -> new CpuidResult(threadBits, Math.min(threadsPerCore, 0xFFFF), (LEVEL_SMT << LEVEL_TYPE_SHIFT), apicId);
            case 1 -> new CpuidResult(packageShift, Math.min(logicalPerPackage, 0xFFFF), (LEVEL_CORE << LEVEL_TYPE_SHIFT) | 1, apicId);
            default -> new CpuidResult(0, 0, subleaf & 0xFF, apicId);
        };
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
