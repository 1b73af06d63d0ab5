/**
 * smpboot's fuzz targets: one package per reader of firmware input, each with a target class that
 * Jazzer drives ({@code fuzzerTestOneInput}) and the oracle it checks.
 *
 * <ul>
 *   <li>{@code madt}: the MADT parser (strict and lenient), processor view, lints, listing and the
 *       builder's re-encoding, from arbitrary bytes.</li>
 *   <li>{@code discovery}: RSDP, RSDT/XSDT and MADT laid out in the simulated machine's memory.</li>
 *   <li>{@code icr}: the Interrupt Command Register codec in both APIC modes.</li>
 *   <li>{@code mailbox}: the TDX mailbox handshake against a hostile firmware script.</li>
 *   <li>{@code boot}: a whole boot of the simulated machine from a fuzzed MADT.</li>
 * </ul>
 *
 * <p>A target's oracle is "returns, or throws the documented exception, within bounded steps",
 * plus what each reader promises beyond that; a broken promise is a {@link org.smpboot.fuzz.Finding}.
 */
package org.smpboot.fuzz;
