package org.smpboot.machine.fault;

import java.util.Objects;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.Delay;

/**
 * What a hostile TDX firmware does with one command the OS writes to the multiprocessor wakeup
 * mailbox: a step of a {@link Fault.MailboxScript}. The host writes a TDX guest's firmware, so a
 * guest kernel must survive any of these.
 *
 * <p>Each step acts a chosen delay after the OS's write of Command (0 acts at that very instant,
 * before the OS starts waiting), where the firmware the spec describes acts within its poll
 * interval.
 *
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Mailbox Structure": the OS writes APIC ID and
 *     Wakeup Vector, then Command; firmware clears Command to Noop to acknowledge
 */
public sealed interface MailboxAction {

    /** {@return the step in the syntax {@link FaultSpec} accepts, e.g. {@code serve@5us}} */
    String spec();

    /**
     * {@code serve@DELAY}: acknowledge and wake the processor the mailbox names, as the spec asks,
     * but on the script's schedule. A command for no processor waiting in firmware is acknowledged
     * and wakes nothing.
     *
     * @param after when, after the command
     */
    record Serve(Delay after) implements MailboxAction {
        /** Validates that the delay is given. */
        public Serve {
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String spec() {
            return "serve@" + after.text();
        }
    }

    /**
     * {@code ack@DELAY}: write Noop to Command and wake nobody: the OS sees an acknowledgement for a
     * processor that never starts.
     *
     * @param after when, after the command
     */
    record Acknowledge(Delay after) implements MailboxAction {
        /** Validates that the delay is given. */
        public Acknowledge {
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String spec() {
            return "ack@" + after.text();
        }
    }

    /** {@code ignore}: never answer the command. */
    record Ignore() implements MailboxAction {
        @Override
        public String spec() {
            return "ignore";
        }
    }

    /**
     * {@code write=OFFSET:WIDTH:VALUE@DELAY}: write a value anywhere in the mailbox page, Command
     * included (a value other than Noop leaves the OS waiting for an acknowledgement that never
     * comes), and wake nobody.
     *
     * @param offset the byte offset in the 4 KiB mailbox page, a multiple of {@code width}
     * @param width  1, 2, 4 or 8 bytes
     * @param value  the value, little-endian, fitting {@code width} bytes
     * @param after  when, after the command
     */
    record Write(int offset, int width, long value, Delay after) implements MailboxAction {
        /** Validates the width, the alignment, the page bound and the value's width. */
        public Write {
            Objects.requireNonNull(after, "after");
            if (width != 1 && width != 2 && width != 4 && width != 8) {
                throw new IllegalArgumentException("Invalid mailbox write width %d: 1, 2, 4 or 8 bytes".formatted(width));
            }
            if (offset < 0 || offset > MultiprocessorWakeupMailbox.SIZE - width || offset % width != 0) {
                throw new IllegalArgumentException(("Invalid mailbox write offset 0x%x: a multiple of %d inside the "
                        + "%d-byte mailbox page").formatted(offset, width, MultiprocessorWakeupMailbox.SIZE));
            }
            if (width < 8 && value >>> (8 * width) != 0) {
                throw new IllegalArgumentException("Invalid mailbox write value 0x%x: wider than %d bytes".formatted(value, width));
            }
        }

        @Override
        public String spec() {
            return "write=0x%x:%d:0x%x@%s".formatted(offset, width, value, after.text());
        }
    }
}
