package org.smpboot.kernel.api.firmware;

import java.util.Optional;

/**
 * The Command field of the ACPI multiprocessor wakeup mailbox: what the OS asks the firmware's
 * AP wait loop to do. Firmware acknowledges a command by writing {@link #NOOP} back.
 *
 * <p>The rust {@code acpi} crate calls 2 "Sleep" and 3 "AcceptPages", values the pre-6.6 TDVF used
 * internally; ACPI 6.6, ACPICA, Linux and current EDK2 define 2 as Test. smpboot follows ACPI 6.6.
 *
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure", Table "Multiprocessor Wakeup Mailbox
 *     Structure" (field Command)
 */
public enum MailboxCommand {
    /** 0: no command; also the firmware's acknowledgement. */
    NOOP(0),
    /** 1: the AP with the mailbox's APIC ID jumps to the wakeup vector. */
    WAKEUP(1),
    /** 2 (ACPI 6.6, mailbox version 1): the AP confirms it is back under firmware control. */
    TEST(2);

    private final int encoding;

    MailboxCommand(int encoding) {
        this.encoding = encoding;
    }

    /** {@return the 16-bit field value} */
    public int encoding() {
        return encoding;
    }

    /** {@return the command with this field value, or empty for a reserved value} */
    public static Optional<MailboxCommand> fromEncoding(int encoding) {
        for (MailboxCommand command : values()) {
            if (command.encoding == encoding) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
