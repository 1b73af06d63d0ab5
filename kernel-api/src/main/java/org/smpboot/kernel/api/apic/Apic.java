package org.smpboot.kernel.api.apic;

/**
 * A driver for the local APIC of the processor that runs the calling code: how kernel code reads
 * its identity and sends inter-processor interrupts.
 *
 * <p>Like the hardware, a driver has no notion of "which CPU": every call acts on the local APIC of
 * the processor executing it. Implementations reach the registers through the hardware port, by
 * MMIO in xAPIC mode and by MSRs in x2APIC mode.
 *
 * @spec Intel SDM Vol. 3A, chapter 10 "Advanced Programmable Interrupt Controller (APIC)"
 *     (chapter 11 in the 2023+ editions)
 */
public interface Apic {

    /** {@return the mode this driver drives the APIC in} */
    ApicMode mode();

    /**
     * Enables the executing processor's local APIC in this driver's mode: sets IA32_APIC_BASE EN
     * (and EXTD for x2APIC, passing through xAPIC mode as the SDM's state diagram requires) and
     * software-enables it in the spurious-interrupt vector register. Idempotent.
     *
     * @spec Intel SDM Vol. 3A, §10.4.3 "Enabling or Disabling the Local APIC" and §10.12.5
     *     "x2APIC State Transitions" (§11.x in the 2023+ editions)
     */
    void enable();

    /** {@return the APIC ID of the executing processor, as its ID register reports it} */
    ApicId id();

    /** {@return the executing processor's APIC version register} */
    ApicVersion version();

    /**
     * Sends one IPI: in xAPIC mode writes the ICR high word then the low word, in x2APIC mode
     * writes MSR 0x830 once. It does not wait for delivery; see {@link #waitForIdle}.
     *
     * @param icr the message
     * @throws InvalidIcrException if {@code icr} breaks a forbidden rule in this driver's mode;
     *     nothing is written then
     */
    void sendIpi(Icr icr);

    /**
     * {@return the errors latched since the last write to the ESR} Per the SDM, writes the ESR to
     * latch the errors collected since the previous write, then reads it.
     */
    ErrorStatus readErrorStatus();

    /** Discards latched errors: writes the ESR twice so the readable value is clear. */
    void clearErrorStatus();

    /**
     * Waits, at most {@code timeoutCycles} TSC cycles, until the last IPI has been sent.
     *
     * <p>In xAPIC mode this polls Delivery Status (ICR bit 12). The x2APIC ICR has no delivery
     * status, so in x2APIC mode this returns {@code true} at once.
     *
     * @param timeoutCycles the bound, in TSC cycles; never waits longer
     * @return {@code true} if the APIC went idle within the bound
     */
    boolean waitForIdle(long timeoutCycles);
}
