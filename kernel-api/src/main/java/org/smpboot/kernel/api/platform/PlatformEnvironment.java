package org.smpboot.kernel.api.platform;

import java.util.Objects;
import org.smpboot.kernel.api.firmware.FirmwareInfo;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * Everything a {@link PlatformProvider} gets to build its platform: the hardware port, what
 * firmware said, and the user's settings.
 *
 * @param hardware the hardware port
 * @param firmware the memory map and wakeup mailbox from firmware
 * @param options  the user's settings for the platform
 */
public record PlatformEnvironment(HardwarePort hardware, FirmwareInfo firmware, PlatformOptions options) {

    /** Validates that every part is present. */
    public PlatformEnvironment {
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(options, "options");
    }
}
