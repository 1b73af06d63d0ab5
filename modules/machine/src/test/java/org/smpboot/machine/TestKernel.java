package org.smpboot.machine;

import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.IcrCodec;
import org.smpboot.kernel.api.apic.IcrLayout;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * The few kernel routines the machine's tests run on the BSP: sending an IPI through the ICR of
 * either mode, reading the ESR the SDM's way, and the SDM's INIT-SIPI-SIPI sequence.
 */
final class TestKernel {

    /** The default xAPIC page. */
    static final long XAPIC_BASE = 0xFEE0_0000L;
    /** SDM §8.4.4.1: 10 ms after INIT, at 2 GHz. */
    static final long INIT_DELAY = 20_000_000;
    /** SDM §8.4.4.1: 200 µs after each SIPI, at 2 GHz. */
    static final long SIPI_DELAY = 400_000;
    /** A budget long enough for any test's bring-up: 1 s at 2 GHz. */
    static final long BUDGET = 2_000_000_000L;

    private TestKernel() {
    }

    /** Writes {@code icr} to the ICR: high then low word in xAPIC mode, MSR 0x830 in x2APIC mode. */
    static void send(HardwarePort hw, ApicMode mode, Icr icr) {
        sendRaw(hw, mode, IcrCodec.encode(icr, mode));
    }

    /** Writes a raw ICR value, rules unchecked, as buggy kernel code might. */
    static void sendRaw(HardwarePort hw, ApicMode mode, long raw) {
        if (mode == ApicMode.XAPIC) {
            hw.mmioWrite32(XAPIC_BASE + IcrLayout.XAPIC_ICR_HIGH_OFFSET, IcrLayout.high(raw));
            hw.mmioWrite32(XAPIC_BASE + IcrLayout.XAPIC_ICR_LOW_OFFSET, IcrLayout.low(raw));
        } else {
            hw.writeMsr(IcrLayout.X2APIC_ICR_MSR, raw);
        }
    }

    /** SDM §10.5.3: write the ESR to latch the errors collected since the last write, then read it. */
    static int readEsr(HardwarePort hw, ApicMode mode) {
        if (mode == ApicMode.XAPIC) {
            hw.mmioWrite32(XAPIC_BASE + 0x280, 0);
            return hw.mmioRead32(XAPIC_BASE + 0x280);
        }
        hw.writeMsr(0x828, 0);
        return (int) hw.readMsr(0x828);
    }

    /** The SDM's broadcast INIT-SIPI-SIPI to the image at {@link BootImageFixture#IMAGE_ADDRESS}. */
    static void initSipiSipi(HardwarePort hw, ApicMode mode) {
        send(hw, mode, Icr.of(DeliveryMode.INIT).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF));
        hw.spinFor(INIT_DELAY);
        Icr sipi = Icr.startup(BootImageFixture.IMAGE_ADDRESS).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF);
        send(hw, mode, sipi);
        hw.spinFor(SIPI_DELAY);
        send(hw, mode, sipi);
        hw.spinFor(SIPI_DELAY);
    }
}
