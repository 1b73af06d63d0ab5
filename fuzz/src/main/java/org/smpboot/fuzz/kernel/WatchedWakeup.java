package org.smpboot.fuzz.kernel;

import org.smpboot.kernel.api.wakeup.ApBootContext;
import org.smpboot.kernel.api.wakeup.WakeupReport;
import org.smpboot.kernel.api.wakeup.WakeupStrategy;

/**
 * The platform's wake-up strategy with the BSP's writes watched while it runs: the strategy the
 * kernel uses, unchanged, so the handshake the mailbox target checks is the real one.
 */
final class WatchedWakeup implements WakeupStrategy {

    private final WakeupStrategy strategy;
    private final Watch watch;

    WatchedWakeup(WakeupStrategy strategy, Watch watch) {
        this.strategy = strategy;
        this.watch = watch;
    }

    @Override
    public String name() {
        return strategy.name();
    }

    @Override
    public WakeupReport wake(ApBootContext context) {
        watch.open();
        try {
            return strategy.wake(context);
        } finally {
            watch.close();
        }
    }
}
