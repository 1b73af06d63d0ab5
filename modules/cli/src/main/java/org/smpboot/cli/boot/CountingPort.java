package org.smpboot.cli.boot;

import java.util.Objects;
import org.smpboot.kernel.api.boot.ApEntryPoint;
import org.smpboot.kernel.api.hw.ForwardingHardwarePort;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * The BSP's hardware port, passed through unchanged but for one thing: the kernel's AP entry point
 * is wrapped so that every AP reaching the kernel is counted, which is what the progress bar shows.
 * Every other method goes to the machine's port, so the kernel sees exactly the hardware it would
 * see without the count.
 *
 * <p>The count runs on the APs' simulated threads; {@code onKernelEntry} must be thread-safe.
 */
final class CountingPort extends ForwardingHardwarePort {

    private final Runnable onKernelEntry;

    CountingPort(HardwarePort hardware, Runnable onKernelEntry) {
        super(hardware);
        this.onKernelEntry = Objects.requireNonNull(onKernelEntry, "onKernelEntry");
    }

    @Override
    public long addressOf(ApEntryPoint entry) {
        return forwardedTo().addressOf(ap -> {
            onKernelEntry.run();
            entry.enter(ap);
        });
    }
}
