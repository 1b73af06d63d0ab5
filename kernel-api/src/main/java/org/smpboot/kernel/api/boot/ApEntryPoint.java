package org.smpboot.kernel.api.boot;

import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * The kernel's 64-bit entry for an application processor: what the AP trampoline jumps to once
 * the AP runs in long mode with the boot page table (Asterinas' {@code ap_long_mode}, Linux's
 * {@code secondary_startup_64}).
 *
 * <p>The AP boot image records this entry's address ({@link HardwarePort#addressOf}); the processor
 * that starts executing the image runs it. When it returns, the processor halts. A
 * {@link org.smpboot.kernel.api.hw.HardwareFault} thrown out of it stops the processor as faulted.
 */
@FunctionalInterface
public interface ApEntryPoint {

    /**
     * Runs on the application processor that just left the trampoline.
     *
     * @param hardware the hardware port; every access acts on this processor
     */
    void enter(HardwarePort hardware);
}
