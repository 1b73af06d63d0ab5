package org.smpboot.smp.boot;

import java.util.Objects;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.hw.PhysicalAddress;

/**
 * The bring-up's tunables, each a named default with its source, each overridable.
 *
 * @param imageBase      where the AP boot image goes; default 0x8000 (seed, Linux)
 * @param stackSize      each AP's boot stack; default 16 KiB (Linux's x86-64 THREAD_SIZE; Asterinas
 *                       uses 256 KiB, which would need 16 GiB for 65,536 CPUs)
 * @param cpuLocalSize   each AP's CPU-local area; default 4 KiB
 * @param arrivalTimeout how long the BSP waits, after the wake-up strategy returns, for the APs it
 *                       kicked to report in; default 100 ms, the time the SDM's BIOS example allows
 *                       APs to check in (SDM Vol. 3A §8.4.4.1); the seed waited forever
 * @param arrivingGrace  how long the BSP lets an AP that has claimed its slot finish before closing
 *                       it; default 1 ms, far above the handful of memory accesses that takes
 */
public record BringUpSettings(PhysicalAddress imageBase, long stackSize, long cpuLocalSize, Delay arrivalTimeout,
        Delay arrivingGrace) {

    /** The defaults described above. */
    public static final BringUpSettings DEFAULTS = new BringUpSettings(ApBootImage.DEFAULT_BASE, 16 * 1024, 4096,
            Delay.millis(100), Delay.millis(1));

    /** Validates placement and sizes. */
    public BringUpSettings {
        Objects.requireNonNull(imageBase, "imageBase");
        Objects.requireNonNull(arrivalTimeout, "arrivalTimeout");
        Objects.requireNonNull(arrivingGrace, "arrivingGrace");
        if (!imageBase.isPageAligned() || imageBase.value() + ApBootImage.SIZE > 0x10_0000) {
            throw new IllegalArgumentException(
                    "Invalid boot image base %s: a Start-Up IPI reaches only 4 KiB pages below 1 MiB".formatted(imageBase));
        }
        if (stackSize < 4096 || cpuLocalSize < 64) {
            throw new IllegalArgumentException("Invalid AP stack size %d or CPU-local size %d: at least 4096 and 64"
                    .formatted(stackSize, cpuLocalSize));
        }
    }

    /** {@return a copy with another arrival timeout} */
    public BringUpSettings withArrivalTimeout(Delay timeout) {
        return new BringUpSettings(imageBase, stackSize, cpuLocalSize, timeout, arrivingGrace);
    }
}
