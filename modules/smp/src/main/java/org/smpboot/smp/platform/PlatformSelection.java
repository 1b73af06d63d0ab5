package org.smpboot.smp.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;

/**
 * The result of choosing a platform: the chosen provider and every provider's probe result, so a
 * user can see why each was or was not chosen.
 *
 * @param chosen the provider to create the platform with
 * @param probes every provider's probe result, in registry order
 * @param forced whether the user named the provider (then it was chosen even if it does not fit)
 */
public record PlatformSelection(PlatformProvider chosen, Map<String, ProbeResult> probes, boolean forced) {

    /** Copies the probe results. */
    public PlatformSelection {
        Objects.requireNonNull(chosen, "chosen");
        probes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probes));
    }

    /**
     * Probes every provider of {@code registry} on {@code hardware} and chooses per {@code choice}.
     *
     * @throws PlatformException if the choice names no provider (listing the available ones), or
     *     if {@code auto} finds none that fits (listing why each did not)
     */
    public static PlatformSelection select(PlatformRegistry registry, HardwarePort hardware, PlatformChoice choice) {
        Map<String, ProbeResult> probes = new LinkedHashMap<>();
        registry.providers().forEach(provider -> probes.put(provider.id(), provider.probe(hardware)));
        if (!choice.isAuto()) {
            PlatformProvider named = registry.byId(choice.id()).orElseThrow(() -> new PlatformException(
                    "Unknown platform '%s'; available: auto, %s".formatted(choice.id(), String.join(", ", registry.ids()))));
            return new PlatformSelection(named, probes, true);
        }
        // Registry order is highest priority first, so the first fitting provider wins.
        for (PlatformProvider provider : registry.providers()) {
            if (probes.get(provider.id()).fits()) {
                return new PlatformSelection(provider, probes, false);
            }
        }
        StringBuilder why = new StringBuilder("No platform fits this hardware:");
        probes.forEach((id, probe) -> why.append(' ').append(id).append(": ").append(probe.reason()).append(';'));
        throw new PlatformException(why.toString());
    }

    /** {@return the chosen provider's probe result} */
    public ProbeResult chosenProbe() {
        return probes.get(chosen.id());
    }
}
