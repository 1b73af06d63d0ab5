package org.smpboot.machine.internal.apic;

import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.ApicVersion;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.LocalApicRegister;
import org.smpboot.kernel.api.hw.GeneralProtectionFault;

/**
 * The one register dispatch of the simulated local APIC, shared by the xAPIC MMIO adapter and the
 * x2APIC MSR adapter: what each register reads and what a write does.
 *
 * <p>Where the two paths differ the SDM says how, and the {@link AccessPath} decides: the ID and
 * LDR are read-only in x2APIC mode (the LDR is derived from the x2APIC ID); the ICR is two words in
 * xAPIC mode (the low-word write sends) and one MSR in x2APIC mode (reserved bits raise #GP, there
 * is no delivery status); the ESR takes any write in xAPIC mode but only 0 in x2APIC mode. An
 * access a register does not allow sets ESR bit 7 through MMIO and raises #GP through an MSR.
 *
 * <p>The xAPIC ID register is treated as read-only (writes are ignored), as it is on processors
 * whose BIOS locks it; kernels never rewrite it during bring-up.
 *
 * @spec Intel SDM Vol. 3A, §10.4 "Local APIC" (Table "Local APIC Register Address Map"), §10.6.1
 *     "Interrupt Command Register", §10.5.3 "Error Handling", §10.12 "Extended xAPIC (x2APIC)"
 *     (§11.x in the 2023+ editions)
 */
public final class ApicRegisterFile {

    /** xAPIC ID: bits 24–31 of the ID register. */
    static final int XAPIC_ID_SHIFT = 24;
    /** xAPIC LDR: logical ID in bits 24–31. */
    static final int XAPIC_LDR_MASK = 0xFF00_0000;
    /** DFR: model in bits 28–31; bits 0–27 read as ones. */
    static final int DFR_MODEL_MASK = 0xF000_0000;
    /** SVR: vector 0–7, APIC enable 8, focus check 9, EOI-broadcast suppression 12. */
    static final int SVR_MASK = 0x13FF;
    /** TPR: bits 0–7. */
    static final int TPR_MASK = 0xFF;
    /** PPR is TPR's class without an in-service interrupt: bits 4–7. */
    static final int PPR_CLASS_MASK = 0xF0;
    /** ICR high word (xAPIC): destination in bits 24–31. */
    static final int ICR_HIGH_MASK = 0xFF00_0000;
    /** LVT timer: vector 0–7, mask 16, timer mode 17–18. */
    static final int LVT_TIMER_MASK = 0x7_00FF;
    /** LVT LINT0/1: vector, delivery mode 8–10, polarity 13, trigger 15, mask 16. */
    static final int LVT_LINT_MASK = 0x1_A7FF;
    /** LVT error: vector 0–7, mask 16. */
    static final int LVT_ERROR_MASK = 0x1_00FF;
    /** Divide configuration: bits 0, 1 and 3. */
    static final int TIMER_DIVIDE_MASK = 0b1011;
    /** SELF IPI: vector in bits 0–7. */
    static final int SELF_IPI_MASK = 0xFF;
    /** x2APIC logical ID: cluster in bits 16–31, one-hot member bit in bits 0–15. */
    static final int X2APIC_CLUSTER_SHIFT = 16;

    private final ApicBus bus;
    private final ApicVersion version;
    private final long tscHz;
    private final long timerHz;

    /**
     * Creates the register file.
     *
     * @param bus     the interrupt bus, clock and trace
     * @param version what the version register reads
     * @param tscHz   the TSC frequency
     * @param timerHz the APIC timer's input clock (the core crystal)
     */
    public ApicRegisterFile(ApicBus bus, ApicVersion version, long tscHz, long timerHz) {
        this.bus = bus;
        this.version = version;
        this.tscHz = tscHz;
        this.timerHz = timerHz;
    }

    /** {@return the x2APIC logical ID the SDM derives from an x2APIC ID: cluster ID and one-hot member} */
    public static int x2ApicLogicalId(int x2ApicId) {
        return ((x2ApicId >>> 4) << X2APIC_CLUSTER_SHIFT) | (1 << (x2ApicId & 0xF));
    }

    /**
     * {@return what reading {@code register} gives}
     *
     * @throws GeneralProtectionFault for an access the MSR path does not allow
     */
    public long read(int cpu, LocalApicState apic, LocalApicRegister register, AccessPath path) {
        return switch (register) {
            case ID -> path == AccessPath.MSR ? Integer.toUnsignedLong(apic.id())
                    : Integer.toUnsignedLong((apic.id() & 0xFF) << XAPIC_ID_SHIFT);
            case VERSION -> Integer.toUnsignedLong(version.encode());
            case TPR -> apic.tpr;
            case PPR -> apic.tpr & PPR_CLASS_MASK;
            case EOI, SELF_IPI -> illegal(cpu, apic, path, register, "is write-only");
            case LDR -> path == AccessPath.MSR ? Integer.toUnsignedLong(x2ApicLogicalId(apic.id()))
                    : Integer.toUnsignedLong(apic.ldr);
            case DFR -> Integer.toUnsignedLong(apic.dfr);
            case SVR -> apic.svr;
            case ESR -> apic.esrLatched;
            case ICR_LOW -> path == AccessPath.MSR ? apic.x2ApicIcr & ~IcrLayout.DELIVERY_STATUS_MASK
                    : Integer.toUnsignedLong(apic.icrLow) | (bus.now() < apic.deliveryBusyUntil
                            ? IcrLayout.DELIVERY_STATUS_MASK : 0);
            case ICR_HIGH -> Integer.toUnsignedLong(apic.icrHigh);
            case LVT_TIMER -> apic.lvtTimer;
            case LVT_LINT0 -> apic.lvtLint0;
            case LVT_LINT1 -> apic.lvtLint1;
            case LVT_ERROR -> apic.lvtError;
            case TIMER_INITIAL_COUNT -> Integer.toUnsignedLong(apic.timerInitialCount);
            case TIMER_CURRENT_COUNT -> Integer.toUnsignedLong(ApicTimer.currentCount(apic, bus.now(), tscHz, timerHz));
            case TIMER_DIVIDE -> apic.timerDivide;
        };
    }

    /**
     * Writes {@code value} to {@code register}, with the register's side effects (an ICR write
     * sends, an ESR write latches).
     *
     * @throws GeneralProtectionFault for an access the MSR path does not allow or reserved bits
     */
    public void write(int cpu, LocalApicState apic, LocalApicRegister register, long value, AccessPath path) {
        switch (register) {
            case ID, VERSION, PPR, TIMER_CURRENT_COUNT -> readOnly(path, register);
            case LDR -> {
                if (path == AccessPath.MSR) {
                    readOnly(path, register);
                } else {
                    apic.ldr = (int) value & XAPIC_LDR_MASK;
                }
            }
            case TPR -> apic.tpr = (int) checked(path, register, value, TPR_MASK);
            case EOI -> checked(path, register, value, 0); // no interrupt is ever in service
            case DFR -> apic.dfr = ((int) value & DFR_MODEL_MASK) | ~DFR_MODEL_MASK;
            case SVR -> apic.svr = (int) checked(path, register, value, SVR_MASK);
            case ESR -> {
                checked(path, register, value, 0);
                // SDM §10.5.3: a write moves the errors collected since the previous write into the
                // readable register and starts collecting afresh.
                apic.esrLatched = apic.esrPending;
                apic.esrPending = 0;
            }
            case ICR_LOW -> writeIcr(cpu, apic, value, path);
            case ICR_HIGH -> apic.icrHigh = (int) value & ICR_HIGH_MASK;
            case LVT_TIMER -> apic.lvtTimer = (int) checked(path, register, value, LVT_TIMER_MASK);
            case LVT_LINT0 -> apic.lvtLint0 = (int) checked(path, register, value, LVT_LINT_MASK);
            case LVT_LINT1 -> apic.lvtLint1 = (int) checked(path, register, value, LVT_LINT_MASK);
            case LVT_ERROR -> apic.lvtError = (int) checked(path, register, value, LVT_ERROR_MASK);
            case TIMER_INITIAL_COUNT -> {
                apic.timerInitialCount = (int) checked(path, register, value, 0xFFFF_FFFFL);
                apic.timerArmedAt = bus.now();
            }
            case TIMER_DIVIDE -> apic.timerDivide = (int) checked(path, register, value, TIMER_DIVIDE_MASK);
            case SELF_IPI -> {
                long vector = checked(path, register, value, SELF_IPI_MASK);
                bus.send(cpu, vector | ((long) DestinationShorthand.SELF.encoding() << IcrLayout.SHORTHAND_SHIFT),
                        ApicMode.X2APIC);
            }
        }
    }

    private void writeIcr(int cpu, LocalApicState apic, long value, AccessPath path) {
        if (path == AccessPath.MSR) {
            long reserved = value & IcrLayout.X2APIC_RESERVED_MASK;
            if (reserved != 0) {
                throw new GeneralProtectionFault("WRMSR 0x%x: reserved ICR bits 0x%x set in 0x%016x"
                        .formatted(IcrLayout.X2APIC_ICR_MSR, reserved, value));
            }
            apic.x2ApicIcr = value;
            bus.send(cpu, value, ApicMode.X2APIC);
        } else {
            apic.icrLow = (int) value & ~(int) IcrLayout.DELIVERY_STATUS_MASK;
            bus.send(cpu, IcrLayout.join(apic.icrHigh, apic.icrLow), ApicMode.XAPIC);
        }
    }

    /** x2APIC reserved-bit checking: a WRMSR that sets a bit outside {@code mask} raises #GP; MMIO drops them. */
    private static long checked(AccessPath path, LocalApicRegister register, long value, long mask) {
        if (path == AccessPath.MSR && (value & ~mask) != 0) {
            throw new GeneralProtectionFault("WRMSR 0x%x (%s): reserved bits 0x%x set in 0x%x"
                    .formatted(register.msr().orElseThrow(), register, value & ~mask, value));
        }
        return value & mask;
    }

    private static void readOnly(AccessPath path, LocalApicRegister register) {
        if (path == AccessPath.MSR) {
            throw new GeneralProtectionFault("WRMSR 0x%x: %s is read-only in x2APIC mode"
                    .formatted(register.msr().orElseThrow(), register));
        }
        // xAPIC: writes to read-only registers are ignored.
    }

    private long illegal(int cpu, LocalApicState apic, AccessPath path, LocalApicRegister register, String why) {
        if (path == AccessPath.MSR) {
            throw new GeneralProtectionFault("RDMSR 0x%x: %s %s".formatted(register.msr().orElseThrow(), register, why));
        }
        apic.raiseError(ErrorStatus.ILLEGAL_REGISTER_ADDRESS);
        bus.apicError(cpu, ErrorStatus.ILLEGAL_REGISTER_ADDRESS,
                "read of %s at offset 0x%03x, which %s".formatted(register, register.mmioOffset(), why));
        return 0;
    }

    /**
     * Records an MMIO access to an offset in the APIC page that holds no register: ESR bit 7.
     *
     * @param offset the offset in the page
     * @param write  whether it was a write
     */
    public void illegalOffset(int cpu, LocalApicState apic, int offset, boolean write) {
        apic.raiseError(ErrorStatus.ILLEGAL_REGISTER_ADDRESS);
        bus.apicError(cpu, ErrorStatus.ILLEGAL_REGISTER_ADDRESS, "%s of offset 0x%03x in the xAPIC page, where no register is"
                .formatted(write ? "write" : "read", offset));
    }
}
