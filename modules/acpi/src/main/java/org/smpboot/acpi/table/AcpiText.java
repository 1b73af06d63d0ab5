package org.smpboot.acpi.table;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The fixed-width text fields of ACPI structures (OEM ID, OEM Table ID, Creator ID): bytes that
 * the spec calls ASCII but firmware fills with NULs, tabs and worse.
 *
 * <p>{@link #raw} keeps every byte (one {@code char} per byte, ISO-8859-1) so nothing firmware
 * wrote is lost; {@link #display} shows it the way ACPICA does, so output lines up with iasl.
 *
 * @spec ACPI 6.5 §5.2.6, fields "OEMID", "OEM Table ID", "Creator ID"
 */
public final class AcpiText {

    private AcpiText() {
    }

    /** {@return {@code length} bytes from {@code offset}, one char per byte} */
    public static String raw(MemorySegment segment, long offset, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) Byte.toUnsignedInt(segment.get(ValueLayout.JAVA_BYTE, offset + i));
        }
        return new String(chars);
    }

    /**
     * {@return the text up to the first NUL, with every other non-printable byte shown as a space}
     * This is how ACPICA repairs table-header names for display ("Table header has invalid ASCII
     * character(s)"); a NUL ends the name.
     */
    public static String display(String raw) {
        StringBuilder shown = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0) {
                break;
            }
            shown.append(c >= 0x20 && c < 0x7F ? c : ' ');
        }
        return shown.toString();
    }

    /** {@return the text up to the first NUL, every byte kept} */
    public static String untilNul(String raw) {
        int nul = raw.indexOf('\0');
        return nul < 0 ? raw : raw.substring(0, nul);
    }
}
