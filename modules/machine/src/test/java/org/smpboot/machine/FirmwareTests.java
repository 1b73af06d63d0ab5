package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.acpi.rsdp.RsdpReader;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.DestinationShorthand;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.machine.fault.FaultSpec;
import org.smpboot.machine.trace.TraceEvent;

/** The firmware: memory map, RSDP, XSDT and MADT as a kernel finds them, and machines from real MADTs. */
class FirmwareTests {

    /** Follows RSDP → XSDT → first table, as a kernel does, and returns the MADT's bytes. */
    static byte[] madtOf(Machine machine) {
        PhysicalMemory memory = machine.memory();
        long rsdpAddress = machine.rsdpAddress().value();
        Rsdp rsdp = RsdpReader.read(memory.view(rsdpAddress, Rsdp.V2_SIZE), new Problems(Strictness.STRICT));
        long madtAddress = memory.readLong(rsdp.xsdtAddress() + SdtHeader.SIZE);
        int length = memory.readInt(madtAddress + 4);
        return memory.read(madtAddress, length);
    }

    static ProcessorView processorsOf(byte[] madt) {
        return ProcessorView.of(Madt.parse(MemorySegment.ofArray(madt), Strictness.STRICT), Strictness.STRICT);
    }

    static byte[] resource(String name) {
        try (InputStream in = FirmwareTests.class.getResourceAsStream("/madt/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class MemoryMap {

        private final Machine machine = Machine.build(MachineDescription.builder().memoryBytes(6L << 30).tdxGuest(1).build());

        private MemoryRegion regionOf(long address) {
            return machine.firmwareHandoff().regionContaining(address, 1).orElseThrow();
        }

        @Test
        void lowMemoryIsUsableAndTheBiosAreaReserved() {
            assertEquals(MemoryType.USABLE, regionOf(0x8000).type());
            assertEquals(MemoryType.RESERVED, regionOf(0xE0000).type());
        }

        @Test
        void theTablesAreAcpiReclaimableAndTheMailboxAcpiNvs() {
            long madt = machine.memory().readLong(RsdpReader.read(machine.memory().view(machine.rsdpAddress().value(),
                    Rsdp.V2_SIZE), new Problems(Strictness.STRICT)).xsdtAddress() + SdtHeader.SIZE);
            assertEquals(MemoryType.ACPI_RECLAIMABLE, regionOf(madt).type());
            assertEquals(MemoryType.ACPI_NVS, regionOf(machine.mailboxAddress().orElseThrow().value()).type());
            assertTrue(machine.mailboxAddress().orElseThrow().isPageAligned());
        }

        @Test
        void ramResumesAbove4GiBAfterThePciHole() {
            assertEquals(MemoryType.USABLE, regionOf(0x1_0000_0000L).type());
            assertEquals(Optional.empty(), machine.firmwareHandoff().regionContaining(0xFEE0_0000L, 1));
            assertFalse(machine.memory().isBacked(0xC000_0000L, 1));
            assertTrue(machine.memory().isBacked(0x1_0000_0000L + (3L << 30) - 1, 1));
        }

        @Test
        void theHandOffCarriesTheRsdpUnlessDescribedOtherwise() {
            assertEquals(Optional.of(PhysicalAddress.of(0xE0000)), machine.firmwareHandoff().rsdpAddress());
            Machine bios = Machine.build(MachineDescription.builder().rsdpInHandoff(false).build());
            assertEquals(Optional.empty(), bios.firmwareHandoff().rsdpAddress());
        }
    }

    @Nested
    class Tables {

        @Test
        void theRsdpIsInTheBiosAreaOnA16ByteBoundaryWithValidChecksums() {
            Machine machine = Machine.build(MachineDescription.builder().build());
            long address = machine.rsdpAddress().value();
            assertTrue(address >= 0xE0000 && address < 0x100000 && address % 16 == 0);
            Rsdp rsdp = RsdpReader.read(machine.memory().view(address, Rsdp.V2_SIZE), new Problems(Strictness.STRICT));
            assertTrue(rsdp.usesXsdt());
        }

        @Test
        void theMadtListsEveryProcessorWithTheRightStructure() {
            Machine machine = Machine.build(MachineDescription.builder().apicMode(ApicMode.X2APIC)
                    .apicIds(List.of(new ApicId(0), new ApicId(1), new ApicId(0x100))).build());
            ProcessorView view = processorsOf(madtOf(machine));
            assertEquals(machine.apicIds(), view.bootableApicIds());
        }

        @Test
        void aTdxGuestsMadtAnnouncesItsMailbox() {
            for (int version : new int[] {0, 1}) {
                Machine machine = Machine.build(MachineDescription.builder().tdxGuest(version).build());
                MultiprocessorWakeupEntry wakeup = Madt.parse(MemorySegment.ofArray(madtOf(machine)), Strictness.STRICT)
                        .multiprocessorWakeup().orElseThrow();
                assertEquals(version, wakeup.mailboxVersion());
                assertEquals(machine.mailboxAddress().orElseThrow().value(), wakeup.mailboxAddress());
                assertEquals(version == 1, wakeup.resetVector().isPresent());
            }
        }

        @Test
        void aBareMetalMadtHasNoWakeupStructure() {
            Machine machine = Machine.build(MachineDescription.builder().build());
            assertTrue(Madt.parse(MemorySegment.ofArray(madtOf(machine)), Strictness.STRICT).multiprocessorWakeup().isEmpty());
            assertTrue(machine.mailboxAddress().isEmpty());
        }
    }

    @Nested
    class MadtFaults {

        @Test
        void phantomProcessorsAreListedButAnIpiToThemFindsNoTaker() {
            Machine machine = Machine.build(MachineDescription.builder().cpus(3).fault(FaultSpec.parse("madt:phantom=2")).build());
            List<ApicId> listed = processorsOf(madtOf(machine)).bootableApicIds();
            assertEquals(List.of(0, 1, 2, 3, 4), listed.stream().map(ApicId::value).toList());
            int[] esr = new int[1];
            machine.run(hw -> {
                TestKernel.send(hw, ApicMode.XAPIC, Icr.of(DeliveryMode.INIT).withPhysicalDestination(new ApicId(4)));
                hw.spinFor(TestKernel.SIPI_DELAY);
                esr[0] = TestKernel.readEsr(hw, ApicMode.XAPIC);
            }, TestKernel.BUDGET);
            assertEquals(ErrorStatus.SEND_ACCEPT_ERROR, esr[0]);
        }

        @Test
        void anOmittedProcessorIsNotListedButABroadcastStillReachesIt() {
            Machine machine = Machine.build(MachineDescription.builder().cpus(4).fault(FaultSpec.parse("madt:omit=2")).build());
            assertEquals(List.of(0, 1, 3), processorsOf(madtOf(machine)).bootableApicIds().stream().map(ApicId::value).toList());
            MachineRun run = machine.run(hw -> {
                TestKernel.send(hw, ApicMode.XAPIC, Icr.of(DeliveryMode.INIT).withShorthand(DestinationShorthand.ALL_EXCLUDING_SELF));
                hw.spinFor(TestKernel.SIPI_DELAY);
            }, TestKernel.BUDGET);
            assertTrue(run.trace().ofType(TraceEvent.IpiDelivered.class).stream().anyMatch(e -> e.cpu().value() == 2));
        }
    }

    @Nested
    class FromARealMadt {

        private static final MachineDescription SETTINGS = MachineDescription.builder().build();

        @Test
        void theMachineHasExactlyTheEnabledProcessorsInTableOrder() {
            Machine machine = Machine.fromMadt(resource("acer-spin-sp315-51.APIC.bin"), SETTINGS);
            assertEquals(List.of(0, 2, 1, 3), machine.apicIds().stream().map(ApicId::value).toList());
        }

        @Test
        void theFirmwareServesThatTableByteForByte() {
            byte[] table = resource("acer-spin-sp315-51.APIC.bin");
            assertArrayEquals(table, madtOf(Machine.fromMadt(table, SETTINGS)));
        }

        @Test
        void x2ApicOnlyTablesWork() {
            Machine machine = Machine.fromMadt(resource("samsung-960qha.APIC.bin"), SETTINGS);
            assertEquals(new ApicId(0x46), machine.apicIds().getLast());
        }

        @Test
        void idsAbove0xfeMakeAnX2ApicMachine() {
            byte[] wide = new MadtBuilder()
                    .add(LocalApicEntry.of(0, new ApicId(0),
                            LocalApicFlags.ENABLED))
                    .add(LocalX2ApicEntry.of(new ApicId(0x300),
                            LocalApicFlags.ENABLED, 1))
                    .build();
            assertEquals(ApicMode.X2APIC, Machine.fromMadt(wide, SETTINGS).description().apicMode());
        }

        @Test
        void theBroadcastBootReachesEveryProcessorOfTheTable() {
            Machine machine = Machine.fromMadt(resource("acer-spin-sp315-51.APIC.bin"), SETTINGS);
            ApEntryPoint entry = BootImageFixture.countingEntry();
            MachineRun run = machine.run(hw -> {
                BootImageFixture.install(hw, entry);
                TestKernel.initSipiSipi(hw, ApicMode.XAPIC);
            }, TestKernel.BUDGET);
            assertEquals(4, run.count(CpuState.HALTED));
        }

        @Test
        void aTableWithoutX86ProcessorsIsRefused() {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Machine.fromMadt(resource("surface-pro-9-5g.APIC.bin"), SETTINGS));
            assertTrue(refused.getMessage().contains("no bootable x86 processor"), refused.getMessage());
        }

        @Test
        void garbageIsRefusedWithTheParsersReason() {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Machine.fromMadt(new byte[] {'A', 'P', 'I', 'C'}, SETTINGS));
            assertTrue(refused.getMessage().startsWith("Cannot build a machine from this MADT"), refused.getMessage());
        }

        @Test
        void madtFaultsAndTdxAreRefusedForAServedTable() {
            byte[] table = resource("acer-spin-sp315-51.APIC.bin");
            assertThrows(IllegalArgumentException.class, () -> Machine.fromMadt(table,
                    MachineDescription.builder().fault(FaultSpec.parse("madt:phantom=1")).build()));
            assertThrows(IllegalArgumentException.class, () -> Machine.fromMadt(table,
                    MachineDescription.builder().tdxGuest(0).build()));
        }

        @Test
        void processorFaultsApplyToTheTablesProcessors() {
            Machine machine = Machine.fromMadt(resource("acer-spin-sp315-51.APIC.bin"),
                    MachineDescription.builder().fault(FaultSpec.parse("cpu=3:dead")).build());
            assertEquals(CpuState.DEAD, machine.run(hw -> { }, 0).state(3));
        }
    }
}
