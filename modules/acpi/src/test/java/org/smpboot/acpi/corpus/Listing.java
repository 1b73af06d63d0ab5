package org.smpboot.acpi.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A disassembly listing parsed into its lines of meaning: iasl's {@code [offset length] Name :
 * Value} field lines, the flag lines decoded below them, and the notes where decoding stopped.
 * Used for both iasl's listing and smpboot's, so the two can be compared field by field.
 */
public record Listing(List<Line> lines) {

    /** A line of a listing. */
    public sealed interface Line permits FieldLine, FlagLine, NoteLine {
    }

    /**
     * A field line.
     *
     * @param offset the byte offset from the table start
     * @param length the field's length in bytes
     * @param name   the field name
     * @param value  the value as printed, buffer continuation lines appended
     */
    public record FieldLine(int offset, int length, String name, String value) implements Line {

        /** {@return the offset just past the field} */
        public int end() {
            return offset + length;
        }
    }

    /** A flag line: a bit field decoded below the previous field. */
    public record FlagLine(String name, String value) implements Line {
    }

    /** A note such as {@code **** Unknown MADT subtable type 0x7F}. */
    public record NoteLine(String text) implements Line {
    }

    private static final Pattern FIELD = Pattern.compile("^\\[([0-9A-F]+)h (\\d+) ([0-9A-F]+)h\\]\\s*(.*?) : (.*)$");
    private static final Pattern FLAG = Pattern.compile("^\\s+(\\S.*?) : (.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^/\\* [0-9A-F]+h \\d+ +\\d+ \\*/\\s+(.*)$");

    /** {@return the listing in {@code text}, up to its "Raw Table Data" dump} */
    public static Listing parse(String text) {
        List<Line> lines = new ArrayList<>();
        boolean inComment = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("Raw Table Data:")) {
                break;
            }
            if (line.startsWith("/*") && !line.startsWith("/* ") && !line.startsWith("/****")) {
                inComment = true;
            }
            if (inComment) {
                inComment = !line.startsWith(" */");
                continue;
            }
            Matcher field = FIELD.matcher(line);
            Matcher continuation = CONTINUATION.matcher(line);
            if (field.matches()) {
                lines.add(new FieldLine(Integer.parseInt(field.group(1), 16), Integer.parseInt(field.group(3), 16),
                        field.group(4).strip(), field.group(5).strip()));
            } else if (continuation.matches() && !lines.isEmpty() && lines.getLast() instanceof FieldLine last) {
                lines.set(lines.size() - 1, new FieldLine(last.offset(), last.length(), last.name(),
                        last.value() + " " + continuation.group(1).strip()));
            } else if (line.startsWith("****") || line.startsWith("/****") || line.startsWith("Invalid")) {
                lines.add(new NoteLine(line.strip()));
            } else if (!line.isBlank()) {
                Matcher flag = FLAG.matcher(line);
                if (!flag.matches()) {
                    throw new IllegalArgumentException("Unrecognised listing line: " + line);
                }
                lines.add(new FlagLine(flag.group(1), flag.group(2).strip()));
            }
        }
        return new Listing(List.copyOf(lines));
    }
}
