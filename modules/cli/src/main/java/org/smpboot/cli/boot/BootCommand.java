package org.smpboot.cli.boot;

import java.io.PrintWriter;
import java.util.List;
import org.smpboot.cli.Hex;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.IcrRules;
import org.smpboot.kernel.api.apic.Level;
import org.smpboot.kernel.api.apic.TriggerMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code smpboot boot}: bring up the application processors of a simulated machine.
 *
 * <p>Until the simulated machine and the bring-up land (TODO(#4), TODO(#5), TODO(#6)), this shows
 * the wake-up sequence the boot will send: the seed's broadcast INIT-SIPI-SIPI, each step with its
 * ICR value in both APIC modes, its spin wait, and the SDM's notes on it.
 */
@Command(name = "boot", mixinStandardHelpOptions = true,
        description = "Bring up the APs of a simulated machine (for now: show the INIT-SIPI-SIPI sequence).")
public final class BootCommand implements Runnable {

    /** One step of the seed's broadcast sequence (spec digest §1.5). */
    private record Step(String name, Icr icr, long spinCycles) {
    }

    private static final List<Step> SEED_SEQUENCE = List.of(
            new Step("INIT assert", Icr.of(DeliveryMode.INIT).withTriggerMode(TriggerMode.LEVEL)
                    .withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF), 100_000_000L),
            new Step("INIT de-assert", Icr.of(DeliveryMode.INIT).withLevel(Level.DEASSERT)
                    .withTriggerMode(TriggerMode.LEVEL).withShorthand(DestinationShorthand.ALL_INCLUDING_SELF),
                    20_000_000L),
            new Step("Start-Up #1", Icr.startup(0x8000).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF),
                    20_000_000L),
            new Step("Start-Up #2", Icr.startup(0x8000).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF),
                    20_000_000L));

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("smpboot boot: the simulated machine is not built yet; this is the wake-up sequence it will send.");
        out.println("Seed (Asterinas) broadcast INIT-SIPI-SIPI, AP boot code at 0x8000:");
        out.printf("  %-15s %-10s %-18s %s%n", "step", "xAPIC low", "x2APIC MSR 0x830", "then spin (TSC cycles)");
        for (Step step : SEED_SEQUENCE) {
            long xapic = IcrCodec.encode(step.icr(), ApicMode.XAPIC);
            long x2apic = IcrCodec.encode(step.icr(), ApicMode.X2APIC);
            out.printf("  %-15s %s %s %,d%n", step.name(), Hex.u32(IcrLayout.low(xapic)), Hex.u64(x2apic),
                    step.spinCycles());
            IcrRules.check(step.icr(), ApicMode.XAPIC)
                    .forEach(note -> out.println("    note: " + note.message()));
        }
    }
}
