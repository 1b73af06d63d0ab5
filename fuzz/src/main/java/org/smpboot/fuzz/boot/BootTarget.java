package org.smpboot.fuzz.boot;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.smpboot.fuzz.kernel.KernelBoot;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.smp.platform.PlatformChoice;

/**
 * Fuzzes a whole boot from a fuzzed MADT: the simulated machine gets exactly the processors the
 * table describes and its firmware serves the table byte for byte ({@code Machine.fromMadt}); the
 * kernel finds it through the RSDP and XSDT, reads it, chooses its platform and brings up every
 * AP, as {@code ./smpboot boot} does.
 *
 * <p>The input, in the order {@link FuzzedDataProvider} consumes it: the APIC mode firmware hands
 * over in (x2APIC anyway when an ID needs it), the x86 wake-up strategy (broadcast, per-CPU or
 * parallel INIT-SIPI-SIPI), the machine's jitter seed, whether the boot hand-off carries the RSDP
 * address, then the MADT: the rest of the input. A table the machine cannot be built from (no
 * bootable x86 processor, unparseable) is refused as documented and ends the input.
 *
 * <p>The oracle is {@link BootChecks}': with no fault injected, every processor the machine has
 * comes online and the report says so, within a bound that grows with the processors. The
 * per-CPU strategy's arrival bound is set to {@value BootChecks#PER_CPU_ARRIVAL_TIMEOUT} (the
 * platform's default is Linux's 10 s), so that a phantom processor costs less virtual time.
 */
public final class BootTarget {

    /** The x86 platform's wake-up strategies. */
    static final String[] WAKEUPS = {"broadcast", "per-cpu", "parallel"};

    private BootTarget() {
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        ApicMode mode = data.pickValue(ApicMode.values());
        String wakeup = data.pickValue(WAKEUPS);
        long seed = data.consumeLong();
        boolean rsdpInHandoff = data.consumeBoolean();
        byte[] madt = data.consumeRemainingAsBytes();
        Machine machine;
        try {
            machine = Machine.fromMadt(madt, MachineDescription.builder().apicMode(mode).seed(seed)
                    .rsdpInHandoff(rsdpInHandoff).build());
        } catch (IllegalArgumentException refused) {
            return; // documented: no bootable x86 processor, or no machine can be built from the table
        }
        PlatformOptions options = PlatformOptions.NONE.with("wakeup", wakeup);
        if (wakeup.equals("per-cpu")) {
            options = options.with("arrival-timeout", BootChecks.PER_CPU_ARRIVAL_TIMEOUT);
        }
        // The kernel may list more processors than the machine has (a Length beyond the bytes the
        // firmware serves makes it read on): each at most 8 bytes of table, plus what follows it.
        long budget = BootChecks.bound(machine.cpuCount(), madt.length / 8 + 64) + BootChecks.RUN_MARGIN;
        KernelBoot boot = KernelBoot.run(machine, PlatformChoice.auto(), options, budget);
        BootChecks.check(machine, boot, "%s, %s wake-up, seed %d, RSDP %s".formatted(mode.mnemonic(), wakeup, seed,
                rsdpInHandoff ? "in the hand-off" : "found by scanning"));
    }
}
