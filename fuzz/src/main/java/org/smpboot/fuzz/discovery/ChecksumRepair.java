package org.smpboot.fuzz.discovery;

import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.table.SdtHeader;

/**
 * Makes a blob's checksums valid, so that the fuzzer's mutations of pointers and lengths reach the
 * code behind the checksum checks instead of stopping at them.
 *
 * @spec ACPI 6.5 §5.2.5.3 (RSDP Checksum over 20 bytes, Extended Checksum over 36), §5.2.6 (a
 *     table's Checksum over its Length)
 */
final class ChecksumRepair {

    private static final byte[] RSDP_SIGNATURE = {'R', 'S', 'D', ' ', 'P', 'T', 'R', ' '};
    private static final int RSDP_CHECKSUM = 8;
    private static final int RSDP_V1_SIZE = 20;
    private static final int RSDP_REVISION = 15;
    private static final int RSDP_EXTENDED_CHECKSUM = 32;
    private static final int RSDP_V2_SIZE = 36;

    private ChecksumRepair() {
    }

    /** Repairs {@code bytes} in place if they start like an RSDP or a table header. */
    static void repair(byte[] bytes) {
        if (startsWith(bytes, RSDP_SIGNATURE)) {
            if (bytes.length >= RSDP_V1_SIZE) {
                fix(bytes, RSDP_CHECKSUM, RSDP_V1_SIZE);
            }
            if (bytes.length >= RSDP_V2_SIZE && bytes[RSDP_REVISION] >= 2) {
                fix(bytes, RSDP_EXTENDED_CHECKSUM, RSDP_V2_SIZE);
            }
        } else if (bytes.length >= SdtHeader.SIZE && printable(bytes)) {
            SdtBuilder.fixChecksum(bytes);
        }
    }

    /** Sets {@code bytes[at]} so that the first {@code length} bytes sum to zero. */
    private static void fix(byte[] bytes, int at, int length) {
        bytes[at] = 0;
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += bytes[i];
        }
        bytes[at] = (byte) -sum;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(byte[] bytes) {
        for (int i = 0; i < 4; i++) {
            if (bytes[i] < 0x20 || bytes[i] > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
