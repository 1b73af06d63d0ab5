package org.smpboot.acpi.processor;

/**
 * How many processors a MADT describes, counted the ways kernels and tools count them.
 *
 * @param localApicEntries          Processor Local APIC entries (type 0x00)
 * @param localX2ApicEntries        Processor Local x2APIC entries (type 0x09)
 * @param enabled                   entries of either type with the Enabled flag
 * @param onlineCapable             entries whose Online Capable flag counts (MADT revision 5 and up)
 * @param onlineCapableFlagSet      entries with the Online Capable bit set, whatever the revision
 * @param enabledAndOnlineCapable   entries with both bits set (forbidden by the spec)
 * @param bootable                  distinct CPUs a kernel brings up at boot: enabled, placeholders
 *                                  and duplicates removed, a Local APIC/x2APIC pair counted once
 * @param maxApicId                 the highest APIC ID of any entry but placeholders, -1 if none
 * @param otherArchitectureEntries  processor entries of other architectures (GICC, RINTC, CORE PIC)
 * @param otherArchitectureEnabled  those with their enabled bit set
 */
public record ProcessorCounts(int localApicEntries, int localX2ApicEntries, int enabled, int onlineCapable,
        int onlineCapableFlagSet, int enabledAndOnlineCapable, int bootable, long maxApicId,
        int otherArchitectureEntries, int otherArchitectureEnabled) {

    /**
     * Validates that the counts are consistent: none negative, each subset no larger than its set
     * (bootable within enabled within entries, online capable within flagged within entries, both
     * bits within either, other-architecture enabled within their entries), the entries fit an
     * {@code int}, and the highest APIC ID is -1 or an unsigned 32-bit value.
     */
    public ProcessorCounts {
        long entries = (long) localApicEntries + localX2ApicEntries;
        if (anyNegative(localApicEntries, localX2ApicEntries, enabled, onlineCapable, onlineCapableFlagSet,
                enabledAndOnlineCapable, bootable, otherArchitectureEntries, otherArchitectureEnabled)
                || entries > Integer.MAX_VALUE || enabled > entries || bootable > enabled
                || onlineCapable > onlineCapableFlagSet || onlineCapableFlagSet > entries
                || enabledAndOnlineCapable > Math.min(enabled, onlineCapableFlagSet)
                || otherArchitectureEnabled > otherArchitectureEntries || maxApicId < -1 || maxApicId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Inconsistent processor counts: " + describe(localApicEntries,
                    localX2ApicEntries, enabled, onlineCapable, onlineCapableFlagSet, bootable));
        }
    }

    /**
     * {@return the counts for a MADT}, computed in two allocation-free passes over its structures
     * (one fixed-size hash set of APIC IDs per table, none per entry). Never throws for table
     * content: duplicates are counted once, as a lenient {@link ProcessorView} does.
     */
    public static ProcessorCounts of(org.smpboot.acpi.madt.Madt madt) {
        return ProcessorScanner.scan(madt, ProcessorScanner.Listener.NONE);
    }

    /** {@return Local APIC plus Local x2APIC entries} */
    public int entries() {
        return localApicEntries + localX2ApicEntries;
    }

    private static boolean anyNegative(int... counts) {
        for (int count : counts) {
            if (count < 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(int lapic, int x2apic, int enabled, int online, int onlineFlag, int bootable) {
        return "localApic=%d x2Apic=%d enabled=%d onlineCapable=%d/%d bootable=%d"
                .formatted(lapic, x2apic, enabled, online, onlineFlag, bootable);
    }
}
