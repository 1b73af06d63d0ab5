package org.smpboot.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.kernel.api.apic.ApicMode;
import org.smpboot.kernel.api.hw.Cpuid;
import org.smpboot.kernel.api.hw.CpuidResult;
import org.smpboot.kernel.api.hw.HardwarePort;

/** CPUID as boot code reads it: vendor, APIC ID and APIC/x2APIC bits, topology, TSC, TDX. */
class CpuidTests {

    private static CpuidResult onBsp(MachineDescription description, Function<HardwarePort, CpuidResult> query) {
        List<CpuidResult> results = new ArrayList<>();
        Machine.build(description).run(hw -> results.add(query.apply(hw)), TestKernel.BUDGET);
        return results.getFirst();
    }

    @Test
    void leafZeroNamesTheVendor() {
        CpuidResult vendor = onBsp(MachineDescription.builder().build(), hw -> hw.cpuid(Cpuid.LEAF_VENDOR, 0));
        assertEquals("GenuineIntel", vendor.vendorString());
        assertTrue(vendor.eax() >= Cpuid.LEAF_TOPOLOGY_V2);
    }

    @Test
    void leafOneReportsTheApicAndItsId() {
        MachineDescription description = MachineDescription.builder().apicIds(List.of(
                new ApicId(6), new ApicId(0))).build();
        CpuidResult features = onBsp(description, hw -> hw.cpuid(Cpuid.LEAF_FEATURES, 0));
        assertEquals(6, features.ebx() >>> Cpuid.FEATURE_EBX_APIC_ID_SHIFT);
        assertTrue((features.edx() & Cpuid.FEATURE_EDX_APIC) != 0);
    }

    @Test
    void onlyAnX2ApicMachineReportsX2Apic() {
        CpuidResult xapic = onBsp(MachineDescription.builder().build(), hw -> hw.cpuid(Cpuid.LEAF_FEATURES, 0));
        CpuidResult x2apic = onBsp(MachineDescription.builder().apicMode(ApicMode.X2APIC).build(),
                hw -> hw.cpuid(Cpuid.LEAF_FEATURES, 0));
        assertEquals(0, xapic.ecx() & Cpuid.FEATURE_ECX_X2APIC);
        assertEquals(Cpuid.FEATURE_ECX_X2APIC, x2apic.ecx() & Cpuid.FEATURE_ECX_X2APIC);
    }

    @Test
    void theTopologyLeavesDescribeThreadAndCoreFields() {
        MachineDescription description = MachineDescription.builder().topology(2, 3, 2).apicMode(ApicMode.X2APIC).build();
        CpuidResult smt = onBsp(description, hw -> hw.cpuid(Cpuid.LEAF_TOPOLOGY, 0));
        CpuidResult core = onBsp(description, hw -> hw.cpuid(Cpuid.LEAF_TOPOLOGY_V2, 1));
        CpuidResult end = onBsp(description, hw -> hw.cpuid(Cpuid.LEAF_TOPOLOGY, 2));
        assertEquals(1, smt.eax(), "one bit of thread ID");
        assertEquals(2, smt.ebx());
        assertEquals(1, (smt.ecx() >>> 8) & 0xFF, "level type SMT");
        assertEquals(3, core.eax(), "thread bit plus two bits of core ID");
        assertEquals(6, core.ebx());
        assertEquals(2, (core.ecx() >>> 8) & 0xFF, "level type core");
        assertEquals(0, (end.ecx() >>> 8) & 0xFF, "no third level");
        assertEquals(0, smt.edx(), "the BSP's x2APIC ID");
    }

    @Test
    void leaf0x15StatesTheTscFrequency() {
        CpuidResult tsc = onBsp(MachineDescription.builder().tscHz(2_100_000_000L).build(), hw -> hw.cpuid(Cpuid.LEAF_TSC, 0));
        assertEquals(2_100_000_000L, (long) tsc.ecx() * tsc.ebx() / tsc.eax());
    }

    @Test
    void leaf0x21SaysIntelTdxOnlyInATdxGuest() {
        CpuidResult bare = onBsp(MachineDescription.builder().build(), hw -> hw.cpuid(Cpuid.LEAF_TDX, 0));
        CpuidResult tdx = onBsp(MachineDescription.builder().tdxGuest(0).build(), hw -> hw.cpuid(Cpuid.LEAF_TDX, 0));
        CpuidResult maxLeaf = onBsp(MachineDescription.builder().tdxGuest(0).build(), hw -> hw.cpuid(Cpuid.LEAF_VENDOR, 0));
        assertEquals(CpuidResult.ZERO, bare);
        assertEquals(Cpuid.TDX_SIGNATURE, tdx.vendorString());
        assertTrue(maxLeaf.eax() >= Cpuid.LEAF_TDX);
    }

    @Test
    void theCurrentApicIdIsTheExecutingProcessors() {
        List<Integer> ids = new ArrayList<>();
        Machine.build(MachineDescription.builder().topology(2, 3, 1).apicMode(ApicMode.X2APIC).build())
                .run(hw -> ids.add(hw.currentApicId().value()), TestKernel.BUDGET);
        assertEquals(List.of(0), ids);
    }
}
