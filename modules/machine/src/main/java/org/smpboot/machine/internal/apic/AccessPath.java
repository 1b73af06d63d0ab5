package org.smpboot.machine.internal.apic;

/**
 * How software reached a local APIC register: the two adapters in front of the one register file.
 * They differ in how the APIC answers an access the register does not allow.
 *
 * @spec Intel SDM Vol. 3A, §10.5.3 "Error Handling" (ESR bit 7, Illegal Register Address, xAPIC)
 *     and §10.12.1.3 "Reserved Bit Checking" (#GP in x2APIC mode) (§11.x in the 2023+ editions)
 */
public enum AccessPath {
    /** The xAPIC MMIO page: an illegal access sets ESR bit 7 and reads 0. */
    MMIO,
    /** The x2APIC MSRs: an illegal access, or a write of reserved bits, raises #GP. */
    MSR
}
