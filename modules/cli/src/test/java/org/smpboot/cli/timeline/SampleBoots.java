package org.smpboot.cli.timeline;

import org.smpboot.cli.boot.BootRun;
import org.smpboot.cli.boot.PlatformFlags;
import org.smpboot.machine.Machine;
import org.smpboot.machine.MachineDescription;
import org.smpboot.machine.fault.Fault;
import org.smpboot.machine.fault.FaultSpec;
import org.smpboot.smp.platform.PlatformRegistry;

/**
 * The boots the writers' tests draw: 3 CPUs (a row each, every arrow visible) and 4,096 CPUs (the
 * aggregate view, tens of thousands of events), each run once per test JVM.
 */
final class SampleBoots {

    private SampleBoots() {
    }

    /** {@return the timeline of a boot of {@code description}} */
    static Timeline timeline(MachineDescription description) {
        BootRun boot = BootRun.boot(Machine.build(description),
                PlatformRegistry.discover(SampleBoots.class.getClassLoader()), new PlatformFlags());
        return TimelineBuilder.of("sample", boot.report(), boot.run());
    }

    /** Three CPUs, the seed's broadcast. */
    static final class Three {
        static final Timeline TIMELINE = timeline(MachineDescription.builder().cpus(3).seed(3).build());

        private Three() {
        }
    }

    /** 4,096 CPUs in x2APIC mode, one of them dead. */
    static final class FourThousand {
        static final Fault DEAD = FaultSpec.parse("cpu=77:dead");
        static final Timeline TIMELINE = timeline(MachineDescription.builder().cpus(4096)
                .apicMode(org.smpboot.kernel.api.apic.ApicMode.X2APIC).fault(DEAD).build());

        private FourThousand() {
        }
    }
}
