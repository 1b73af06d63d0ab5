package org.smpboot.cli.platforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpboot.cli.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code smpboot platforms}: every discovered provider with its probe on the machine the flags describe. */
class PlatformsCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void bothPluginsAreListedWithTheirProbeOnABareX86Machine() {
        CliRun run = CliRun.of("platforms");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("2 platform providers on the module path, probed on a simulated x86 machine with 8 CPUs:",
                lines.getFirst());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  tdx    priority 20") && line.contains(
                "does not fit: CPUID.0H:EAX")), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  x86    priority 10") && line.contains("fits: ")),
                run.out());
        assertEquals("--platform auto chooses x86", lines.getLast());
    }

    @Test
    void onATdxGuestAutoChoosesTdx() {
        JsonNode platforms = JSON.readTree(CliRun.of("platforms", "--machine", "tdx", "--json").out());
        assertEquals("tdx", platforms.get("auto").asString());
        List<String> ids = new ArrayList<>();
        platforms.get("providers").forEach(provider -> {
            ids.add(provider.get("id").asString());
            assertTrue(provider.get("fits").asBoolean(), provider.toString());
        });
        assertEquals(List.of("tdx", "x86"), ids);
    }

    @Test
    void theJsonNamesEachProvidersModuleDescriptionAndReason() {
        JsonNode x86 = JSON.readTree(CliRun.of("platforms", "--json").out()).get("providers").get(1);
        assertEquals(List.of("id", "priority", "module", "description", "fits", "reason"),
                new ArrayList<>(x86.propertyNames()));
    }

    @Test
    void badMachineFlagsAreUsageErrors() {
        CliRun run = CliRun.of("platforms", "--cpus", "0");
        assertEquals(2, run.status());
        assertEquals(1, run.errLines().size(), run.err());
    }
}
