package org.smpboot.platform.tdx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.firmware.MemoryRegion;
import org.smpboot.kernel.api.firmware.MemoryType;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.wakeup.ApArrivals;
import org.smpboot.kernel.api.wakeup.ApBootContext;

/**
 * The checks a TDX guest makes on the mailbox a (hostile) firmware describes, one rule each.
 */
class MailboxCheckTests {

    private static final List<MemoryRegion> MAP = List.of(
            new MemoryRegion(PhysicalAddress.of(0), 0x7F000, MemoryType.USABLE),
            new MemoryRegion(PhysicalAddress.of(0x7F000), 0x1000, MemoryType.ACPI_NVS),
            new MemoryRegion(PhysicalAddress.of(0x80000), 0x20000, MemoryType.USABLE),
            new MemoryRegion(PhysicalAddress.of(0x100000), 0x100000, MemoryType.USABLE),
            new MemoryRegion(PhysicalAddress.of(0x200000), 0x2000, MemoryType.RESERVED));

    private static final ApBootContext CONTEXT = new ApBootContext(PhysicalAddress.of(0x8000),
            PhysicalAddress.of(0x8040), 4096, List.of(), ApArrivals.NONE);

    private static Optional<String> check(long address, int version, List<MemoryRegion> map) {
        return MailboxCheck.problem(new MultiprocessorWakeupMailbox(PhysicalAddress.of(address), version,
                Optional.empty()), map, CONTEXT);
    }

    @Test
    void aMailboxInAcpiNvsOrReservedMemoryPasses() {
        assertEquals(Optional.empty(), check(0x7F000, 0, MAP));
        assertEquals(Optional.empty(), check(0x201000, 1, MAP));
    }

    @Test
    void anUnknownVersionIsRefused() {
        assertEquals(Optional.of("mailbox version 2 is unknown (smpboot speaks 0 and 1)"), check(0x7F000, 2, MAP));
    }

    @Test
    void anUnalignedAddressIsRefused() {
        assertEquals(Optional.of("mailbox address 0x7f010 is not 4 KiB aligned"), check(0x7F010, 0, MAP));
    }

    @Test
    void aPageOutsideTheMemoryMapIsRefused() {
        assertTrue(check(0xFEC0_0000L, 0, MAP).orElseThrow().contains("not inside any region"));
    }

    @Test
    void aPageInKernelRamIsRefused() {
        String problem = check(0x150000, 0, MAP).orElseThrow();
        assertTrue(problem.contains("in USABLE memory"), problem);
    }

    @Test
    void aMapThatListsThePageAsBothFirmwareMemoryAndRamIsRefused() {
        List<MemoryRegion> twice = List.of(new MemoryRegion(PhysicalAddress.of(0x7F000), 0x1000, MemoryType.ACPI_NVS),
                new MemoryRegion(PhysicalAddress.of(0x70000), 0x20000, MemoryType.USABLE));
        assertTrue(check(0x7F000, 0, twice).orElseThrow().contains("in USABLE memory"));
    }

    @Test
    void aPageThatStraddlesTwoRegionsIsRefused() {
        List<MemoryRegion> straddle = List.of(new MemoryRegion(PhysicalAddress.of(0x7F000), 0x800, MemoryType.ACPI_NVS),
                new MemoryRegion(PhysicalAddress.of(0x7F800), 0x800, MemoryType.ACPI_NVS));
        assertTrue(check(0x7F000, 0, straddle).orElseThrow().contains("not inside any region"));
    }

    @Test
    void aMailboxOnTheBootImageIsRefusedEvenIfTheMapCallsItFirmwareMemory() {
        List<MemoryRegion> lying = List.of(new MemoryRegion(PhysicalAddress.of(0x8000), 0x1000, MemoryType.ACPI_NVS));
        assertEquals(Optional.of("mailbox page 0x8000 overlaps the AP boot image at 0x8000"), check(0x8000, 0, lying));
    }
}
