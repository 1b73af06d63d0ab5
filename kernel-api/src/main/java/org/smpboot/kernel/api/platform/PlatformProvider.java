package org.smpboot.kernel.api.platform;

import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * The service-provider interface of platform backends: a module that {@code provides} this
 * interface adds a platform that kernel code can select by {@link #id()} or let be chosen
 * automatically by probing, without any change to the kernel.
 *
 * <p>Discovery uses {@link java.util.ServiceLoader}, so a provider is declared both in its
 * {@code module-info.java} ({@code provides ... with ...}) and in
 * {@code META-INF/services/org.smpboot.kernel.api.platform.PlatformProvider}, which makes it work
 * on the module path and on the class path. Providers must have a public no-argument constructor
 * and be cheap to construct: all work happens in {@link #probe} and {@link #create}.
 *
 * <p>Automatic selection probes every provider and takes the fitting one with the highest
 * {@link #priority()}; ties are broken by {@link #id()}. A more specific platform (a TDX guest is
 * also an x86 machine) has a higher priority than the general one.
 *
 * @implSpec Implementations are stateless and thread-safe; every method is non-null in and out.
 */
public interface PlatformProvider {

    /**
     * {@return the provider's stable ID}: lower case, non-blank, unique among providers, e.g.
     * {@code x86} or {@code tdx}; the name users select it by.
     */
    String id();

    /** {@return a one-line description for listings} */
    String description();

    /** {@return the selection priority; higher wins among fitting providers} */
    int priority();

    /**
     * Checks whether this platform can run on the hardware, by reading it (CPUID, MSRs) through
     * {@code hardware}; it must not change hardware state.
     *
     * @param hardware the hardware port
     * @return whether it fits, and why
     */
    ProbeResult probe(HardwarePort hardware);

    /**
     * Creates the platform.
     *
     * @param environment the hardware, firmware information and user settings
     * @return the platform
     * @throws PlatformException if the platform cannot run here or refuses a setting
     */
    Platform create(PlatformEnvironment environment);
}
