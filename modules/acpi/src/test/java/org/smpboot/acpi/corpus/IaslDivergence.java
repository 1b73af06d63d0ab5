package org.smpboot.acpi.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smpboot.acpi.corpus.Listing.FieldLine;
import org.smpboot.acpi.corpus.Listing.FlagLine;
import org.smpboot.acpi.corpus.Listing.Line;

/**
 * The places where smpboot's MADT listing knowingly differs from iasl 20250404's, each because
 * iasl is wrong by the spec (proved one by one in {@code IaslAgreementTests.IaslDefects}). The
 * agreement test removes exactly these lines from both listings and then requires equality.
 */
enum IaslDivergence {
    /**
     * iasl lists a field that starts at or straddles the end of its structure, decoding the next
     * structure's bytes (ACPICA checks {@code Info->Offset > SubtableLength}, not the field's end).
     * smpboot lists only fields inside the structure's Length.
     */
    FIELD_PAST_STRUCTURE_END,
    /**
     * In GICR (0x0E) and GIC ITS (0x0F) structures ACPI 6.5 made byte 2 a Flags byte; iasl 20250404
     * shows a 2-byte "Reserved" at offset 3 that overlaps the Base Address at offset 4, and no Flags.
     * smpboot lists Flags (offset 2, 1 byte) and Reserved (offset 3, 1 byte).
     */
    GIC_FLAGS_BYTE_AS_RESERVED_WORD,
    /**
     * x2APIC Flags are "the same as Local APIC flags"; iasl decodes only Enabled, smpboot also
     * decodes Online Capable.
     */
    X2APIC_ONLINE_CAPABLE_NOT_DECODED;

    /** Both listings with the divergent lines removed, and how often each divergence applied. */
    record Normalized(List<Line> iasl, List<Line> smpboot, Map<IaslDivergence, Integer> applied) {
    }

    static Normalized normalize(Listing iasl, Listing smpboot) {
        Map<IaslDivergence, Integer> applied = new EnumMap<>(IaslDivergence.class);
        List<Line> theirs = normalizeIasl(iasl.lines(), applied);
        List<Line> ours = normalizeSmpboot(smpboot.lines());
        return new Normalized(theirs, ours, applied);
    }

    private static List<Line> normalizeIasl(List<Line> lines, Map<IaslDivergence, Integer> applied) {
        List<Line> kept = new ArrayList<>();
        Structure current = null;
        boolean dropFlags = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line instanceof FlagLine && dropFlags) {
                continue;
            }
            dropFlags = false;
            if (line instanceof FieldLine field) {
                if (field.name().equals("Subtable Type")) {
                    current = Structure.start(field, lines, i);
                } else if (current != null && current.length() > 0) {
                    if (current.isGicWithFlags() && field.offset() == current.offset() + 3 && field.length() == 2
                            && field.name().equals("Reserved")) {
                        applied.merge(GIC_FLAGS_BYTE_AS_RESERVED_WORD, 1, Integer::sum);
                        continue;
                    }
                    if (field.end() > current.offset() + current.length()) {
                        applied.merge(FIELD_PAST_STRUCTURE_END, 1, Integer::sum);
                        dropFlags = true;
                        continue;
                    }
                }
            }
            kept.add(line);
        }
        return kept;
    }

    private static List<Line> normalizeSmpboot(List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        Structure current = null;
        boolean dropGicFlags = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line instanceof FieldLine field && field.name().equals("Subtable Type")) {
                current = Structure.start(field, lines, i);
            }
            if (current != null && current.isGicWithFlags() && line instanceof FieldLine field
                    && (field.offset() == current.offset() + 2 || field.offset() == current.offset() + 3)) {
                dropGicFlags = true;
                continue;
            }
            if (dropGicFlags && line instanceof FlagLine) {
                continue;
            }
            dropGicFlags = false;
            if (current != null && current.type() == 0x09 && line instanceof FlagLine flag
                    && flag.name().equals("Runtime Online Capable")) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    /** The structure a line belongs to: its offset, type and Length as the listing shows them. */
    private record Structure(int offset, int type, int length) {

        static Structure start(FieldLine typeLine, List<Line> lines, int index) {
            int type = Integer.parseInt(typeLine.value().substring(0, 2), 16);
            int length = 0;
            if (index + 1 < lines.size() && lines.get(index + 1) instanceof FieldLine next && next.name().equals("Length")) {
                length = Integer.parseInt(next.value(), 16);
            }
            return new Structure(typeLine.offset(), type, length);
        }

        boolean isGicWithFlags() {
            return type == 0x0E || type == 0x0F;
        }
    }
}
