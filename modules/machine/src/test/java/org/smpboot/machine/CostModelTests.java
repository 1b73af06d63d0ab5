package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.hw.HardwarePort;

class CostModelTests {

    @Test
    void everyProcessorSideCostIsAtLeastOneCycleSoLoopsMoveTime() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CostModel.DEFAULT.withIpiDeliveryCycles(0));
        assertTrue(refused.getMessage().contains("ipiDeliveryCycles 0"), refused.getMessage());
    }

    @Test
    void withoutJitterRemovesOnlyTheSeededParts() {
        CostModel exact = CostModel.DEFAULT.withoutJitter();
        assertEquals(0, exact.ipiJitterCycles());
        assertEquals(0, exact.startupJitterCycles());
        assertEquals(CostModel.IPI_DELIVERY_CYCLES, exact.ipiDeliveryCycles());
    }

    @Test
    void aBulkCopyCostsOneAccessPlusItsBytesOverTheRate() {
        assertEquals(CostModel.MEMORY_ACCESS_CYCLES + 4096 / CostModel.BULK_BYTES_PER_CYCLE, CostModel.DEFAULT.bulkCycles(4096));
    }

    @Test
    void withoutJitterTheSeedChangesNothing() {
        MachineDescription.Builder builder = MachineDescription.builder().cpus(4).costModel(CostModel.DEFAULT.withoutJitter());
        ApEntryPoint entry = BootImageFixture.countingEntry();
        Consumer<HardwarePort> boot = hw -> {
            BootImageFixture.install(hw, entry);
            TestKernel.initSipiSipi(hw, ApicMode.XAPIC);
        };
        assertEquals(Machine.build(builder.seed(1).build()).run(boot, TestKernel.BUDGET).trace(),
                Machine.build(builder.seed(2).build()).run(boot, TestKernel.BUDGET).trace());
    }
}
