/**
 * The hardware port: {@link org.smpboot.kernel.api.hw.HardwarePort}, physical memory, CPUID, and
 * the faults hardware raises. Kernel code reaches hardware only through these types.
 */
package org.smpboot.kernel.api.hw;
