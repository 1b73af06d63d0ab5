package org.smpboot.platform.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.firmware.FirmwareInfo;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformEnvironment;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.machine.MachineDescription;
import org.smpboot.platform.x86.wakeup.IpiDelays;
import org.smpboot.platform.x86.wakeup.WakeupTiming;

class X86PlatformProviderTests {

    private static Platform create(String... keyValues) {
        Map<String, String> options = new java.util.TreeMap<>();
        for (String keyValue : keyValues) {
            String[] parts = keyValue.split("=", 2);
            options.put(parts[0], parts[1]);
        }
        return OnMachine.run(MachineDescription.builder().cpus(2).apicMode(ApicMode.XAPIC).build(),
                hardware -> new X86PlatformProvider().create(new PlatformEnvironment(hardware,
                        new FirmwareInfo(List.of(), Optional.empty()), new PlatformOptions(options)))).result();
    }

    private static String createFailure(String... keyValues) {
        try {
            create(keyValues);
        } catch (PlatformException e) {
            return e.getMessage();
        }
        throw new AssertionError("no PlatformException");
    }

    @Nested
    class Identity {

        @Test
        void itFitsAnyProcessorWithALocalApicAndSaysWhetherX2ApicIsThere() {
            ProbeResult probe = OnMachine.run(MachineDescription.builder().cpus(1).apicMode(ApicMode.X2APIC).build(),
                    hardware -> new X86PlatformProvider().probe(hardware)).result();
            assertTrue(probe.fits());
            assertEquals("CPUID.01H:EDX[9]: local APIC present; x2APIC supported", probe.reason());
        }

        @Test
        void itRanksBelowMoreSpecificPlatforms() {
            assertEquals("x86", new X86PlatformProvider().id());
            assertEquals(10, new X86PlatformProvider().priority());
        }
    }

    @Nested
    class Settings {

        @Test
        void theDefaultIsTheSeedsBroadcastWithItsDelays() {
            assertEquals("broadcast", create().wakeupStrategy().name());
        }

        @Test
        void wakeupAndDelaysChooseTheStrategy() {
            assertEquals("per-cpu", create("wakeup=per-cpu", "delays=sdm").wakeupStrategy().name());
            assertEquals("parallel", create("wakeup=parallel", "init-delay=1ms", "sipi-delay=20us").wakeupStrategy().name());
        }

        @Test
        void anUnknownKeyIsRefusedNamingTheAcceptedOnes() {
            assertEquals("Platform x86 does not understand option(s) [wakup]; it accepts [arrival-timeout, delays, "
                    + "icr-timeout, init-delay, sipi-delay, wakeup]", createFailure("wakup=per-cpu"));
        }

        @Test
        void anUnknownStrategyOrDelaySetIsRefused() {
            assertEquals("Unknown wakeup 'mailbox' for platform x86; choose one of broadcast, per-cpu, parallel",
                    createFailure("wakeup=mailbox"));
            assertEquals("Unknown delays 'fast' for platform x86; choose one of seed, sdm, modern",
                    createFailure("delays=fast"));
        }

        @Test
        void aMalformedDelayIsRefusedNamingTheKey() {
            assertTrue(createFailure("init-delay=10").startsWith("init-delay: Invalid delay '10'"),
                    createFailure("init-delay=10"));
        }

        @Test
        void timeDelaysNeedTheTscFrequency() {
            PlatformException error = assertThrows(PlatformException.class, () -> WakeupTiming.resolve(IpiDelays.SDM,
                    WakeupTiming.ICR_IDLE_TIMEOUT, WakeupTiming.ARRIVAL_TIMEOUT, Optional.empty()));
            assertTrue(error.getMessage().contains("TSC frequency is unknown"), error.getMessage());
        }

        @Test
        void cycleDelaysDoNot() {
            WakeupTiming timing = WakeupTiming.resolve(IpiDelays.SEED, new Delay.Cycles(1000), new Delay.Cycles(5000),
                    Optional.empty());
            assertEquals(100_000_000L, timing.afterInitAssert());
            assertEquals(20_000_000L, timing.afterStartup());
        }
    }

    @Test
    void theDelaySetsAreTheirSourcesNumbers() {
        assertEquals(new Delay.Cycles(100_000_000L), IpiDelays.SEED.afterInitAssert());
        assertEquals(new Delay.Cycles(20_000_000L), IpiDelays.SEED.afterStartup());
        assertEquals(Delay.millis(10), IpiDelays.SDM.afterInitAssert());
        assertEquals(Delay.micros(200), IpiDelays.SDM.afterStartup());
        assertEquals(Delay.NONE, IpiDelays.MODERN.afterInitAssert());
        assertEquals(Delay.micros(10), IpiDelays.MODERN.afterStartup());
    }
}
