package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.machine.fault.FaultSpec;

class MachineDescriptionTests {

    private static String refusal(MachineDescription.Builder builder) {
        return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
    }

    @Nested
    class ApicIds {

        @Test
        void contiguousIdsFollowTheCpuIndex() {
            assertEquals(List.of(new ApicId(0), new ApicId(1), new ApicId(2)),
                    MachineDescription.builder().cpus(3).build().assignedApicIds());
        }

        @Test
        void aTopologyLeavesGapsWhereCountsAreNotPowersOfTwo() {
            List<ApicId> ids = MachineDescription.builder().topology(2, 3, 1).build().assignedApicIds();
            assertEquals(List.of(0, 1, 2, 4, 5, 6), ids.stream().map(ApicId::value).toList());
        }

        @Test
        void threadsTakeTheLowBits() {
            List<ApicId> ids = MachineDescription.builder().topology(1, 3, 2).build().assignedApicIds();
            assertEquals(List.of(0, 1, 2, 3, 4, 5), ids.stream().map(ApicId::value).toList());
            List<ApicId> odd = MachineDescription.builder().topology(1, 2, 3).build().assignedApicIds();
            assertEquals(List.of(0, 1, 2, 4, 5, 6), odd.stream().map(ApicId::value).toList());
        }

        @Test
        void anXApicMachineRefusesIdsAbove0xfe() {
            String message = refusal(MachineDescription.builder().cpus(256));
            assertTrue(message.contains("0xff") && message.contains("x2APIC"), message);
        }

        @Test
        void anX2ApicMachineTakesWideIds() {
            MachineDescription description = MachineDescription.builder().cpus(300).apicMode(ApicMode.X2APIC).build();
            assertEquals(new ApicId(299), description.assignedApicIds().get(299));
        }

        @Test
        void explicitIdsMustBeDistinct() {
            assertThrows(IllegalArgumentException.class,
                    () -> MachineDescription.builder().apicIds(List.of(new ApicId(1), new ApicId(1))));
        }

        @Test
        void theX2ApicBroadcastIdIsNoProcessorsId() {
            String message = refusal(MachineDescription.builder().apicMode(ApicMode.X2APIC)
                    .apicIds(List.of(new ApicId(0), ApicId.X2APIC_BROADCAST)));
            assertTrue(message.contains("broadcast"), message);
        }
    }

    @Nested
    class Fields {

        @Test
        void aTdxGuestRunsInX2ApicMode() {
            assertEquals(ApicMode.X2APIC, MachineDescription.builder().tdxGuest(0).build().apicMode());
            String message = refusal(MachineDescription.builder().tdxGuest(0).apicMode(ApicMode.XAPIC));
            assertTrue(message.contains("x2APIC"), message);
        }

        @Test
        void theTscFrequencyMustBeStatableInCpuidLeaf0x15() {
            assertTrue(refusal(MachineDescription.builder().tscHz(2_000_000_001L)).contains("1 kHz"));
            assertTrue(refusal(MachineDescription.builder().tscHz(999_000)).contains("1 MHz"));
        }

        @Test
        void memoryMustBePagesAndAtLeastFourMebibytes() {
            assertTrue(refusal(MachineDescription.builder().memoryBytes(1 << 20)).contains("4 MiB"));
            assertTrue(refusal(MachineDescription.builder().memoryBytes((64L << 20) + 1)).contains("4 KiB"));
        }

        @Test
        void theCpuCountIsBounded() {
            assertTrue(refusal(MachineDescription.builder().cpus(0)).contains("CPU count 0"));
        }

        @Test
        void mailboxVersionsAreZeroOrOne() {
            assertTrue(refusal(MachineDescription.builder().tdxGuest(2)).contains("mailbox version 2"));
        }
    }

    @Nested
    class Faults {

        @Test
        void applicationProcessorFaultsRefuseTheBsp() {
            String message = refusal(MachineDescription.builder().fault(FaultSpec.parse("cpu=0:dead")));
            assertTrue(message.contains("bootstrap processor"), message);
        }

        @Test
        void faultsMustNameAnExistingCpu() {
            String message = refusal(MachineDescription.builder().cpus(4).fault(FaultSpec.parse("cpu=4:bad-boot-code")));
            assertTrue(message.contains("cpus 0 to 3"), message);
            assertThrows(IllegalArgumentException.class,
                    () -> MachineDescription.builder().cpus(4).fault(FaultSpec.parse("madt:omit=9")).build());
        }

        @Test
        void mailboxFaultsNeedATdxGuest() {
            String message = refusal(MachineDescription.builder().fault(FaultSpec.parse("mailbox:never-ack=1")));
            assertTrue(message.contains("TDX"), message);
        }

        @Test
        void theMadtMayOmitTheBsp() {
            assertEquals(1, MachineDescription.builder().fault(FaultSpec.parse("madt:omit=0")).build().faults().size());
        }
    }
}
