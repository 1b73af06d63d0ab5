package org.smpboot.cli.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smpboot.cli.UsageException;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.smp.platform.PlatformChoice;
import picocli.CommandLine.Option;

/**
 * The flags that choose and tune the kernel's platform plugin: {@code --platform} picks it (or lets
 * probing pick), {@code --wakeup} and {@code --delays} become the platform options of the same
 * names. The platform, not the command line, owns their values: a plugin may accept others, and a
 * platform that does not read an option refuses it, which the command reports as a usage error.
 */
public final class PlatformFlags {

    @Option(names = "--platform", paramLabel = "auto|x86|tdx|NAME", defaultValue = PlatformChoice.AUTO,
            description = "The kernel's platform plugin: auto probes every provider and takes the fitting one "
                    + "with the highest priority; a name forces that provider. Default: ${DEFAULT-VALUE}.")
    private String platform = PlatformChoice.AUTO;

    @Option(names = "--wakeup", paramLabel = "broadcast|per-cpu|parallel",
            description = "The x86 platform's INIT-SIPI-SIPI variant: the seed's broadcast (default), Linux's "
                    + "per-CPU sequence, or all INITs then all SIPIs.")
    private String wakeup;

    @Option(names = "--delays", paramLabel = "seed|sdm|modern",
            description = "The x86 platform's waits between IPIs: the seed's TSC spins (default), the SDM's "
                    + "10 ms / 200 us, or Linux's for modern CPUs.")
    private String delays;

    /** {@return which platform the user asked for} */
    public PlatformChoice choice() {
        try {
            return new PlatformChoice(platform);
        } catch (IllegalArgumentException blank) {
            throw new UsageException("--platform: " + blank.getMessage());
        }
    }

    /** {@return the platform options the flags set} */
    public PlatformOptions options() {
        Map<String, String> values = new LinkedHashMap<>();
        given().forEach(flag -> values.put(flag.option(), flag.value()));
        try {
            return new PlatformOptions(values);
        } catch (IllegalArgumentException blank) {
            throw new UsageException(blank.getMessage());
        }
    }

    /**
     * {@return the usage error for a platform that refused to be selected or created} It names the
     * flags that set options, since an option the platform does not read is the usual cause.
     *
     * @param platformId the selected platform, if selection got that far
     * @param refusal    what the platform said
     */
    UsageException refused(Optional<String> platformId, PlatformException refusal) {
        List<String> flags = given().stream().map(flag -> "--" + flag.option() + " " + flag.value()).toList();
        String who = platformId.map(id -> "platform " + id).orElse("platform selection");
        String what = flags.isEmpty() ? "" : " refused " + String.join(", ", flags);
        return new UsageException("%s%s: %s".formatted(who, what, refusal.getMessage()));
    }

    /** A flag that sets a platform option. */
    private record Given(String option, String value) {
    }

    private List<Given> given() {
        List<Given> flags = new ArrayList<>();
        if (wakeup != null) {
            flags.add(new Given("wakeup", wakeup));
        }
        if (delays != null) {
            flags.add(new Given("delays", delays));
        }
        return flags;
    }
}
