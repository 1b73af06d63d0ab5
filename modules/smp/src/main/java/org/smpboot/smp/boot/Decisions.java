package org.smpboot.smp.boot;

import org.smpboot.acpi.processor.Processor;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * The kernel's words for what it does with each MADT processor entry, for the boot log and the
 * report.
 */
final class Decisions {

    private Decisions() {
    }

    /** {@return whether the entry names a processor of its own (not a placeholder or a repeat)} */
    static boolean isACpu(Processor cpu) {
        return switch (cpu.disposition()) {
            case BOOT, HOT_PLUG, IGNORED -> true;
            case PLACEHOLDER, TWIN, DUPLICATE -> false;
        };
    }

    /** {@return what the kernel does with {@code cpu}, in a few words} */
    static String describe(Processor cpu, ApicId bsp) {
        return switch (cpu.disposition()) {
            case BOOT -> cpu.apicId().equals(bsp) ? "the BSP" : "enabled: will boot";
            case HOT_PLUG -> "online capable, not enabled: hot-pluggable, not booted at start";
            case IGNORED -> "disabled and not online capable: ignored";
            case PLACEHOLDER -> "placeholder APIC ID: not a processor";
            case TWIN -> "repeats a Local APIC entry: the same CPU";
            case DUPLICATE -> "firmware bug: an enabled entry repeats this APIC ID";
        };
    }
}
