package org.smpboot.machine.trace;

import java.util.Objects;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.firmware.MailboxCommand;
import org.smpboot.machine.CpuIndex;
import org.smpboot.machine.CpuState;

/**
 * One thing that happened in a simulated machine, at a virtual time on one processor: what a logic
 * analyser on the APIC bus and the memory bus of a real machine would show during bring-up.
 *
 * <p>Events are small immutable records so that a trace of a 65,536-processor boot stays compact;
 * processors are named by their (shared) {@link CpuIndex}. {@link #cycle()} is the virtual TSC value
 * at which the event happened; {@link Trace#nanos} converts it.
 */
public sealed interface TraceEvent {

    /** {@return the virtual TSC value at which the event happened} */
    long cycle();

    /** {@return the processor the event happened on (for IPIs: the sender when sent, the target when received)} */
    CpuIndex cpu();

    /** {@return one human-readable line, without the time and processor} */
    String describe();

    /**
     * A processor's local APIC sent an IPI (its ICR was written).
     *
     * @param cycle        when the ICR write happened
     * @param cpu          the sender
     * @param icr          the message, as decoded from the register
     * @param mode         the APIC mode it was written in
     * @param whileBusy    whether the previous IPI was still pending (xAPIC delivery status 1)
     */
    record IpiSent(long cycle, CpuIndex cpu, Icr icr, ApicMode mode, boolean whileBusy) implements TraceEvent {
        @Override
        public String describe() {
            String base = "sent %s vector 0x%02x %s dest 0x%x shorthand %s".formatted(icr.deliveryMode().mnemonic(),
                    icr.vector(), icr.destinationMode().mnemonic(), icr.unsignedDestination(),
                    icr.shorthand().mnemonic());
            if (icr.isInitLevelDeassert()) {
                base += " (level de-assert)";
            }
            return whileBusy ? base + " while the previous IPI was still pending" : base;
        }
    }

    /**
     * A processor's local APIC accepted an IPI and acted on it.
     *
     * @param cycle  when it was accepted
     * @param cpu    the target
     * @param sender the sender
     * @param mode   the delivery mode
     * @param vector the vector (the Start-Up page for a SIPI)
     */
    record IpiDelivered(long cycle, CpuIndex cpu, CpuIndex sender, DeliveryMode mode, int vector)
            implements TraceEvent {
        @Override
        public String describe() {
            return "accepted %s vector 0x%02x from %s".formatted(mode.mnemonic(), vector, sender);
        }
    }

    /**
     * An IPI reached a processor but had no effect, as the SDM prescribes (a SIPI to a processor
     * not in wait-for-SIPI, an INIT level de-assert) or as an injected fault dictates.
     *
     * @param cycle  when it arrived
     * @param cpu    the target
     * @param sender the sender
     * @param mode   the delivery mode
     * @param reason why it had no effect
     */
    record IpiIgnored(long cycle, CpuIndex cpu, CpuIndex sender, DeliveryMode mode, String reason)
            implements TraceEvent {
        /** Validates that the reason is given. */
        public IpiIgnored {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "ignored %s from %s: %s".formatted(mode.mnemonic(), sender, reason);
        }
    }

    /**
     * No processor accepted an IPI: the sender's APIC latched Send Accept Error (ESR bit 2).
     *
     * @param cycle       when delivery was attempted
     * @param cpu         the sender
     * @param mode        the delivery mode
     * @param destination the destination field
     */
    record IpiNotAccepted(long cycle, CpuIndex cpu, DeliveryMode mode, long destination) implements TraceEvent {
        @Override
        public String describe() {
            return "no processor accepted %s to destination 0x%x: send accept error".formatted(mode.mnemonic(),
                    destination);
        }
    }

    /**
     * A processor's APIC did not send what its ICR asked for: an illegal vector, a reserved or
     * undefined combination, or (in a TDX guest) an INIT or SIPI that the TDX module refuses.
     *
     * @param cycle  when the ICR was written
     * @param cpu    the would-be sender
     * @param raw    the raw ICR value written
     * @param reason why it was dropped, naming the rule
     */
    record IpiDropped(long cycle, CpuIndex cpu, long raw, String reason) implements TraceEvent {
        /** Validates that the reason is given. */
        public IpiDropped {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "dropped ICR 0x%016x: %s".formatted(raw, reason);
        }
    }

    /**
     * A local APIC latched an error in its Error Status Register.
     *
     * @param cycle  when
     * @param cpu    whose APIC
     * @param bits   the ESR bits set by this error
     * @param reason what caused it
     */
    record ApicError(long cycle, CpuIndex cpu, int bits, String reason) implements TraceEvent {
        /** Validates that the reason is given. */
        public ApicError {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "%s: %s".formatted(new ErrorStatus(bits), reason);
        }
    }

    /**
     * A processor changed life-cycle state.
     *
     * @param cycle  when
     * @param cpu    the processor
     * @param from   the state before
     * @param to     the state after
     * @param reason what caused it; for {@link CpuState#FAULTED}, the fault
     */
    record StateChanged(long cycle, CpuIndex cpu, CpuState from, CpuState to, String reason) implements TraceEvent {
        /** Validates that every part is present. */
        public StateChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "%s -> %s: %s".formatted(from, to, reason);
        }
    }

    /**
     * A processor finished the AP boot image's trampoline and jumped to the kernel's AP entry.
     *
     * @param cycle            when
     * @param cpu              the processor
     * @param kernelEntry      the entry address read from the image
     * @param bootInfoPointer  the boot-info array pointer read from the image
     * @param pageTablePointer the page-table pointer read from the image
     */
    record KernelEntered(long cycle, CpuIndex cpu, long kernelEntry, long bootInfoPointer, long pageTablePointer)
            implements TraceEvent {
        @Override
        public String describe() {
            return "entered the kernel at 0x%x (boot info 0x%x, page table 0x%x)".formatted(kernelEntry,
                    bootInfoPointer, pageTablePointer);
        }
    }

    /**
     * A processor wrote memory below 1 MiB, where Start-Up IPIs can point: the AP boot area.
     *
     * @param cycle   when
     * @param cpu     the writer
     * @param address the first byte written
     * @param length  how many bytes
     */
    record BootAreaWrite(long cycle, CpuIndex cpu, long address, long length) implements TraceEvent {
        @Override
        public String describe() {
            return "wrote %d bytes at 0x%x in the boot area".formatted(length, address);
        }
    }

    /**
     * The OS wrote the Command field of the multiprocessor wakeup mailbox.
     *
     * @param cycle        when
     * @param cpu          the writer
     * @param command      the raw 16-bit command
     * @param apicId       the APIC ID field at that moment
     * @param wakeupVector the wakeup vector field at that moment
     */
    record MailboxCommandWritten(long cycle, CpuIndex cpu, int command, long apicId, long wakeupVector)
            implements TraceEvent {
        @Override
        public String describe() {
            String name = MailboxCommand.fromEncoding(command).map(Enum::name).orElse("reserved");
            return "mailbox command %d (%s) for APIC ID 0x%x, wakeup vector 0x%x".formatted(command, name, apicId,
                    wakeupVector);
        }
    }

    /**
     * A TDX AP's firmware acknowledged a mailbox command by writing Noop back to Command.
     *
     * @param cycle   when
     * @param cpu     the AP
     * @param command the command acknowledged
     */
    record MailboxAcknowledged(long cycle, CpuIndex cpu, MailboxCommand command) implements TraceEvent {
        @Override
        public String describe() {
            return "firmware acknowledged mailbox command " + command;
        }
    }

    /**
     * A mailbox command that no firmware loop will serve: a reserved command, a command the
     * mailbox's version does not define, or an APIC ID no processor in firmware has.
     *
     * @param cycle  when the firmware loops saw it
     * @param cpu    the processor that wrote it
     * @param reason why it is not served
     */
    record MailboxCommandUnserved(long cycle, CpuIndex cpu, String reason) implements TraceEvent {
        /** Validates that the reason is given. */
        public MailboxCommandUnserved {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "mailbox command not served: " + reason;
        }
    }
}
