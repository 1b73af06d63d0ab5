/**
 * The local APIC as kernel code sees it: the {@link org.smpboot.kernel.api.apic.Apic} driver
 * contract, the Interrupt Command Register as a value ({@link org.smpboot.kernel.api.apic.Icr}),
 * its bit layout and codec, the SDM's rules for sendable values, and the other register views
 * (APIC ID, version, error status, IA32_APIC_BASE).
 *
 * @spec Intel SDM Vol. 3A, chapter 10 "Advanced Programmable Interrupt Controller (APIC)"
 *     (chapter 11 in the 2023+ editions)
 */
package org.smpboot.kernel.api.apic;
