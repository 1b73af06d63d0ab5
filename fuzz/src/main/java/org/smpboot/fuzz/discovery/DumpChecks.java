package org.smpboot.fuzz.discovery;

import java.nio.charset.StandardCharsets;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.acpi.table.Signature;
import org.smpboot.fuzz.Finding;

/**
 * What reading an {@code acpidump} text must guarantee, whatever the text: it throws nothing (a
 * line it cannot read is a problem), no table holds more bytes than the text spells out (two hex
 * digits each), every problem points at a line of the text, and the MADT found reads as
 * {@link FoundMadt} reads it. The text is read as {@code TableSources.open} reads a file, one
 * character per byte.
 *
 * @spec ACPICA acpidump output: {@code SIG @ 0xADDR}, then {@code OFFSET: XX XX ...  ascii} lines
 */
final class DumpChecks {

    private DumpChecks() {
    }

    static void check(byte[] dump) {
        String text = new String(dump, StandardCharsets.ISO_8859_1);
        TableSource source = TableSources.ofAcpidump(text, "fuzz");
        long lines = text.lines().count() + 1;
        for (FoundTable table : source.tables()) {
            if (table.bytes().byteSize() > dump.length / 2) {
                throw Finding.of("%s holds %d bytes, more than a %d-character dump spells out", table.origin(),
                        table.bytes().byteSize(), dump.length);
            }
        }
        for (Problem problem : source.problems()) {
            if (problem.offset() < 1 || problem.offset() > lines) {
                throw Finding.of("Problem %s points at no line of a %d-line dump", problem, lines);
            }
        }
        source.find(Signature.MADT).ifPresent(FoundMadt::read);
    }
}
