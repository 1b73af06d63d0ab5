package org.smpboot.machine;

/**
 * The life-cycle state of a simulated logical processor, after the SDM's multiprocessor
 * initialization protocol and the ACPI multiprocessor wakeup protocol.
 *
 * <pre>
 * reset ──► WAIT_FOR_SIPI ──SIPI──► STARTING ──► RUNNING ──return──► HALTED
 *   │            ▲                     │            │
 *   │            └────────INIT─────────┴────────────┤ (INIT resets any AP, whatever it runs)
 *   │                                               └──fault──► FAULTED (triple fault)
 *   └─(TDX guest)─► IN_FIRMWARE ──mailbox Wakeup──► STARTING ──► RUNNING ...
 * </pre>
 *
 * @spec Intel SDM Vol. 3A, §8.4.1 "BSP and AP Processors" and §8.4.2 "MP Initialization Protocol
 *     Requirements and Restrictions" (§9.4 in the 2023+ editions); ACPI 6.6 §5.2.12.19
 *     "Multiprocessor Wakeup Structure"
 */
public enum CpuState {
    /** Waits for a Start-Up IPI: an AP after reset or after INIT; it responds only to INIT and SIPI. */
    WAIT_FOR_SIPI,
    /** A TDX guest AP in the firmware's wait loop, polling the multiprocessor wakeup mailbox. */
    IN_FIRMWARE,
    /** Accepted a SIPI or a mailbox wakeup and is on its way to the boot code (microcode, latency). */
    STARTING,
    /** Executes kernel code: the BSP program, or the AP boot image and the kernel's AP entry. */
    RUNNING,
    /** Returned from kernel code and halted; only INIT (or, for an AP, INIT then SIPI) revives it. */
    HALTED,
    /** Stopped by a triple fault: invalid boot code, a hardware fault or a kernel panic. */
    FAULTED,
    /** Present but unresponsive (an injected fault): it never leaves reset and accepts no IPI. */
    DEAD;

    /** {@return whether the processor can still make progress without outside help} */
    public boolean isActive() {
        return this == STARTING || this == RUNNING;
    }
}
