package org.smpboot.fuzz.mailbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.fuzz.seeds.FuzzedDataWriter;
import org.smpboot.kernel.api.firmware.MultiprocessorWakeupMailbox;

/**
 * Seeds of the mailbox target: firmware that follows the spec, and each way of breaking it the
 * ACPI handshake allows a host to try, written as {@link HostileFirmware} reads them.
 */
public final class MailboxSeeds {

    private static final int SERVE = 0;
    private static final int ACK = 1;
    private static final int IGNORE = 2;
    private static final int WRITE = 3;
    /** Delay choices: 0, one cycle before the bound, at it, after it. */
    private static final int NOW = 0;
    private static final int JUST_BEFORE = 1;
    private static final int JUST_AFTER = 3;

    private MailboxSeeds() {
    }

    /** {@return the seeds by file name} */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("builder-spec-firmware-4-cpus-v1", guest(4, 1, 0).toBytes());
        seeds.put("builder-spec-firmware-8-cpus-v0", guest(8, 0, 0).toBytes());
        seeds.put("builder-every-ap-served-at-once", guest(4, 1, 3).step(SERVE, NOW).step(SERVE, NOW).step(SERVE, NOW).toBytes());
        seeds.put("builder-acknowledged-but-never-woken", guest(3, 1, 2).step(ACK, NOW).step(SERVE, NOW).toBytes());
        seeds.put("builder-first-command-ignored", guest(4, 0, 1).ignore().toBytes());
        seeds.put("builder-served-just-before-the-bound", guest(3, 1, 2).step(SERVE, JUST_BEFORE).step(SERVE, JUST_BEFORE).toBytes());
        seeds.put("builder-served-just-after-the-bound", guest(3, 1, 1).step(SERVE, JUST_AFTER).toBytes());
        seeds.put("builder-garbage-command", guest(3, 1, 1)
                .write(2, MultiprocessorWakeupMailbox.COMMAND_OFFSET, 0x7, NOW).toBytes());
        seeds.put("builder-garbage-apic-id-and-vector", guest(3, 1, 2)
                .write(4, MultiprocessorWakeupMailbox.APIC_ID_OFFSET, 0xFFFF_FFFFL, NOW)
                .write(8, MultiprocessorWakeupMailbox.WAKEUP_VECTOR_OFFSET, 0xDEAD_BEEFL, JUST_BEFORE).toBytes());
        seeds.put("builder-firmware-section-scribbled", guest(2, 1, 1)
                .write(8, MultiprocessorWakeupMailbox.FIRMWARE_SECTION_OFFSET, -1L, NOW).toBytes());
        return seeds;
    }

    /** The writer of a guest's input, one step at a time. */
    private static final class Script {
        private final FuzzedDataWriter writer;

        Script(FuzzedDataWriter writer) {
            this.writer = writer;
        }

        Script step(int kind, int delay) {
            writer.consumeInt(0, 3, kind).consumeInt(0, 4, delay);
            return this;
        }

        Script ignore() {
            writer.consumeInt(0, 3, IGNORE);
            return this;
        }

        Script write(int width, int offset, long value, int delay) {
            writer.consumeInt(0, 3, WRITE).pickValue(HostileFirmware.WIDTHS, width)
                    .consumeInt(0, HostileFirmware.OFFSETS.length, List.of(0, 4, 8, 2048).indexOf(offset))
                    .consumeLong(value).consumeInt(0, 4, delay);
            return this;
        }

        byte[] toBytes() {
            return writer.toBytes();
        }
    }

    /** {@return the script of a guest of {@code cpus} processors and mailbox {@code version}, with {@code steps} steps to come} */
    private static Script guest(int cpus, int version, int steps) {
        return new Script(new FuzzedDataWriter().consumeInt(2, HostileFirmware.MAX_CPUS, cpus).consumeInt(0, 1, version)
                .consumeInt(0, HostileFirmware.MAX_STEPS, steps));
    }
}
