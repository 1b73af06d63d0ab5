package org.smpboot.fuzz.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.smpboot.fuzz.seeds.FuzzedDataWriter;
import org.smpboot.kernel.api.apic.ApicMode;

/**
 * Seeds of the boot target: the MADT seeds that describe x86 processors and fit the target's
 * input size, each booted one of the ways the target varies (APIC mode, wake-up strategy, seed,
 * RSDP in the hand-off or found by scanning).
 */
public final class BootSeeds {

    /** The most bytes of input the boot target is fuzzed with ({@code fuzz/run}'s max_len). */
    static final int MAX_INPUT = 4096;

    private BootSeeds() {
    }

    /** {@return the seeds by file name, given the MADT seeds by file name} */
    public static Map<String, byte[]> all(Map<String, byte[]> madts) {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        int variant = 0;
        for (Map.Entry<String, byte[]> madt : madts.entrySet()) {
            if (madt.getValue().length > MAX_INPUT - 32 || !describesX86Processors(madt.getKey())) {
                continue;
            }
            ApicMode mode = ApicMode.values()[variant % 2];
            String wakeup = BootTarget.WAKEUPS[variant % BootTarget.WAKEUPS.length];
            byte[] seed = new FuzzedDataWriter().pickValue(ApicMode.values(), mode).pickValue(BootTarget.WAKEUPS, wakeup)
                    .consumeLong(variant).consumeBoolean(variant % 4 != 3).consumeRemainingAsBytes(madt.getValue()).toBytes();
            seeds.put("seed-%s-%s-%s".formatted(madt.getKey().replaceFirst("\\.APIC\\.bin$", ""), mode.mnemonic(), wakeup), seed);
            variant++;
        }
        return seeds;
    }

    /**
     * The ARM, RISC-V and LoongArch tables have no x86 processor: the machine refuses them at once;
     * nor do the MADT target's rule seeds boot anything the others do not (each breaks a table rule).
     */
    private static boolean describesX86Processors(String name) {
        return !name.startsWith("builder-rule-") && !name.startsWith("builder-lint-") && !name.contains("surface") && !name.contains("riscv") && !name.contains("loongarch") && !name.contains("gicv5");
    }
}
