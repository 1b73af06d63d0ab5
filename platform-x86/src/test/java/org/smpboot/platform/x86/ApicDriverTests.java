package org.smpboot.platform.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.Apic;
import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.apic.LocalApicRegister;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.machine.MachineDescription;
import org.smpboot.platform.x86.apic.ApicDrivers;
import org.smpboot.platform.x86.apic.SpuriousVector;
import org.smpboot.platform.x86.apic.X2ApicDriver;
import org.smpboot.platform.x86.apic.XApicDriver;

/**
 * The xAPIC and x2APIC drivers against the machine's local APIC model.
 */
class ApicDriverTests {

    private static MachineDescription xapic(List<ApicId> ids) {
        return MachineDescription.builder().apicIds(ids).apicMode(ApicMode.XAPIC).seed(1).build();
    }

    @Nested
    class Selection {

        @Test
        void cpuidWithoutX2ApicGivesTheMmioDriver() {
            Apic apic = OnMachine.run(xapic(List.of(ApicId.of(0), ApicId.of(1))), ApicDrivers::forHardware).result();
            assertInstanceOf(XApicDriver.class, apic);
        }

        @Test
        void cpuidWithX2ApicGivesTheMsrDriver() {
            Apic apic = OnMachine.run(MachineDescription.builder().cpus(2).apicMode(ApicMode.X2APIC).build(),
                    ApicDrivers::forHardware).result();
            assertInstanceOf(X2ApicDriver.class, apic);
        }
    }

    @Nested
    class Identity {

        @Test
        void xapicIdsComeFromBits24To31NotTheRawRegister() {
            // The BSP has APIC ID 5: Asterinas before PR #3757 read the raw register and saw 0x05000000 → 0.
            ApicId id = OnMachine.run(xapic(List.of(ApicId.of(5), ApicId.of(1))), hardware -> {
                Apic apic = new XApicDriver(hardware);
                apic.enable();
                return apic.id();
            }).result();
            assertEquals(ApicId.of(5), id);
        }

        @Test
        void x2apicIdsAreThirtyTwoBits() {
            ApicId id = OnMachine.run(MachineDescription.builder().apicIds(List.of(ApicId.of(0x12345), ApicId.of(1)))
                    .apicMode(ApicMode.X2APIC).build(), hardware -> new X2ApicDriver(hardware).id()).result();
            assertEquals(ApicId.of(0x12345), id);
        }

        @Test
        void versionComesFromItsRegister() {
            int version = OnMachine.run(xapic(List.of(ApicId.of(0))), hardware -> new XApicDriver(hardware).version()
                    .version()).result();
            assertTrue(version >= 0x10, "an integrated APIC: " + version);
        }
    }

    @Nested
    class Enabling {

        @Test
        void enableSetsTheSoftwareEnableBitAndTheSpuriousVector() {
            int svr = OnMachine.run(xapic(List.of(ApicId.of(0))), hardware -> {
                new XApicDriver(hardware).enable();
                long base = new ApicBase(hardware.readMsr(ApicBase.MSR)).base();
                return hardware.mmioRead32(base + LocalApicRegister.SVR.mmioOffset());
            }).result();
            assertEquals(SpuriousVector.ENABLED, svr & SpuriousVector.ENABLED);
        }

        @Test
        void x2apicEnableLeavesEnAndExtdSet() {
            ApicBase base = OnMachine.run(MachineDescription.builder().cpus(1).apicMode(ApicMode.X2APIC).build(),
                    hardware -> {
                        new X2ApicDriver(hardware).enable();
                        return new ApicBase(hardware.readMsr(ApicBase.MSR));
                    }).result();
            assertTrue(base.isX2Apic());
        }
    }

    @Nested
    class Sending {

        @Test
        void xapicWritesTheDestinationBeforeTheLowWordThatSends() {
            // Had the low word gone first, the IPI would have left with the previous destination (0).
            List<Icr> sent = OnMachine.run(xapic(List.of(ApicId.of(0), ApicId.of(3))), hardware -> {
                Apic apic = new XApicDriver(hardware);
                apic.enable();
                apic.sendIpi(Icr.fixed(0x40).withPhysicalDestination(ApicId.of(3)));
                return null;
            }).sent();
            assertEquals(List.of(Icr.fixed(0x40).withPhysicalDestination(ApicId.of(3))), sent);
        }

        @Test
        void anIpiNobodyAcceptsLatchesASendAcceptErrorReadAfterAWrite() {
            ErrorStatus errors = OnMachine.run(xapic(List.of(ApicId.of(0), ApicId.of(1))), hardware -> {
                Apic apic = new XApicDriver(hardware);
                apic.enable();
                apic.clearErrorStatus();
                apic.sendIpi(Icr.of(DeliveryMode.NMI).withPhysicalDestination(ApicId.of(0x42)));
                apic.waitForIdle(1_000_000);
                return apic.readErrorStatus();
            }).result();
            assertTrue(errors.has(ErrorStatus.SEND_ACCEPT_ERROR), errors.toString());
        }

        @Test
        void clearingTheErrorStatusLeavesItClear() {
            ErrorStatus errors = OnMachine.run(xapic(List.of(ApicId.of(0), ApicId.of(1))), hardware -> {
                Apic apic = new XApicDriver(hardware);
                apic.enable();
                apic.sendIpi(Icr.of(DeliveryMode.NMI).withPhysicalDestination(ApicId.of(0x42)));
                apic.waitForIdle(1_000_000);
                apic.clearErrorStatus();
                return apic.readErrorStatus();
            }).result();
            assertTrue(errors.isClear(), errors.toString());
        }

        @Test
        void xapicWaitsForDeliveryStatusAndX2ApicHasNoneToWaitFor() {
            boolean xapicIdle = OnMachine.run(xapic(List.of(ApicId.of(0), ApicId.of(1))), hardware -> {
                Apic apic = new XApicDriver(hardware);
                apic.sendIpi(Icr.fixed(0x40).withPhysicalDestination(ApicId.of(1)));
                return apic.waitForIdle(10_000_000);
            }).result();
            assertTrue(xapicIdle);
            assertTrue(OnMachine.run(MachineDescription.builder().cpus(1).apicMode(ApicMode.X2APIC).build(),
                    hardware -> new X2ApicDriver(hardware).waitForIdle(0)).result());
        }
    }
}
