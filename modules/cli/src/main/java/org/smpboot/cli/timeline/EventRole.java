package org.smpboot.cli.timeline;

import java.util.Optional;
import org.smpboot.machine.CpuState;
import org.smpboot.machine.trace.TraceEvent;

/**
 * The part a machine trace event plays in the story of a boot, decided in one place for the log,
 * the JSON report and the pictures.
 */
public enum EventRole {
    /** The kernel made the hardware do something: an ICR write, a mailbox command. */
    STEP,
    /** The hardware recorded a broken rule: a dropped ICR, an unaccepted IPI, an APIC error, an unserved mailbox command. */
    VIOLATION,
    /** A processor triple-faulted or died. */
    FAULT,
    /** A processor reached the kernel's AP entry. */
    KERNEL_ENTRY,
    /** What a step caused: a delivery, an ignored IPI, a state change, a boot-area write, an acknowledgement. */
    CONSEQUENCE;

    /** {@return the role of {@code event}} */
    public static EventRole of(TraceEvent event) {
        return switch (event) {
            case TraceEvent.IpiSent _, TraceEvent.MailboxCommandWritten _ -> STEP;
            case TraceEvent.IpiNotAccepted _, TraceEvent.IpiDropped _, TraceEvent.ApicError _,
                    TraceEvent.MailboxCommandUnserved _ -> VIOLATION;
            case TraceEvent.StateChanged changed ->
                    changed.to() == CpuState.FAULTED || changed.to() == CpuState.DEAD ? FAULT : CONSEQUENCE;
            case TraceEvent.KernelEntered _ -> KERNEL_ENTRY;
            case TraceEvent.IpiDelivered _, TraceEvent.IpiIgnored _, TraceEvent.BootAreaWrite _,
                    TraceEvent.MailboxAcknowledged _ -> CONSEQUENCE;
        };
    }

    /**
     * {@return the stable kebab-case name of the rule {@code event} records as broken, if it does} A
     * step can break a rule too: an ICR written while the previous IPI was still pending.
     *
     * @spec Intel SDM Vol. 3A §10.6.1 (software waits for delivery status idle before writing the
     *     ICR again), §10.5.3 "Error Handling" (ESR bits); ACPI 6.6 §5.2.12.19 (mailbox commands)
     */
    public static Optional<String> violationKind(TraceEvent event) {
        return switch (event) {
            case TraceEvent.IpiSent sent -> sent.whileBusy() ? Optional.of("icr-write-while-busy") : Optional.empty();
            case TraceEvent.IpiDropped _ -> Optional.of("ipi-dropped");
            case TraceEvent.IpiNotAccepted _ -> Optional.of("ipi-not-accepted");
            case TraceEvent.ApicError _ -> Optional.of("apic-error");
            case TraceEvent.MailboxCommandUnserved _ -> Optional.of("mailbox-command-unserved");
            case TraceEvent.IpiDelivered _, TraceEvent.IpiIgnored _, TraceEvent.StateChanged _,
                    TraceEvent.KernelEntered _, TraceEvent.BootAreaWrite _, TraceEvent.MailboxCommandWritten _,
                    TraceEvent.MailboxAcknowledged _ -> Optional.empty();
        };
    }
}
