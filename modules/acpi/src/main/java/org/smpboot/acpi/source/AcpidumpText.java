package org.smpboot.acpi.source;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.table.Signature;

/**
 * Reads the text that ACPICA's {@code acpidump} prints: for each table a line {@code SIG @ 0xADDR}
 * followed by hex-dump lines {@code OFFSET: XX XX ... XX  ascii}, a blank line between tables.
 *
 * <p>Problem offsets are line numbers. Bytes are placed by their offset, so a dump with a missing or repeated line is reported
 * rather than silently shifted; no table grows beyond the text that describes it.
 */
final class AcpidumpText {

    private AcpidumpText() {
    }

    /** {@return the tables in {@code text}; {@code name} is used in origins and problems} */
    static TableSource parse(String text, String name) {
        List<FoundTable> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String signature = null;
        String origin = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] lines = text.split("\r?\n");
        for (int number = 0; number < lines.length; number++) {
            String line = lines[number];
            int at = line.indexOf(" @ 0x");
            if (at > 0 && !line.startsWith(" ")) {
                add(tables, signature, origin, bytes);
                signature = line.substring(0, at);
                origin = name + ": " + line.strip();
                bytes = new ByteArrayOutputStream();
                continue;
            }
            if (line.isBlank() || signature == null) {
                continue;
            }
            int colon = line.indexOf(':');
            long offset = colon > 0 ? parseHex(line.substring(0, colon).strip()) : -1;
            if (offset < 0) {
                problems.add(new Problem(number + 1L, SourceRule.DUMP_LINE_UNREADABLE,
                        "line %d of %s is neither a table header nor a hex-dump line".formatted(number + 1, name)));
                continue;
            }
            if (offset != bytes.size()) {
                problems.add(new Problem(number + 1L, SourceRule.DUMP_OFFSET_OUT_OF_ORDER,
                        "line %d of %s starts at offset 0x%x, expected 0x%x: table %s cut there"
                                .formatted(number + 1, name, offset, bytes.size(), signature)));
                signature = null;
                bytes = new ByteArrayOutputStream();
                continue;
            }
            String data = line.substring(colon + 1);
            int ascii = data.indexOf("  ", 1);
            for (String token : (ascii > 0 ? data.substring(0, ascii) : data).strip().split(" +")) {
                long value = token.length() == 2 ? parseHex(token) : -1;
                if (value < 0) {
                    break;
                }
                bytes.write((int) value);
            }
        }
        add(tables, signature, origin, bytes);
        return new ListedTables("acpidump text " + name, tables, problems);
    }

    private static void add(List<FoundTable> tables, String signature, String origin, ByteArrayOutputStream bytes) {
        if (signature == null || bytes.size() == 0) {
            return;
        }
        String padded = (signature + "    ").substring(0, Signature.LENGTH);
        tables.add(new FoundTable(new Signature(padded), origin, MemorySegment.ofArray(bytes.toByteArray())));
    }

    private static long parseHex(String text) {
        if (text.isEmpty() || text.length() > 16) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
