package org.smpboot.machine.internal.apic;

/**
 * The local APIC timer's current-count register, computed from the virtual TSC: the timer counts
 * down from its initial count at the crystal clock divided by the divide configuration.
 *
 * <p>Only the counter is modelled (kernels calibrate against it); the timer raises no interrupt,
 * since smpboot does not model interrupt delivery to kernel code. TSC-deadline mode reads 0.
 *
 * @spec Intel SDM Vol. 3A, §10.5.4 "APIC Timer", Figure "Divide Configuration Register" (§11.5.4
 *     in the 2023+ editions); the timer runs at the core crystal clock that CPUID leaf 0x15 reports
 */
final class ApicTimer {

    /** LVT timer mode field: bits 17–18. */
    static final int MODE_SHIFT = 17;
    /** LVT timer mode field mask, after shifting. */
    static final int MODE_MASK = 0b11;
    /** Mode 01: periodic. */
    static final int MODE_PERIODIC = 0b01;
    /** Mode 10: TSC deadline. */
    static final int MODE_TSC_DEADLINE = 0b10;

    private ApicTimer() {
    }

    /** {@return the divisor the divide configuration register selects (bits 0, 1 and 3)} */
    static int divisor(int divideConfiguration) {
        int code = (divideConfiguration & 0b11) | ((divideConfiguration >>> 1) & 0b100);
        return code == 0b111 ? 1 : 2 << code;
    }

    /**
     * {@return the current count}
     *
     * @param apic     the APIC
     * @param now      the TSC now
     * @param tscHz    the TSC frequency
     * @param timerHz  the timer's input clock
     */
    static int currentCount(LocalApicState apic, long now, long tscHz, long timerHz) {
        long initial = Integer.toUnsignedLong(apic.timerInitialCount);
        int mode = (apic.lvtTimer >>> MODE_SHIFT) & MODE_MASK;
        if (initial == 0 || mode == MODE_TSC_DEADLINE) {
            return 0;
        }
        long elapsedCycles = Math.max(0, now - apic.timerArmedAt);
        long ticks = elapsedCycles <= Long.MAX_VALUE / timerHz
                ? elapsedCycles * timerHz / tscHz / divisor(apic.timerDivide)
                : Long.MAX_VALUE;
        if (mode == MODE_PERIODIC) {
            return (int) (initial - ticks % initial);
        }
        return (int) Math.max(0, initial - ticks);
    }
}
