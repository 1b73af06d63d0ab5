package org.smpboot.acpi.listing;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.EntryDecoder;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.table.AcpiText;

/**
 * Writes a MADT as iasl's disassembler lists it: one {@code [HexOffset DecimalOffset ByteLength]
 * FieldName : FieldValue} line per field, flags decoded below their field, OEM data as a hex dump,
 * and the raw table at the end. Field names, value widths and column positions follow iasl
 * (ACPICA 20250404), so the two listings can be compared line by line and read the same way.
 *
 * <p>Not thread-safe: one instance per listing.
 *
 * {@snippet :
 * AsciiBuffer out = new AsciiBuffer(16 * 1024);
 * IaslText.write(madt, "APIC.bin", out);
 * }
 */
public final class IaslText implements MadtVisitor {

    /** Where a field line's name ends: iasl right-aligns names in 27 columns after the bracket. */
    private static final int NAME_WIDTH = 27;
    /** Flag lines have no bracket; their names end in the same column. */
    private static final int FLAG_NAME_WIDTH = 44;
    /** The column where values start: after "[...] " + name + " : ". */
    private static final int VALUE_COLUMN = 47;
    private static final int BYTES_PER_LINE = 16;
    private static final byte[] DATA_SEPARATOR = "/* ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RAW_SEPARATOR = " // ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RAW_INDENT = "    ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RAW_COLON = ": ".getBytes(StandardCharsets.US_ASCII);

    /**
     * Every known field name, right-aligned and followed by " : ", as bytes: a line's label is
     * copied, not formatted (the batch decoder writes millions of lines). Built once, read only.
     */
    private static final Map<String, byte[]> LABELS = labels(false);
    /** The same for flag names, which end in the same column without a bracket before them. */
    private static final Map<String, byte[]> FLAG_LABELS = labels(true);

    private final AsciiBuffer out;

    private IaslText(AsciiBuffer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes the whole listing of {@code madt}: preamble, fields, raw table.
     *
     * @param name the file or source name to show in the preamble
     */
    public static void write(Madt madt, String name, AsciiBuffer out) {
        out.append("/*\n * smpboot MADT decoding of ").append(printable(name))
                .append("\n *\n * ACPI Data Table [APIC]\n *\n")
                .append(" * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)\n */\n\n");
        writeFields(madt, out);
        out.newline();
        rawTable(madt.bytes(), out);
    }

    /** Writes only the field lines. */
    public static void writeFields(Madt madt, AsciiBuffer out) {
        MadtWalker.walk(madt, new IaslText(out));
    }

    @Override
    public void text(int offset, int width, String label, String key, String raw) {
        line(offset, width, label).append('"').append(AcpiText.display(raw)).append('"');
        if ("signature".equals(key) && "APIC".equals(raw)) {
            out.append("    [Multiple APIC Description Table (MADT)]");
        }
        out.newline();
    }

    @Override
    public void integer(int offset, int width, String label, String key, long value) {
        if (offset == Madt.LOCAL_APIC_ADDRESS_OFFSET && "localApicAddress".equals(key)) {
            out.newline();
        }
        line(offset, width, label).hex(value, 2 * width).newline();
    }

    @Override
    public void flag(String label, String key, int bits, long value) {
        byte[] known = FLAG_LABELS.get(label);
        (known != null ? out.append(known) : out.rightAligned(label, FLAG_NAME_WIDTH).append(" : ")).hex(value, 1).newline();
    }

    @Override
    public void checksum(int offset, int value, int expected, boolean complete) {
        line(offset, 1, "Checksum").hex(value, 2);
        if (complete && value != expected) {
            out.append("     /* Incorrect checksum, should be ").hex(expected, 2).append(" */");
        }
        out.newline();
    }

    @Override
    public void startEntry(int offset, int type, int length, String typeName, EntryKind kind) {
        out.newline();
        line(offset, 1, "Subtable Type").hex(type, 2).append(" [").append(typeName).append("]\n");
    }

    @Override
    public void bytes(int offset, String label, String key, MemorySegment data) {
        int length = (int) data.byteSize();
        line(offset, length, label);
        for (int start = 0; start < length; start += BYTES_PER_LINE) {
            if (start > 0) {
                out.append("/* ").hex(offset + start, 3).append("h ").decimal(offset + start, 4).append(' ')
                        .decimalPadded(Math.min(BYTES_PER_LINE, length - start), 3).append(" */")
                        .repeat(' ', VALUE_COLUMN - 19);
            }
            out.hexDump(data, start, Math.min(BYTES_PER_LINE, length - start), BYTES_PER_LINE, DATA_SEPARATOR)
                    .append(" */\\\n");
        }
    }

    @Override
    public void string(int offset, int width, String label, String key, String value) {
        line(offset, width, label).append('"').append(printable(value)).append("\"\n");
    }

    @Override
    public void note(Note note, int offset, int type, int length) {
        switch (note) {
            case UNKNOWN_TYPE -> out.append("\n**** Unknown MADT subtable type 0x").hex(type, 1).append("\n\n");
            case TERMINATES_EARLY ->
                    out.append("/**** ACPI subtable terminates early - may be older version (dump table) */\n");
            case SHORTER_THAN_STRUCTURE -> out.append("/**** Subtable shorter than its structure: Length ")
                    .decimal(length, 1).append(" */\n");
            case INVALID_LENGTH -> {
                if (length == 0) {
                    out.append("Invalid zero length subtable\n");
                } else {
                    out.append("Invalid subtable length ").decimal(length, 1).append('\n');
                }
            }
            case TRAILING_BYTE ->
                    out.append("/**** ACPI table terminates in the middle of a data structure! (dump table) */\n");
        }
    }

    @Override
    public void endEntry() {
        // Structures are separated by the blank line that starts the next one.
    }

    /** Writes iasl's "Raw Table Data" hex dump of {@code bytes}. */
    public static void rawTable(MemorySegment bytes, AsciiBuffer out) {
        long length = bytes.byteSize();
        out.append("Raw Table Data: Length ").decimal(length, 1).append(" (0x").hex(length, 1).append(")\n\n");
        for (long start = 0; start < length; start += BYTES_PER_LINE) {
            int count = (int) Math.min(BYTES_PER_LINE, length - start);
            out.append(RAW_INDENT).hex(start, 4).append(RAW_COLON).hexDump(bytes, start, count, BYTES_PER_LINE, RAW_SEPARATOR)
                    .newline();
        }
    }

    private AsciiBuffer line(int offset, int width, String label) {
        out.fieldPrefix(offset, width);
        byte[] known = LABELS.get(label);
        return known != null ? out.append(known) : out.rightAligned(label, NAME_WIDTH).append(" : ");
    }

    private static Map<String, byte[]> labels(boolean flags) {
        Map<String, byte[]> labels = new HashMap<>();
        List<String> names = new ArrayList<>(flags ? List.of("PC-AT Compatibility") : List.of("Signature",
                "Table Length", "Revision", "Checksum", "Oem ID", "Oem Table ID", "Oem Revision", "Asl Compiler ID",
                "Asl Compiler Revision", "Local Apic Address", "Flags (decoded below)", "Subtable Type", "Length",
                UnknownEntry.DATA.label()));
        for (EntryType type : EntryType.values()) {
            for (Field field : EntryDecoder.fields(type)) {
                if (flags) {
                    field.flags().forEach(flag -> names.add(flag.label()));
                } else {
                    names.add(field.label());
                }
            }
        }
        int width = flags ? FLAG_NAME_WIDTH : NAME_WIDTH;
        for (String name : names) {
            String padded = " ".repeat(Math.max(0, width - name.length())) + name + " : ";
            labels.put(name, padded.getBytes(StandardCharsets.US_ASCII));
        }
        return Map.copyOf(labels);
    }

    private static String printable(String text) {
        char[] shown = new char[text.length()];
        for (int i = 0; i < shown.length; i++) {
            char c = text.charAt(i);
            shown[i] = c >= 0x20 && c < 0x7F ? c : '?';
        }
        return new String(shown);
    }
}
