package org.smpboot.kernel.api.hw;

/**
 * The CPUID leaves and bits that multiprocessor boot code reads.
 *
 * <pre>
 * leaf        register  bits     meaning
 * 0x00        EAX       all      highest basic leaf
 * 0x00        EBX,EDX,ECX        vendor string, e.g. "GenuineIntel"
 * 0x01        EBX       24–31    initial APIC ID (8 bits)
 * 0x01        ECX       21       x2APIC supported
 * 0x01        EDX       9        on-chip APIC present
 * 0x0B/0x1F   EDX       all      x2APIC ID of this logical processor
 * 0x0B/0x1F   EAX       0–4      bits to shift the x2APIC ID right to get the next level's ID
 * 0x0B/0x1F   ECX       8–15     level type (1 SMT, 2 core)
 * 0x15        EAX,EBX,ECX        TSC/crystal clock ratio EBX/EAX and crystal Hz in ECX
 * 0x21        EBX,EDX,ECX        "IntelTDX    " inside an Intel TDX guest
 * </pre>
 *
 * @spec Intel SDM Vol. 2A, "CPUID—CPU Identification"; Intel TDX Guest-Hypervisor Communication
 *     Interface, "TD Guest Detection" (CPUID leaf 0x21)
 */
public final class Cpuid {

    /** Highest basic leaf and vendor string. */
    public static final int LEAF_VENDOR = 0x00;
    /** Version and feature information. */
    public static final int LEAF_FEATURES = 0x01;
    /** Extended topology enumeration. */
    public static final int LEAF_TOPOLOGY = 0x0B;
    /** Time stamp counter and nominal core crystal clock. */
    public static final int LEAF_TSC = 0x15;
    /** V2 extended topology enumeration. */
    public static final int LEAF_TOPOLOGY_V2 = 0x1F;
    /** Intel TDX guest identification. */
    public static final int LEAF_TDX = 0x21;

    /** Leaf 1 EDX bit 9: on-chip APIC. */
    public static final int FEATURE_EDX_APIC = 1 << 9;
    /** Leaf 1 ECX bit 21: x2APIC. */
    public static final int FEATURE_ECX_X2APIC = 1 << 21;
    /** Leaf 1 EBX bits 24–31: initial APIC ID. */
    public static final int FEATURE_EBX_APIC_ID_SHIFT = 24;

    /** The leaf 0x21 signature of a TDX guest (EBX, EDX, ECX). */
    public static final String TDX_SIGNATURE = "IntelTDX    ";

    private Cpuid() {
    }
}
