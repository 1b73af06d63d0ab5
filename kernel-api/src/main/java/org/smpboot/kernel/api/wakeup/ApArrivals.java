package org.smpboot.kernel.api.wakeup;

import org.smpboot.kernel.api.apic.ApicId;

/**
 * What the bring-up knows about application processors reaching the kernel, offered to wakeup
 * strategies that wake one processor at a time and wait for it (as Linux does) before the next.
 *
 * <p>Implementations read only state that changes through the hardware port (the kernel's
 * roll-call in physical memory), so a strategy may poll them inside
 * {@link org.smpboot.kernel.api.hw.HardwarePort#spinUntil}.
 */
@FunctionalInterface
public interface ApArrivals {

    /** Knows of no arrival: for strategies and tests that never wait for one. */
    ApArrivals NONE = apicId -> false;

    /** {@return whether the processor with this APIC ID has reported in to the kernel} */
    boolean hasArrived(ApicId apicId);
}
