package org.smpboot.platform.tdx;

import java.util.Set;
import org.smpboot.kernel.api.hw.Delay;
import org.smpboot.kernel.api.platform.PlatformException;
import org.smpboot.kernel.api.platform.PlatformOptions;

/**
 * The TDX platform's settings, parsed from {@link PlatformOptions}.
 *
 * <pre>
 * key          values      default
 * ack-timeout  a Delay     1s
 * </pre>
 *
 * @param ackTimeout how long to wait for firmware to acknowledge one mailbox command
 */
record TdxSettings(Delay ackTimeout) {

    /**
     * One second: the bound Linux gives firmware to acknowledge a mailbox TEST when it hands a CPU
     * back (acpi_mp_cpu_die polls 1,000,000 × 1 µs). Linux waits forever for Wakeup; smpboot does
     * not (see {@link MailboxWakeup}).
     */
    static final Delay ACK_TIMEOUT = Delay.millis(1_000);

    /** The keys this platform reads. */
    static final Set<String> KEYS = Set.of("ack-timeout");

    /**
     * {@return the settings {@code options} give}
     *
     * @throws PlatformException naming a bad key or value
     */
    static TdxSettings parse(PlatformOptions options) {
        try {
            options.requireOnly(TdxPlatformProvider.ID, KEYS);
            return new TdxSettings(options.get("ack-timeout").map(Delay::parse).orElse(ACK_TIMEOUT));
        } catch (IllegalArgumentException e) {
            throw new PlatformException(e.getMessage());
        }
    }
}
