package org.smpboot.cli.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smpboot.cli.UsageException;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.kernel.api.platform.HardwareRequirement;
import org.smpboot.kernel.api.platform.Platform;
import org.smpboot.kernel.api.platform.PlatformEnvironment;
import org.smpboot.kernel.api.platform.PlatformProvider;
import org.smpboot.kernel.api.platform.ProbeResult;
import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.smp.platform.PlatformRegistry;
import picocli.CommandLine;

/** One boot's wiring: discovery, the usage errors platforms raise, a boot program that fails. */
class BootRunTests {

    private static PlatformRegistry discovered() {
        return PlatformRegistry.discover(BootRunTests.class.getClassLoader());
    }

    private static PlatformFlags flags(String... args) {
        PlatformFlags flags = new PlatformFlags();
        new CommandLine(flags).parseArgs(args);
        return flags;
    }

    private static Machine machine(int cpus) {
        return Machine.build(MachineDescription.builder().cpus(cpus).build());
    }

    @Test
    void theServiceLoaderFindsBothPlatformPluginsHighestPriorityFirst() {
        assertEquals(List.of("tdx", "x86"), discovered().ids());
    }

    @Test
    void everyApReachingTheKernelIsCounted() {
        AtomicInteger entered = new AtomicInteger();
        BootRun boot = BootRun.boot(machine(5), discovered(), flags(), entered::incrementAndGet);
        assertEquals(4, entered.get());
        assertTrue(boot.report().complete());
    }

    @Test
    void aPlatformRefusingAnOptionIsAUsageError() {
        UsageException error = assertThrows(UsageException.class,
                () -> BootRun.boot(machine(2), discovered(), flags("--wakeup", "sideways")));
        assertTrue(error.getMessage().startsWith("platform x86 refused --wakeup sideways: "), error.getMessage());
    }

    @Test
    void aBootProgramThatThrowsAbortsTheBootNamingTheException() {
        PlatformRegistry registry = PlatformRegistry.of(List.of(new Faulty()));
        BootAbortedException error = assertThrows(BootAbortedException.class,
                () -> BootRun.boot(machine(2), registry, flags("--platform", "faulty")));
        assertEquals("the kernel's boot program failed: IllegalStateException: the faulty strategy always throws",
                error.getMessage());
    }

    /** A platform whose wake-up strategy throws: a kernel defect, not a user error. */
    private static final class Faulty implements PlatformProvider {
        @Override
        public String id() {
            return "faulty";
        }

        @Override
        public String description() {
            return "throws from its wake-up strategy";
        }

        @Override
        public int priority() {
            return 0;
        }

        @Override
        public ProbeResult probe(HardwarePort hardware) {
            return ProbeResult.fits("always");
        }

        @Override
        public Platform create(PlatformEnvironment environment) {
            Platform x86 = discovered().byId("x86").orElseThrow().create(environment);
            return new Platform() {
                @Override
                public String name() {
                    return "faulty";
                }

                @Override
                public Apic apic() {
                    return x86.apic();
                }

                @Override
                public WakeupStrategy wakeupStrategy() {
                    return new WakeupStrategy() {
                        @Override
                        public String name() {
                            return "throws";
                        }

                        @Override
                        public WakeupReport wake(ApBootContext context) {
                            throw new IllegalStateException("the faulty strategy always throws");
                        }
                    };
                }

                @Override
                public List<HardwareRequirement> requirements() {
                    return List.of();
                }
            };
        }
    }
}
