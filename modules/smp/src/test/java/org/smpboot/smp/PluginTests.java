package org.smpboot.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformOptions;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.platform.tdx.TdxPlatformProvider;
import org.smpboot.smp.boot.BringUpSettings;
import org.smpboot.smp.inject.SmpbootModule;
import org.smpboot.smp.platform.PlatformChoice;
import org.smpboot.smp.platform.PlatformRegistry;
import org.smpboot.smp.platform.PlatformSelection;
import org.smpboot.smp.report.BootReport;

/**
 * Platforms are plugins: discovered, validated, selected by probe or by name, and replaceable in
 * part through Guice, with no change to kernel-api or the bring-up.
 */
class PluginTests {

    private static MachineDescription eightCpus() {
        return MachineDescription.builder().cpus(8).apicMode(ApicMode.X2APIC).seed(4).build();
    }

    @Nested
    class Discovery {

        @Test
        void serviceLoaderFindsX86AndTdxHighestPriorityFirst() {
            assertEquals(List.of("tdx", "x86"), SimulatedBoot.registry().ids());
        }

        @Test
        void autoPicksX86OnBareMetalAndSaysWhyTdxDoesNotFit() {
            Machine machine = Machine.build(eightCpus());
            machine.run(hardware -> {
                PlatformSelection selection = PlatformSelection.select(SimulatedBoot.registry(), hardware,
                        PlatformChoice.auto());
                assertEquals("x86", selection.chosen().id());
                assertTrue(selection.probes().get("tdx").reason().contains("not a TDX guest"),
                        selection.probes().toString());
            }, 1_000_000);
        }

        @Test
        void anUnknownNameListsTheAvailablePlatforms() {
            Machine machine = Machine.build(eightCpus());
            machine.run(hardware -> {
                PlatformException error = assertThrows(PlatformException.class, () -> PlatformSelection.select(
                        SimulatedBoot.registry(), hardware, new PlatformChoice("arm")));
                assertEquals("Unknown platform 'arm'; available: auto, tdx, x86", error.getMessage());
            }, 1_000_000);
        }
    }

    @Nested
    class Validation {

        @Test
        void twoProvidersWithOneIdAreRejectedNamingBothClassesAndModules() {
            PlatformProvider x86 = SimulatedBoot.registry().byId("x86").orElseThrow();
            PlatformException error = assertThrows(PlatformException.class,
                    () -> PlatformRegistry.of(List.of(x86, new Impostor("x86"))));
            assertTrue(error.getMessage().startsWith("Two platform providers claim the ID 'x86': "
                    + "org.smpboot.platform.x86.X86PlatformProvider (module org.smpboot.platform.x86) and "),
                    error.getMessage());
            assertTrue(error.getMessage().contains("org.smpboot.smp.PluginTests$Impostor"), error.getMessage());
        }

        @Test
        void blankAndUpperCaseIdsAreRejected() {
            assertThrows(PlatformException.class, () -> PlatformRegistry.of(List.of(new Impostor(" "))));
            assertThrows(PlatformException.class, () -> PlatformRegistry.of(List.of(new Impostor("X86"))));
        }

        @Test
        void explicitProvidersJoinDiscoveredOnes() {
            PlatformRegistry registry = PlatformRegistry.of(List.of(new TdxPlatformProvider()))
                    .with(List.of(new SipiOnlyProvider()));
            assertEquals(List.of("tdx", "sipi-only"), registry.ids());
        }
    }

    @Nested
    class ThirdParty {

        @Test
        void aProviderOnTheTestPathBootsWithoutAnyChangeToTheKernel() {
            PlatformRegistry registry = SimulatedBoot.registry().with(List.of(new SipiOnlyProvider()));
            SimulatedBoot boot = SimulatedBoot.of(Machine.build(eightCpus()), hardware -> new SmpbootModule(hardware,
                    registry, new PlatformChoice("sipi-only"), PlatformOptions.NONE, BringUpSettings.DEFAULTS));
            BootReport report = boot.requireReport();
            assertEquals("sipi-only", report.platform());
            assertTrue(report.complete(), report.cpus().toString());
        }

        @Test
        void aPrototypeReplacesOnlyTheWakeupStrategyThroughGuice() {
            SimulatedBoot boot = SimulatedBoot.of(Machine.build(eightCpus()), hardware -> Modules.override(
                    new SmpbootModule(hardware, SimulatedBoot.registry(), PlatformChoice.auto(), PlatformOptions.NONE,
                            BringUpSettings.DEFAULTS)).with(new AbstractModule() {
                                @Provides
                                WakeupStrategy countingStrategy(HardwarePort port) {
                                    return new WakeupStrategy() {
                                        @Override
                                        public String name() {
                                            return "wakes-nobody";
                                        }

                                        @Override
                                        public WakeupReport wake(org.smpboot.kernel.api.wakeup.ApBootContext context) {
                                            return WakeupReport.of(name(), context, Map.of());
                                        }
                                    };
                                }
                            }));
            // The strategy returned no outcomes for 7 targets: the report contract catches it.
            assertTrue(boot.failure() instanceof IllegalArgumentException, String.valueOf(boot.failure()));
        }
    }

    /** A provider that only exists to collide or misbehave. */
    private record Impostor(String id) implements PlatformProvider {
        @Override
        public String description() {
            return "impostor";
        }

        @Override
        public int priority() {
            return 1;
        }

        @Override
        public ProbeResult probe(HardwarePort hardware) {
            return ProbeResult.unfit("impostor");
        }

        @Override
        public org.smpboot.kernel.api.platform.Platform create(org.smpboot.kernel.api.platform.PlatformEnvironment e) {
            throw new PlatformException("impostor");
        }
    }
}
