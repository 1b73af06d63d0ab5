package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.DeliveryMode;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.firmware.MailboxCommand;
import org.smpboot.machine.fault.FaultSpec;
import org.smpboot.machine.trace.TraceEvent;

/** Every kind of injected fault, as the description declares it and the kernel experiences it. */
class FaultInjectionTests {

    private static Machine bare(int cpus, String fault) {
        return Machine.build(MachineDescription.builder().cpus(cpus).fault(FaultSpec.parse(fault)).build());
    }

    private static MachineRun broadcastBoot(Machine machine) {
        ApEntryPoint entry = BootImageFixture.countingEntry();
        return machine.run(hw -> {
            BootImageFixture.install(hw, entry);
            TestKernel.initSipiSipi(hw, ApicMode.XAPIC);
        }, TestKernel.BUDGET);
    }

    @Test
    void aDeadProcessorNeverLeavesResetAndAcceptsNoIpi() {
        int[] esr = new int[1];
        MachineRun broadcast = broadcastBoot(bare(3, "cpu=2:dead"));
        assertEquals(CpuState.DEAD, broadcast.state(2));
        assertEquals(CpuState.HALTED, broadcast.state(1));
        MachineRun unicast = bare(3, "cpu=2:dead").run(hw -> {
            TestKernel.send(hw, ApicMode.XAPIC, Icr.of(DeliveryMode.INIT).withPhysicalDestination(new ApicId(2)));
            hw.spinFor(TestKernel.SIPI_DELAY);
            esr[0] = TestKernel.readEsr(hw, ApicMode.XAPIC);
        }, TestKernel.BUDGET);
        assertEquals(ErrorStatus.SEND_ACCEPT_ERROR, esr[0]);
        assertEquals(1, unicast.trace().ofType(TraceEvent.IpiNotAccepted.class).size());
    }

    @Test
    void aProcessorThatLosesItsFirstSipiStartsOnTheSecond() {
        Machine machine = bare(2, "cpu=1:ignore-first-sipi");
        MachineRun run = broadcastBoot(machine);
        assertEquals(CpuState.HALTED, run.state(1));
        assertEquals(1, machine.memory().readInt(BootImageFixture.COUNTER));
        assertTrue(run.trace().ofType(TraceEvent.IpiIgnored.class).getFirst().reason().contains("ignore-first-sipi"));
    }

    @Test
    void aLoneSipiDoesNotStartAProcessorThatLosesItsFirst() {
        ApEntryPoint entry = BootImageFixture.countingEntry();
        MachineRun run = bare(2, "cpu=1:ignore-first-sipi").run(hw -> {
            BootImageFixture.install(hw, entry);
            TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS).withPhysicalDestination(new ApicId(1)));
        }, TestKernel.BUDGET);
        assertEquals(CpuState.WAIT_FOR_SIPI, run.state(1));
    }

    @Test
    void aLateProcessorArrivesAfterItsDelay() {
        MachineRun onTime = broadcastBoot(bare(2, "cpu=1:late=0ns"));
        MachineRun late = broadcastBoot(bare(2, "cpu=1:late=3ms"));
        long onTimeEntry = onTime.trace().ofType(TraceEvent.KernelEntered.class).getFirst().cycle();
        long lateEntry = late.trace().ofType(TraceEvent.KernelEntered.class).getFirst().cycle();
        assertEquals(6_000_000, lateEntry - onTimeEntry, "3 ms at 2 GHz");
    }

    @Test
    void aProcessorWithBadBootCodeTripleFaultsWhenItStarts() {
        MachineRun run = broadcastBoot(bare(3, "cpu=1:bad-boot-code"));
        assertEquals(CpuState.FAULTED, run.state(1));
        assertTrue(run.cpu(1).faultReason().orElseThrow().contains("bad-boot-code"));
        assertEquals(CpuState.HALTED, run.state(2));
    }

    private static MachineRun wakeOverMailbox(String fault, long ackTimeout) {
        Machine machine = Machine.build(MachineDescription.builder().cpus(2).tdxGuest(0).fault(FaultSpec.parse(fault)).build());
        long mailbox = machine.mailboxAddress().orElseThrow().value();
        ApEntryPoint entry = BootImageFixture.countingEntry();
        return machine.run(hw -> {
            BootImageFixture.install(hw, entry);
            hw.memory().writeInt(mailbox + 4, 1);
            hw.memory().writeLong(mailbox + 8, BootImageFixture.IMAGE_ADDRESS + 0x40);
            hw.memory().writeShortRelease(mailbox, (short) MailboxCommand.WAKEUP.encoding());
            boolean acked = hw.spinUntil(() -> hw.memory().readShortAcquire(mailbox) == 0, ackTimeout);
            hw.memory().writeInt(BootImageFixture.COUNTER + 64, acked ? 1 : 0);
        }, TestKernel.BUDGET);
    }

    @Test
    void aMailboxThatNeverAcknowledgesLeavesTheApInFirmware() {
        MachineRun run = wakeOverMailbox("mailbox:never-ack=1", 20_000_000);
        assertEquals(CpuState.IN_FIRMWARE, run.state(1));
        assertEquals(0, run.trace().ofType(TraceEvent.MailboxAcknowledged.class).size());
    }

    @Test
    void aMailboxThatAcknowledgesLateMissesAShortWaitButWakesTheAp() {
        MachineRun run = wakeOverMailbox("mailbox:late-ack=1:5ms", 2_000_000);
        long written = run.trace().ofType(TraceEvent.MailboxCommandWritten.class).getFirst().cycle();
        long acked = run.trace().ofType(TraceEvent.MailboxAcknowledged.class).getFirst().cycle();
        assertTrue(acked - written >= 10_000_000, "acknowledged after 5 ms");
        assertEquals(CpuState.HALTED, run.state(1), "the AP still wakes: a late wake-up is why kernels must guard stale boot code");
    }

    @Test
    void aDeadTdxProcessorNeverAnswersTheMailbox() {
        MachineRun run = wakeOverMailbox("cpu=1:dead", 20_000_000);
        assertEquals(CpuState.DEAD, run.state(1));
        assertFalse(run.trace().ofType(TraceEvent.MailboxCommandUnserved.class).isEmpty());
    }
}
