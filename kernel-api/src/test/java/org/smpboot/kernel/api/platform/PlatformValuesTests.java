package org.smpboot.kernel.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformValuesTests {

    @Test
    void optionsAreKeptInKeyOrder() {
        PlatformOptions options = new PlatformOptions(Map.of("wakeup", "per-cpu", "delays", "sdm"));
        assertEquals("{delays=sdm, wakeup=per-cpu}", options.values().toString());
        assertEquals(Optional.of("sdm"), options.get("delays"));
        assertEquals(Optional.of("x"), options.with("new", "x").get("new"));
    }

    @Test
    void blankOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PlatformOptions(Map.of("wakeup", " ")));
    }

    @Test
    void unknownOptionsNameWhatIsAccepted() {
        PlatformOptions options = new PlatformOptions(Map.of("wakup", "per-cpu"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> options.requireOnly("x86", Set.of("wakeup", "delays")));
        assertEquals("Platform x86 does not understand option(s) [wakup]; it accepts [delays, wakeup]",
                error.getMessage());
    }

    @Test
    void probeResultsCarryTheirReason() {
        ProbeResult fits = ProbeResult.fits("CPUID.01H:EDX[9] APIC present");
        ProbeResult unfit = ProbeResult.unfit("no TDX signature");
        assertTrue(fits.fits());
        assertFalse(unfit.fits());
        assertEquals("no TDX signature", unfit.reason());
    }
}
