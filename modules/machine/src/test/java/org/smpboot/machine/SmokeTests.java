package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.boot.ApEntryPoint;

class SmokeTests {

    @Test
    void initSipiSipiBootsEveryAp() {
        Machine machine = Machine.build(MachineDescription.builder().cpus(4).build());
        ApEntryPoint entry = BootImageFixture.countingEntry();
        MachineRun run = machine.run(hw -> {
            BootImageFixture.install(hw, entry);
            long init = IcrCodec.encode(Icr.of(DeliveryMode.INIT).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF), ApicMode.XAPIC);
            long sipi = IcrCodec.encode(Icr.startup(0x8000).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF), ApicMode.XAPIC);
            hw.mmioWrite32(0xFEE00300L, IcrLayout.low(init));
            hw.spinFor(20_000_000);
            hw.mmioWrite32(0xFEE00300L, IcrLayout.low(sipi));
            hw.spinFor(400_000);
            hw.mmioWrite32(0xFEE00300L, IcrLayout.low(sipi));
            hw.spinUntil(() -> hw.memory().readInt(BootImageFixture.COUNTER) == 3, 100_000_000);
        }, 1_000_000_000L);
        run.trace().lines().forEach(System.out::println);
        assertEquals(4, run.count(CpuState.HALTED));
    }
}
