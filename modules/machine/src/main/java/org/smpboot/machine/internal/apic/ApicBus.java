package org.smpboot.machine.internal.apic;

import org.smpboot.kernel.api.apic.ApicMode;

/**
 * What a local APIC's registers need from the rest of the machine: the time, the interrupt bus an
 * ICR write puts a message on, and the trace for latched errors.
 */
public interface ApicBus {

    /** {@return the current virtual TSC of the processor accessing its APIC} */
    long now();

    /**
     * Puts the message in a just-written ICR on the bus.
     *
     * @param sender the CPU index of the sender
     * @param raw    the 64-bit ICR value in {@code mode}'s layout
     * @param mode   the mode the ICR was written in
     */
    void send(int sender, long raw, ApicMode mode);

    /**
     * Records that a processor's APIC latched an error (bits of the ESR).
     *
     * @param cpu    the CPU index
     * @param bits   the error bits
     * @param reason what caused it
     */
    void apicError(int cpu, int bits, String reason);
}
