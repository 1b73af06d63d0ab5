package org.smpboot.acpi.madt.entry;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.smpboot.acpi.problem.FormatRule;

/**
 * A structure a lenient read could not decode because it is too short: its Length is below its
 * type's structure ({@link FormatRule#ENTRY_SHORTER_THAN_STRUCTURE}), or it runs past the end of
 * the table ({@link FormatRule#ENTRY_OVERRUNS_TABLE}). The bytes that are present are kept, so
 * reports and listings can show what firmware wrote; a strict read throws instead.
 *
 * @param offset    the structure's byte offset in its table
 * @param type      the Type byte
 * @param length    the Length firmware wrote
 * @param available the structure's bytes that are inside the table, Type and Length included (copied)
 * @param reason    which rule it broke
 * @spec ACPI 6.5 §5.2.12, "Interrupt Controller Structure[n]"
 */
public record TruncatedEntry(int offset, int type, int length, byte[] available, FormatRule reason)
        implements MadtEntry {

    /** Validates that the bytes start with the structure's header and the reason is a length rule. */
    public TruncatedEntry {
        Objects.requireNonNull(reason, "reason");
        if (reason != FormatRule.ENTRY_SHORTER_THAN_STRUCTURE && reason != FormatRule.ENTRY_OVERRUNS_TABLE) {
            throw new IllegalArgumentException("Invalid reason %s: a truncated entry is too short or overruns".formatted(reason));
        }
        if (available.length < HEADER_SIZE || available.length > length
                || Byte.toUnsignedInt(available[0]) != type || Byte.toUnsignedInt(available[1]) != length) {
            throw new IllegalArgumentException(
                    "Invalid truncated structure: %d bytes for Type 0x%02x Length %d".formatted(available.length, type, length));
        }
        available = available.clone();
    }

    /** {@return a copy of the bytes that are present} */
    @Override
    public byte[] available() {
        return available.clone();
    }

    /** {@return the bytes that are present: a table builder writes them back as they were} */
    @Override
    public byte[] encode() {
        return available.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TruncatedEntry that && offset == that.offset && type == that.type
                && length == that.length && reason == that.reason && Arrays.equals(available, that.available);
    }

    @Override
    public int hashCode() {
        return Objects.hash(offset, type, length, reason) * 31 + Arrays.hashCode(available);
    }

    @Override
    public String toString() {
        return "TruncatedEntry[offset=%d, type=0x%02x, length=%d, reason=%s, available=%s]"
                .formatted(offset, type, length, reason.id(), HexFormat.of().formatHex(available));
    }
}
