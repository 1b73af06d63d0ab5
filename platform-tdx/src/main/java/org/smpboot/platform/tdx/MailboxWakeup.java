package org.smpboot.platform.tdx;

import static org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox.APIC_ID_OFFSET;
import static org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox.COMMAND_OFFSET;
import static org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.firmware.MailboxCommand;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupOutcome;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;

/**
 * Wakes APs through the ACPI multiprocessor wakeup mailbox, one at a time, by each AP's real APIC
 * ID (the seed passed its loop counter instead), at the boot image's long-mode entry.
 *
 * <p>Protocol per AP: wait until Command is Noop (the OS may issue a command only then); write
 * APIC ID and Wakeup Vector; store Command = Wakeup with release semantics, so that firmware that
 * sees the command also sees the fields; wait, bounded, until firmware writes Noop back.
 *
 * <p>Policy for an AP whose firmware never acknowledges. Linux waits forever, because a VMM that
 * controls scheduling could otherwise wake the AP later, when the kernel no longer expects it.
 * smpboot waits a bounded time ({@link TdxSettings#ackTimeout}), reports the AP as not
 * acknowledged, and moves on; the bring-up marks that AP abandoned, so that if it arrives later its
 * kernel entry parks it instead of taking a CPU slot, and keeps the boot image in place (not
 * reclaimed) while any AP is outstanding. Since ACPI forbids a new command before the previous one
 * is acknowledged, the next AP first waits (bounded again) for the mailbox to clear; if it never
 * does, the remaining APs are refused with that reason rather than woken against the protocol.
 *
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure" and its mailbox handshake; Linux
 *     arch/x86/kernel/acpi/madt_wakeup.c (spec digest §3.2)
 */
final class MailboxWakeup implements WakeupStrategy {

    /** The name users select it by. */
    static final String NAME = "mailbox";

    /** TDVF's conventions: 0xFFFFFFFF is an invalid APIC ID and 0xFFFFFFFE means all processors. */
    private static final List<ApicId> RESERVED_IDS = List.of(ApicId.of(0xFFFF_FFFFL), ApicId.of(0xFFFF_FFFEL));

    private final HardwarePort hardware;
    private final Optional<MultiprocessorWakeupMailbox> mailbox;
    private final List<MemoryRegion> memoryMap;
    private final long ackTimeoutCycles;

    MailboxWakeup(HardwarePort hardware, Optional<MultiprocessorWakeupMailbox> mailbox,
            List<MemoryRegion> memoryMap, long ackTimeoutCycles) {
        this.hardware = hardware;
        this.mailbox = mailbox;
        this.memoryMap = List.copyOf(memoryMap);
        this.ackTimeoutCycles = ackTimeoutCycles;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WakeupReport wake(ApBootContext context) {
        Optional<String> unusable = mailbox.isEmpty()
                ? Optional.of("the MADT has no Multiprocessor Wakeup structure: no mailbox to wake APs with")
                : MailboxCheck.problem(mailbox.get(), memoryMap, context);
        Map<ApicId, WakeupOutcome> outcomes = new LinkedHashMap<>();
        if (unusable.isPresent()) {
            context.targets().forEach(target -> outcomes.put(target, new WakeupOutcome.Refused(unusable.get())));
            return WakeupReport.of(NAME, context, outcomes);
        }
        long base = mailbox.get().address().value();
        Optional<String> stuck = Optional.empty();
        for (ApicId target : context.targets()) {
            if (RESERVED_IDS.contains(target)) {
                outcomes.put(target, new WakeupOutcome.Refused(
                        "APIC ID %s is reserved in the mailbox protocol (TDVF: invalid/broadcast)".formatted(target)));
                continue;
            }
            if (stuck.isEmpty() && !hardware.spinUntil(() -> isNoop(base), ackTimeoutCycles)) {
                stuck = Optional.of("the mailbox still holds an unacknowledged command; ACPI forbids a new one");
            }
            if (stuck.isPresent()) {
                outcomes.put(target, new WakeupOutcome.Refused(stuck.get()));
                continue;
            }
            outcomes.put(target, wakeOne(base, target, context));
        }
        return WakeupReport.of(NAME, context, outcomes);
    }

    private WakeupOutcome wakeOne(long base, ApicId target, ApBootContext context) {
        PhysicalMemory memory = hardware.memory();
        memory.writeInt(base + APIC_ID_OFFSET, target.value());
        memory.writeLong(base + WAKEUP_VECTOR_OFFSET, context.longModeEntry().value());
        // Release: firmware that observes Wakeup must observe the APIC ID and vector written above.
        memory.writeShortRelease(base + COMMAND_OFFSET, (short) MailboxCommand.WAKEUP.encoding());
        long start = hardware.rdtsc();
        if (hardware.spinUntil(() -> isNoop(base), ackTimeoutCycles)) {
            return new WakeupOutcome.Acknowledged(hardware.rdtsc());
        }
        return new WakeupOutcome.NotAcknowledged(hardware.rdtsc() - start);
    }

    private boolean isNoop(long base) {
        return hardware.memory().readShortAcquire(base + COMMAND_OFFSET) == MailboxCommand.NOOP.encoding();
    }
}
