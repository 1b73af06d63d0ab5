package org.smpboot.acpi.madt.entry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * A Multiprocessor Wakeup structure: where the firmware's wakeup mailbox is, through which an OS
 * that cannot send INIT-SIPI-SIPI (an Intel TDX guest) wakes its application processors.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x10
 *  1     1    Length           16 (mailbox version 0, ACPI 6.4) or 24 (version 1, ACPI 6.6)
 *  2     2    Mailbox Version
 *  4     4    Reserved
 *  8     8    Mailbox Address  physical, 4 KiB aligned
 * 16     8    Reset Vector     version 1 only: where the OS hands a processor back to firmware
 * </pre>
 *
 * <p>{@snippet :
 * MultiprocessorWakeupEntry wakeup = MultiprocessorWakeupEntry.ofVersion0(0x7F000);
 * Optional<MultiprocessorWakeupMailbox> mailbox = wakeup.toMailbox();
 * }
 *
 * @param offset         the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length         the Length field
 * @param mailboxVersion the Mailbox Version, 0 or 1
 * @param reserved       the reserved 32 bits, 0
 * @param mailboxAddress the mailbox's physical address (all 64 bits, unsigned)
 * @param resetVector    the Reset Vector, present when the structure is at least 24 bytes
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure"; Linux {@code madt_wakeup.c} for the
 *     rule that a reset vector counts only in a version 1 structure of at least 24 bytes
 */
public record MultiprocessorWakeupEntry(int offset, int length, int mailboxVersion, long reserved, long mailboxAddress,
        OptionalLong resetVector) implements MadtEntry {

    /** The Length of a mailbox version 0 structure. */
    public static final int LENGTH_V0 = 16;
    /** The Length of a mailbox version 1 structure. */
    public static final int LENGTH_V1 = 24;

    /** Mailbox Version at offset 2, 2 bytes. */
    public static final Field MAILBOX_VERSION = Field.integer("Mailbox Version", "mailboxVersion", 2, 2);
    /** Reserved at offset 4, 4 bytes. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 4, 4);
    /** Mailbox Address at offset 8, 8 bytes. */
    public static final Field MAILBOX_ADDRESS = Field.integer("Mailbox Address", "mailboxAddress", 8, 8);
    /** Reset Vector at offset 16, 8 bytes (ACPI 6.6, mailbox version 1). */
    public static final Field RESET_VECTOR = Field.integer("Reset Vector", "resetVector", 16, 8);
    /** The fields in table order; Reset Vector only when the structure holds it. */
    public static final List<Field> FIELDS = List.of(MAILBOX_VERSION, RESERVED, MAILBOX_ADDRESS, RESET_VECTOR);

    /** Validates the Length, the widths, and that a reset vector is present exactly when it fits. */
    public MultiprocessorWakeupEntry {
        MadtEntry.checkLength(EntryType.MULTIPROCESSOR_WAKEUP, length);
        MadtEntry.checkWidth(MAILBOX_VERSION, mailboxVersion);
        MadtEntry.checkWidth(RESERVED, reserved);
        if (resetVector.isPresent() != (length >= RESET_VECTOR.end())) {
            throw new IllegalArgumentException("Invalid Reset Vector %s for Length %d: present exactly when Length >= %d"
                    .formatted(resetVector, length, RESET_VECTOR.end()));
        }
    }

    /** {@return a mailbox version 0 structure (ACPI 6.4) built in memory} */
    public static MultiprocessorWakeupEntry ofVersion0(long mailboxAddress) {
        return new MultiprocessorWakeupEntry(NOT_IN_A_TABLE, LENGTH_V0, 0, 0, mailboxAddress, OptionalLong.empty());
    }

    /** {@return a mailbox version 1 structure (ACPI 6.6) built in memory} */
    public static MultiprocessorWakeupEntry ofVersion1(long mailboxAddress, long resetVector) {
        return new MultiprocessorWakeupEntry(NOT_IN_A_TABLE, LENGTH_V1, 1, 0, mailboxAddress, OptionalLong.of(resetVector));
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static MultiprocessorWakeupEntry read(EntryBytes bytes) {
        OptionalLong resetVector = bytes.length() >= RESET_VECTOR.end() && bytes.has(RESET_VECTOR)
                ? OptionalLong.of(bytes.get(RESET_VECTOR)) : OptionalLong.empty();
        return new MultiprocessorWakeupEntry(bytes.offset(), bytes.length(), bytes.getInt(MAILBOX_VERSION),
                bytes.get(RESERVED), bytes.get(MAILBOX_ADDRESS), resetVector);
    }

    /**
     * {@return the kernel's view of the mailbox}, or empty when the Mailbox Address (or a version 1
     * Reset Vector) has bit 63 set and so is no physical address. The reset vector is kept only for
     * mailbox version 1 or later, as Linux does; alignment is left to the platform to check.
     */
    public Optional<MultiprocessorWakeupMailbox> toMailbox() {
        if (mailboxAddress < 0) {
            return Optional.empty();
        }
        Optional<PhysicalAddress> reset = Optional.empty();
        if (mailboxVersion >= 1 && resetVector.isPresent()) {
            if (resetVector.getAsLong() < 0) {
                return Optional.empty();
            }
            reset = Optional.of(PhysicalAddress.of(resetVector.getAsLong()));
        }
        return Optional.of(new MultiprocessorWakeupMailbox(PhysicalAddress.of(mailboxAddress), mailboxVersion, reset));
    }

    @Override
    public int type() {
        return EntryType.MULTIPROCESSOR_WAKEUP.code();
    }

    @Override
    public byte[] encode() {
        EntryEncoder encoder = new EntryEncoder(type(), length)
                .put(MAILBOX_VERSION, mailboxVersion)
                .put(RESERVED, reserved)
                .put(MAILBOX_ADDRESS, mailboxAddress);
        resetVector.ifPresent(vector -> encoder.put(RESET_VECTOR, vector));
        return encoder.toBytes();
    }
}
