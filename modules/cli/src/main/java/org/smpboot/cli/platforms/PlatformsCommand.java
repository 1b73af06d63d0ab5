package org.smpboot.cli.platforms;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.smpboot.cli.JsonOutput;
import org.smpboot.cli.machine.MachineOptions;
import org.smpboot.cli.machine.MachinePlan;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.machine.Machine;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.platform.PlatformRegistry;
import org.smpboot.smp.platform.PlatformSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smpboot platforms}: the platform providers the service loader finds, each with its probe
 * result on the simulated machine the flags describe, and the one {@code --platform auto} chooses.
 * What a researcher runs to check that a plugin is on the module path and why it is or is not picked.
 */
@Command(name = "platforms", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the discovered platform providers with their probe result on a simulated machine.")
public final class PlatformsCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private MachineOptions machine;

    @Option(names = "--json", description = "Print the list as one line of JSON.")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** One provider and what its probe said. */
    private record Probed(PlatformProvider provider, ProbeResult probe) {
    }

    /** Every provider's probe, and the provider {@code auto} chooses if one fits. */
    private record Probes(List<Probed> probed, Optional<String> auto) {
    }

    @Override
    public Integer call() {
        MachinePlan plan = machine.plan();
        Machine built = plan.build();
        PlatformRegistry registry = PlatformRegistry.discover(PlatformsCommand.class.getClassLoader());
        // Probes run on the BSP, as a kernel runs them: they read CPUID through the hardware port.
        // The reference hands the result from the simulated BSP's thread to this one.
        AtomicReference<Probes> result = new AtomicReference<>();
        built.run(hardware -> {
            List<Probed> probed = new ArrayList<>();
            registry.providers().forEach(provider -> probed.add(new Probed(provider, provider.probe(hardware))));
            Optional<String> auto;
            try {
                auto = Optional.of(PlatformSelection.select(registry, hardware, PlatformChoice.auto()).chosen().id());
            } catch (PlatformException noneFits) {
                auto = Optional.empty();
            }
            result.set(new Probes(List.copyOf(probed), auto));
        }, built.description().tscHz());
        PrintWriter out = spec.commandLine().getOut();
        Probes probes = result.get();
        if (json) {
            json(out, plan, probes.probed(), probes.auto());
        } else {
            text(out, plan, built, probes.probed(), probes.auto());
        }
        return 0;
    }

    private static void text(PrintWriter out, MachinePlan plan, Machine built, List<Probed> probed,
            Optional<String> auto) {
        out.printf("%d platform provider%s on the module path, probed on a simulated %s machine with %,d CPUs:%n",
                probed.size(), probed.size() == 1 ? "" : "s", plan.kind(), built.cpuCount());
        for (Probed entry : probed) {
            PlatformProvider provider = entry.provider();
            out.printf("  %-6s priority %-3d %-26s %s: %s%n", provider.id(), provider.priority(), module(provider),
                    entry.probe().fits() ? "fits" : "does not fit", entry.probe().reason());
            out.printf("  %-6s %s%n", "", provider.description());
        }
        out.println(auto.map(id -> "--platform auto chooses " + id)
                .orElse("--platform auto finds no fitting platform on this machine"));
    }

    private static void json(PrintWriter out, MachinePlan plan, List<Probed> probed, Optional<String> auto) {
        JsonOutput.write(out, json -> {
            json.writeStartObject();
            json.writeStringProperty("machine", plan.kind());
            json.writeNumberProperty("cpus", plan.description().cpuCount());
            json.writeName("auto");
            auto.ifPresentOrElse(json::writeString, json::writeNull);
            json.writeArrayPropertyStart("providers");
            for (Probed entry : probed) {
                json.writeStartObject();
                json.writeStringProperty("id", entry.provider().id());
                json.writeNumberProperty("priority", entry.provider().priority());
                json.writeStringProperty("module", module(entry.provider()));
                json.writeStringProperty("description", entry.provider().description());
                json.writeBooleanProperty("fits", entry.probe().fits());
                json.writeStringProperty("reason", entry.probe().reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {@return the module a provider was loaded from, or {@code class path}} */
    private static String module(PlatformProvider provider) {
        Module module = provider.getClass().getModule();
        return module.isNamed() ? module.getName() : "class path";
    }
}
