package org.smpboot.kernel.api.firmware;

import java.util.Objects;
import java.util.Optional;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * Where the ACPI multiprocessor wakeup mailbox is and which version of the protocol it speaks, as
 * the MADT's Multiprocessor Wakeup structure (type 0x10) says; plus the mailbox's byte layout.
 *
 * <pre>
 * offset  size   field            written by
 * 0       2      Command          OS; firmware writes 0 (Noop) to acknowledge
 * 2       2      reserved
 * 4       4      APIC ID          OS: the processor to wake
 * 8       8      Wakeup Vector    OS: 64-bit entry, identity mapped
 * 16      2032   reserved for OS
 * 2048    2048   reserved for firmware (read only to the OS)
 * </pre>
 *
 * <p>Ordering rule: the OS makes APIC ID and Wakeup Vector visible before the Command (a release
 * store), and firmware caches what it needs before it clears Command.
 *
 * @param address     the mailbox's physical address; the spec requires 4 KiB alignment, which
 *                    {@code platform-tdx} checks before use rather than here, so that a lying
 *                    firmware value can be represented and reported
 * @param version     Mailbox Version: 0 (ACPI 6.4/6.5) or 1 (ACPI 6.6, adds the reset vector)
 * @param resetVector the firmware reset vector of a version 1 structure of at least 24 bytes
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure" and "Multiprocessor Wakeup Mailbox
 *     Structure"
 */
public record MultiprocessorWakeupMailbox(PhysicalAddress address, int version, Optional<PhysicalAddress> resetVector) {

    /** Offset of Command (u16). */
    public static final int COMMAND_OFFSET = 0;
    /** Offset of APIC ID (u32). */
    public static final int APIC_ID_OFFSET = 4;
    /** Offset of Wakeup Vector (u64). */
    public static final int WAKEUP_VECTOR_OFFSET = 8;
    /** Offset of the firmware's half, read only to the OS. */
    public static final int FIRMWARE_SECTION_OFFSET = 2048;
    /** Size of the mailbox, and its required alignment. */
    public static final int SIZE = 4096;

    /** Validates field ranges; alignment and placement are the platform's checks. */
    public MultiprocessorWakeupMailbox {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(resetVector, "resetVector");
        if ((version & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("Invalid mailbox version %d: the field is 16 bits".formatted(version));
        }
    }

    /** {@return whether the address meets the spec's 4 KiB alignment} */
    public boolean isAligned() {
        return address.value() % SIZE == 0;
    }
}
