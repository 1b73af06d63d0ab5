package org.smpboot.fuzz.mailbox;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.smpboot.fuzz.kernel.KernelBoot;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.hw.TscFrequency;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.Machine;
import org.smpboot.smp.platform.PlatformChoice;

/**
 * Fuzzes the TDX multiprocessor-wakeup handshake against hostile firmware: the kernel's real
 * bring-up with the tdx platform's real {@code MailboxWakeup} on a simulated TDX guest whose
 * firmware follows a fuzzed script ({@link HostileFirmware}): acknowledging early, late, never, or
 * without waking anyone, and writing garbage anywhere in the mailbox.
 *
 * <p>The oracle is {@link MailboxChecks}': the BSP ends with a complete, truthful report within a
 * bound set by the acknowledgement timeout, and while the strategy runs it writes nowhere but the
 * mailbox's Command, APIC ID and Wakeup Vector.
 *
 * <p>The acknowledgement bound is set to {@value #ACK_TIMEOUT_TEXT} (the platform's default is
 * 1 s): the protocol is the same, and the fuzzer reaches the bound's edges in fewer cycles.
 *
 * @spec ACPI 6.6 §5.2.12.19 "Multiprocessor Wakeup Structure" and the mailbox handshake
 */
public final class MailboxTarget {

    /** The tdx platform's acknowledgement bound in this target. */
    static final String ACK_TIMEOUT_TEXT = "2ms";
    /** The bound, as a delay. */
    static final Delay ACK_TIMEOUT = Delay.parse(ACK_TIMEOUT_TEXT);
    /** The simulated machines' TSC: the machine's default 2 GHz. */
    static final TscFrequency TSC = new TscFrequency(2_000_000_000L);
    /** Virtual time a run may take: far beyond every bounded wait of the boot. */
    static final long BUDGET = 2_000_000_000L * 60;

    private static final PlatformOptions OPTIONS = PlatformOptions.NONE.with("ack-timeout", ACK_TIMEOUT_TEXT);

    private MailboxTarget() {
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        long ackCycles = ACK_TIMEOUT.toCycles(TSC);
        HostileFirmware firmware = HostileFirmware.from(data, ackCycles);
        Machine machine = Machine.build(firmware.description());
        KernelBoot boot = KernelBoot.run(machine, new PlatformChoice("tdx"), OPTIONS, BUDGET);
        MailboxChecks.check(firmware, machine, boot, ackCycles);
    }
}
