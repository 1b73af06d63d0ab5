package org.smpboot.machine.internal.cpu;

import java.util.HashMap;
import java.util.Map;
import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.hw.GeneralProtectionFault;

/**
 * The model-specific registers a simulated processor implements besides the x2APIC range:
 * IA32_APIC_BASE with the SDM's mode transitions, the TSC, EFER and the segment base MSRs that
 * kernel AP entries program. Any other MSR raises #GP, as an unimplemented one does.
 *
 * @spec Intel SDM Vol. 3A, §10.4.4 "Local APIC Status and Location" and §10.12.5 "x2APIC State
 *     Transitions" (IA32_APIC_BASE); Vol. 4, "Model-Specific Registers" (IA32_TIME_STAMP_COUNTER
 *     0x10, IA32_EFER 0xC0000080, IA32_FS_BASE 0xC0000100, IA32_GS_BASE 0xC0000101,
 *     IA32_KERNEL_GS_BASE 0xC0000102)
 */
public final class ModelSpecificRegisters {

    /** IA32_TIME_STAMP_COUNTER. */
    public static final int IA32_TSC = 0x10;
    /** IA32_EFER. */
    public static final int IA32_EFER = 0xC000_0080;
    /** IA32_FS_BASE. */
    public static final int IA32_FS_BASE = 0xC000_0100;
    /** IA32_GS_BASE. */
    public static final int IA32_GS_BASE = 0xC000_0101;
    /** IA32_KERNEL_GS_BASE. */
    public static final int IA32_KERNEL_GS_BASE = 0xC000_0102;
    /** EFER after the trampoline: SCE 0, LME 8, LMA 10, NXE 11 (the trampoline sets LME and NXE; LMA follows). */
    static final long EFER_LONG_MODE = (1L << 8) | (1L << 10) | (1L << 11);
    /** IA32_APIC_BASE bits that must be 0: 0–7, 9 and 52–63 (52 physical address bits). */
    static final long APIC_BASE_RESERVED = 0xFFF0_0000_0000_02FFL;

    /** EFER and segment bases, keyed by (CPU index, MSR); most processors never write them. */
    private final Map<Long, Long> values = new HashMap<>();

    /** {@return whether this class implements {@code msr}} */
    public static boolean implemented(int msr) {
        return msr == ApicBase.MSR || msr == IA32_TSC || msr == IA32_EFER || msr == IA32_FS_BASE
                || msr == IA32_GS_BASE || msr == IA32_KERNEL_GS_BASE;
    }

    /** {@return RDMSR {@code msr} on {@code cpu} whose TSC is {@code tsc}} */
    public long read(SimulatedCpu cpu, int msr, long tsc) {
        return switch (msr) {
            case ApicBase.MSR -> cpu.apic().apicBase();
            case IA32_TSC -> tsc;
            case IA32_EFER -> values.getOrDefault(key(cpu, msr), EFER_LONG_MODE);
            case IA32_FS_BASE, IA32_GS_BASE, IA32_KERNEL_GS_BASE -> values.getOrDefault(key(cpu, msr), 0L);
            default -> throw new GeneralProtectionFault("RDMSR 0x%x: no such MSR".formatted(msr));
        };
    }

    /**
     * WRMSR {@code msr} on {@code cpu}.
     *
     * @throws GeneralProtectionFault for an unimplemented MSR, reserved bits, or an illegal APIC mode transition
     */
    public void write(SimulatedCpu cpu, int msr, long value) {
        switch (msr) {
            case ApicBase.MSR -> writeApicBase(cpu, value);
            case IA32_TSC -> throw new GeneralProtectionFault(
                    "WRMSR 0x10: the simulated TSC is invariant and shared; writing it is not modelled");
            case IA32_EFER, IA32_FS_BASE, IA32_GS_BASE, IA32_KERNEL_GS_BASE -> values.put(key(cpu, msr), value);
            default -> throw new GeneralProtectionFault("WRMSR 0x%x: no such MSR".formatted(msr));
        }
    }

    /** SDM §10.12.5: xAPIC ↔ disabled ↔ (from xAPIC only) x2APIC; EN=0 with EXTD=1 is invalid. */
    private static void writeApicBase(SimulatedCpu cpu, long value) {
        if ((value & APIC_BASE_RESERVED) != 0) {
            throw new GeneralProtectionFault("WRMSR 0x1b: reserved bits 0x%x set in 0x%x"
                    .formatted(value & APIC_BASE_RESERVED, value));
        }
        ApicBase current = new ApicBase(cpu.apic().apicBase());
        ApicBase next = new ApicBase((value & ~ApicBase.BSP) | (current.raw() & ApicBase.BSP));
        boolean extd = (next.raw() & ApicBase.EXTD) != 0;
        if (extd && !cpu.apic().x2ApicCapable()) {
            throw new GeneralProtectionFault("WRMSR 0x1b: EXTD set on a processor without x2APIC (CPUID.01H:ECX[21] is 0)");
        }
        if (extd && !next.isEnabled()) {
            throw new GeneralProtectionFault("WRMSR 0x1b: EN=0 with EXTD=1 is the invalid APIC state");
        }
        if (current.isX2Apic() && next.isEnabled() && !next.isX2Apic()) {
            throw new GeneralProtectionFault("WRMSR 0x1b: x2APIC to xAPIC mode is an illegal transition; disable the APIC first");
        }
        if (!current.isEnabled() && next.isX2Apic()) {
            throw new GeneralProtectionFault("WRMSR 0x1b: disabled to x2APIC mode is an illegal transition; enable xAPIC mode first");
        }
        if (current.isEnabled() && !next.isEnabled()) {
            cpu.apic().init(); // registers other than the ID do not survive a disable
        }
        cpu.apic().setApicBase(next.raw());
    }

    private static long key(SimulatedCpu cpu, int msr) {
        return ((long) cpu.ordinal() << 32) | Integer.toUnsignedLong(msr);
    }
}
