package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicBase;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.apic.ApicVersion;
import org.smpboot.kernel.api.apic.ErrorStatus;
import org.smpboot.kernel.api.apic.Icr;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.hw.HardwarePort;
import org.smpboot.machine.trace.TraceEvent;

/** The local APIC's registers through the xAPIC page and the x2APIC MSRs, and IA32_APIC_BASE. */
class LocalApicRegisterTests {

    private static final long BASE = TestKernel.XAPIC_BASE;

    /** Runs {@code program} on the BSP of a 2-CPU machine in {@code mode} and returns what it recorded. */
    private static List<Long> onBsp(ApicMode mode, ToLongFunction<HardwarePort> program) {
        List<Long> seen = new ArrayList<>();
        MachineRun run = Machine.build(MachineDescription.builder().cpus(2).apicMode(mode).build())
                .run(hw -> seen.add(program.applyAsLong(hw)), TestKernel.BUDGET);
        assertEquals(CpuState.HALTED, run.state(0), () -> run.cpu(0).faultReason().orElse(""));
        return seen;
    }

    /** {@return the BSP's fault reason after {@code program}} */
    private static String faultOf(ApicMode mode, Consumer<HardwarePort> program) {
        MachineRun run = Machine.build(MachineDescription.builder().cpus(2).apicMode(mode).build())
                .run(program, TestKernel.BUDGET);
        assertEquals(CpuState.FAULTED, run.state(0));
        return run.cpu(0).faultReason().orElseThrow();
    }

    @Nested
    class Identity {

        @Test
        void theXApicIdRegisterHoldsTheIdInBits24To31() {
            List<Long> id = new ArrayList<>();
            Machine.build(MachineDescription.builder().topology(1, 3, 1).build()).run(hw ->
                    id.add((long) hw.mmioRead32(BASE + 0x20)), TestKernel.BUDGET);
            assertEquals(List.of(0L), id);
        }

        @Test
        void theX2ApicIdMsrHoldsAll32Bits() {
            List<Long> ids = new ArrayList<>();
            Machine machine = Machine.build(MachineDescription.builder().apicMode(ApicMode.X2APIC)
                    .apicIds(List.of(new ApicId(0x1234_5678))).build());
            machine.run(hw -> ids.add(hw.readMsr(0x802)), TestKernel.BUDGET);
            assertEquals(List.of(0x1234_5678L), ids);
        }

        @Test
        void theX2ApicLdrIsDerivedFromTheId() {
            List<Long> ldr = new ArrayList<>();
            Machine machine = Machine.build(MachineDescription.builder().apicMode(ApicMode.X2APIC)
                    .apicIds(List.of(new ApicId(0x23))).build());
            machine.run(hw -> ldr.add(hw.readMsr(0x80D)), TestKernel.BUDGET);
            assertEquals(List.of((2L << 16) | (1L << 3)), ldr, "cluster 0x23 >> 4 = 2, member bit 0x23 & 0xf = 3");
        }

        @Test
        void theVersionRegisterReportsAnIntegratedApic() {
            List<Long> version = onBsp(ApicMode.X2APIC, hw -> hw.readMsr(0x803));
            assertTrue(ApicVersion.decode(version.getFirst().intValue()).isIntegrated());
        }

        @Test
        void theX2ApicIdIsReadOnly() {
            assertTrue(faultOf(ApicMode.X2APIC, hw -> hw.writeMsr(0x802, 7)).contains("read-only"));
        }
    }

    @Nested
    class IllegalAccesses {

        @Test
        void anMmioOffsetWithoutARegisterSetsIllegalRegisterAddress() {
            List<Long> esr = onBsp(ApicMode.XAPIC, hw -> {
                hw.mmioRead32(BASE + 0x3F0);
                return TestKernel.readEsr(hw, ApicMode.XAPIC);
            });
            assertEquals(List.of((long) ErrorStatus.ILLEGAL_REGISTER_ADDRESS), esr);
        }

        @Test
        void anX2ApicMsrWithoutARegisterRaisesGeneralProtection() {
            assertTrue(faultOf(ApicMode.X2APIC, hw -> hw.readMsr(0x831)).startsWith("#GP: RDMSR 0x831"));
        }

        @Test
        void x2ApicMsrsDoNotExistInXApicMode() {
            assertTrue(faultOf(ApicMode.XAPIC, hw -> hw.readMsr(0x802)).contains("only in x2APIC mode"));
        }

        @Test
        void theXApicPageDoesNotDecodeInX2ApicMode() {
            assertTrue(faultOf(ApicMode.X2APIC, hw -> hw.mmioRead32(BASE + 0x20)).startsWith("Physical memory fault at 0xfee00020"));
        }

        @Test
        void onlyZeroMayBeWrittenToTheX2ApicEsr() {
            assertTrue(faultOf(ApicMode.X2APIC, hw -> hw.writeMsr(0x828, 1)).contains("reserved bits"));
        }

        @Test
        void anUnknownMsrRaisesGeneralProtection() {
            assertTrue(faultOf(ApicMode.XAPIC, hw -> hw.readMsr(0x1234)).contains("no such MSR"));
        }

        @Test
        void anIllegalRegisterAccessIsTraced() {
            MachineRun run = Machine.build(MachineDescription.builder().cpus(1).build())
                    .run(hw -> hw.mmioWrite32(BASE + 0x004, 1), TestKernel.BUDGET);
            assertEquals(ErrorStatus.ILLEGAL_REGISTER_ADDRESS, run.trace().ofType(TraceEvent.ApicError.class).getFirst().bits());
        }
    }

    @Nested
    class ApicBaseMsr {

        @Test
        void onlyTheBspHasTheBspFlag() {
            List<Long> bases = new ArrayList<>();
            ApEntryPoint probe = hw -> bases.add(hw.readMsr(ApicBase.MSR));
            Machine.build(MachineDescription.builder().cpus(2).build()).run(hw -> {
                probe.enter(hw);
                BootImageFixture.install(hw, probe);
                TestKernel.send(hw, ApicMode.XAPIC, Icr.startup(BootImageFixture.IMAGE_ADDRESS)
                        .withPhysicalDestination(new ApicId(1)));
            }, TestKernel.BUDGET);
            assertEquals(2, bases.size());
            assertTrue(new ApicBase(bases.get(0)).isBsp());
            assertFalse(new ApicBase(bases.get(1)).isBsp());
        }

        @Test
        void anX2ApicMachineComesUpInX2ApicMode() {
            List<Long> base = onBsp(ApicMode.X2APIC, hw -> hw.readMsr(ApicBase.MSR));
            assertEquals(ApicMode.X2APIC, new ApicBase(base.getFirst()).mode());
            assertEquals(ApicBase.DEFAULT_BASE, new ApicBase(base.getFirst()).base());
        }

        @Test
        void anXApicCapableOfX2ApicMaySwitchToX2ApicMode() {
            Machine machine = Machine.build(MachineDescription.builder().cpus(1).apicMode(ApicMode.X2APIC).build());
            List<Long> id = new ArrayList<>();
            machine.run(hw -> {
                long base = hw.readMsr(ApicBase.MSR);
                hw.writeMsr(ApicBase.MSR, base & ~(ApicBase.EXTD | ApicBase.ENABLE));
                hw.writeMsr(ApicBase.MSR, base & ~ApicBase.EXTD);
                id.add((long) hw.mmioRead32(BASE + 0x20));
                hw.writeMsr(ApicBase.MSR, base);
                id.add(hw.readMsr(0x802));
            }, TestKernel.BUDGET);
            assertEquals(List.of(0L, 0L), id);
        }

        @Test
        void x2ApicToXApicIsAnIllegalTransition() {
            String reason = faultOf(ApicMode.X2APIC, hw -> hw.writeMsr(ApicBase.MSR, ApicBase.DEFAULT_BASE | ApicBase.ENABLE | ApicBase.BSP));
            assertTrue(reason.contains("illegal transition"), reason);
        }

        @Test
        void extdWithoutEnIsTheInvalidState() {
            String reason = faultOf(ApicMode.X2APIC, hw -> hw.writeMsr(ApicBase.MSR, ApicBase.DEFAULT_BASE | ApicBase.EXTD));
            assertTrue(reason.contains("invalid APIC state"), reason);
        }

        @Test
        void disabledToX2ApicIsAnIllegalTransition() {
            String reason = faultOf(ApicMode.X2APIC, hw -> {
                hw.writeMsr(ApicBase.MSR, ApicBase.DEFAULT_BASE);
                hw.writeMsr(ApicBase.MSR, ApicBase.DEFAULT_BASE | ApicBase.ENABLE | ApicBase.EXTD);
            });
            assertTrue(reason.contains("disabled to x2APIC"), reason);
        }

        @Test
        void aProcessorWithoutX2ApicRefusesExtd() {
            String reason = faultOf(ApicMode.XAPIC, hw -> hw.writeMsr(ApicBase.MSR,
                    ApicBase.DEFAULT_BASE | ApicBase.ENABLE | ApicBase.EXTD | ApicBase.BSP));
            assertTrue(reason.contains("without x2APIC"), reason);
        }
    }

    @Nested
    class Timer {

        @Test
        void theCurrentCountFallsAtTheCrystalClockOverTheDivisor() {
            List<Long> counts = new ArrayList<>();
            Machine.build(MachineDescription.builder().cpus(1).apicMode(ApicMode.X2APIC).build()).run(hw -> {
                hw.writeMsr(0x83E, 0b1011); // divide by 1
                hw.writeMsr(0x838, 1_000_000);
                hw.spinFor(80_000); // 40 µs at 2 GHz = 1,000 crystal ticks at 25 MHz
                counts.add(hw.readMsr(0x839));
            }, TestKernel.BUDGET);
            long count = counts.getFirst();
            assertTrue(count <= 999_000 && count > 998_900, "count " + count);
        }
    }
}
