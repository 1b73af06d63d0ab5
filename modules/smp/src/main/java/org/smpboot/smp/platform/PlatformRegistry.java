package org.smpboot.smp.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformProvider;

/**
 * The platform providers a kernel may choose from, validated: every ID non-blank, lower case and
 * unique. Built from {@link ServiceLoader} discovery, from providers given explicitly, or both, so
 * that a test or a research prototype can add a provider without packaging it as a service.
 *
 * <p>Immutable once built.
 */
public final class PlatformRegistry {

    private final Map<String, PlatformProvider> providers;

    private PlatformRegistry(Map<String, PlatformProvider> providers) {
        this.providers = providers;
    }

    /** {@return the providers the service loader finds from {@code layer}'s point of view, validated} */
    public static PlatformRegistry discover(ModuleLayer layer) {
        return of(ServiceLoader.load(layer, PlatformProvider.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    /**
     * {@return the providers the service loader finds on the module path and the class path of
     * {@code loader}, validated}
     */
    public static PlatformRegistry discover(ClassLoader loader) {
        return of(ServiceLoader.load(PlatformProvider.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }

    /**
     * {@return a registry of exactly {@code providers}}
     *
     * @throws PlatformException if an ID is blank, not lower case, or repeated (naming both classes
     *     and their modules)
     */
    public static PlatformRegistry of(Collection<? extends PlatformProvider> providers) {
        Map<String, PlatformProvider> byId = new LinkedHashMap<>();
        for (PlatformProvider provider : providers) {
            String id = provider.id();
            if (id == null || id.isBlank() || !id.equals(id.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new PlatformException("Platform provider %s has an invalid ID '%s': IDs are non-blank lower case"
                        .formatted(describe(provider), id));
            }
            PlatformProvider previous = byId.putIfAbsent(id, provider);
            if (previous != null) {
                throw new PlatformException("Two platform providers claim the ID '%s': %s and %s"
                        .formatted(id, describe(previous), describe(provider)));
            }
        }
        return new PlatformRegistry(sorted(byId));
    }

    /** {@return a registry with {@code extra} providers added to these} */
    public PlatformRegistry with(Collection<? extends PlatformProvider> extra) {
        List<PlatformProvider> all = new ArrayList<>(providers.values());
        all.addAll(extra);
        return of(all);
    }

    /** {@return the providers, highest priority first, then by ID} */
    public List<PlatformProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** {@return the provider with this ID} */
    public Optional<PlatformProvider> byId(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    /** {@return the IDs, highest priority first} */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    private static Map<String, PlatformProvider> sorted(Map<String, PlatformProvider> byId) {
        Map<String, PlatformProvider> sorted = new LinkedHashMap<>();
        byId.values().stream()
                .sorted(Comparator.comparingInt(PlatformProvider::priority).reversed().thenComparing(PlatformProvider::id))
                .forEach(provider -> sorted.put(provider.id(), provider));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /** {@return a provider's class and the module it came from, for messages} */
    static String describe(PlatformProvider provider) {
        Module module = provider.getClass().getModule();
        return "%s (%s)".formatted(provider.getClass().getName(),
                module.isNamed() ? "module " + module.getName() : "class path");
    }
}
