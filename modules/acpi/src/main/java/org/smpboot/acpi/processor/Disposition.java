package org.smpboot.acpi.processor;

/**
 * What a kernel does at boot with one Processor Local APIC or Local x2APIC entry: smpboot's
 * verdict, following Linux where Linux and Asterinas differ (see {@code docs/madt-processors.md}).
 */
public enum Disposition {
    /** Enabled, a real APIC ID, the first entry for it: the kernel brings this CPU up at boot. */
    BOOT,
    /** Not enabled, Online Capable (honoured from MADT revision 5): a CPU that may be hot-added later. */
    HOT_PLUG,
    /** Neither enabled nor online capable: the spec says OSPM ignores the entry. */
    IGNORED,
    /** APIC ID 0xFF (Local APIC) or 0xFFFFFFFF (x2APIC): names no processor, whatever its flags say. */
    PLACEHOLDER,
    /** An enabled x2APIC entry for an ID that a Local APIC entry also lists: the same CPU, counted once there. */
    TWIN,
    /** An enabled entry whose APIC ID an earlier enabled entry already claimed: counted once, a firmware bug. */
    DUPLICATE
}
