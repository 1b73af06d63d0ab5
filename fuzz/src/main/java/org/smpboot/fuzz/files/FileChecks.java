package org.smpboot.fuzz.files;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.fuzz.Finding;

/**
 * What {@code TableSources.open} must make of one file, as {@code smpboot madt FILE} opens it
 * ({@link TableRules} says what the file is):
 * <ul>
 *   <li>larger than {@code MAX_FILE_SIZE}: a {@code TableLengthException}, the documented refusal;
 *       otherwise nothing is thrown;</li>
 *   <li>a table: exactly one, with the file's signature and exactly its bytes, its origin the
 *       file's path, no problems;</li>
 *   <li>anything else is an acpidump text: the tables and problems {@code TableSources.ofAcpidump}
 *       finds in the same bytes in memory (one character per byte), no table larger than the text
 *       spells out (two hex digits a byte);</li>
 *   <li>each MADT found reads as its bytes read in memory ({@link SameReading}).</li>
 * </ul>
 * A file beyond {@link SameReading#MAX_COMPARED} that is no table is not opened on its own (see
 * {@link #check}).
 */
final class FileChecks {

    private FileChecks() {
    }

    static void check(Path root, PlannedFile file) {
        Path path = root.resolve(file.relative());
        TableRules.Verdict verdict = TableRules.opened(file);
        if (verdict == TableRules.Verdict.NOT_A_TABLE && file.size() > SameReading.MAX_COMPARED) {
            // Read as an acpidump text: linear in the size, but Jazzer's regex hooks make
            // String.split of a 256 MiB text take minutes (RegexRoadblocks encodes the whole text
            // for libFuzzer at each step). The branches are those of a small text, fuzzed
            // on every other input; the directory check still reads such files.
            return;
        }
        TableSource source;
        try {
            source = TableSources.open(path);
        } catch (TableLengthException e) {
            if (verdict == TableRules.Verdict.TOO_LARGE) {
                return;
            }
            throw unexpected(path, file, e);
        } catch (IOException | RuntimeException e) {
            throw unexpected(path, file, e);
        }
        switch (verdict) {
            case TOO_LARGE -> throw Finding.of("%s is %d bytes, beyond the limit, but was read", path, file.size());
            case TABLE -> table(path, file, source);
            case NOT_A_TABLE, NEVER_OPENED -> acpidump(path, file, source);
        }
    }

    private static void table(Path path, PlannedFile file, TableSource source) {
        List<FoundTable> tables = source.tables();
        String signature = file.signature();
        if (tables.size() != 1 || !source.problems().isEmpty()) {
            throw Finding.of("the table file %s gave %d tables and problems %s", path, tables.size(), source.problems());
        }
        FoundTable table = tables.getFirst();
        if (!table.origin().equals(path.toString()) || !table.signature().value().equals(signature)
                || !file.isHeldBy(table.bytes())) {
            throw Finding.of("table %s from %s (%d bytes) is not the file %s's %d bytes with signature %s",
                    table.signature(), table.origin(), table.bytes().byteSize(), path, file.size(), signature);
        }
        if (file.size() <= SameReading.MAX_COMPARED) {
            SameReading.check(table, file.bytes(SameReading.MAX_COMPARED));
        }
    }

    private static void acpidump(Path path, PlannedFile file, TableSource source) {
        for (FoundTable table : source.tables()) {
            if (table.bytes().byteSize() > file.size() / 2) {
                throw Finding.of("%s holds %d bytes, more than a %d-byte dump spells out", table.origin(),
                        table.bytes().byteSize(), file.size());
            }
        }
        if (file.size() > SameReading.MAX_COMPARED) {
            return;
        }
        byte[] bytes = file.bytes(SameReading.MAX_COMPARED);
        TableSource inMemory = TableSources.ofAcpidump(new String(bytes, StandardCharsets.ISO_8859_1), path.toString());
        if (!source.problems().equals(inMemory.problems()) || source.tables().size() != inMemory.tables().size()) {
            throw Finding.of("the acpidump file %s gave %d tables and %s; its text in memory %d tables and %s", path,
                    source.tables().size(), source.problems(), inMemory.tables().size(), inMemory.problems());
        }
        for (int i = 0; i < source.tables().size(); i++) {
            FoundTable found = source.tables().get(i);
            FoundTable expected = inMemory.tables().get(i);
            if (!found.signature().equals(expected.signature()) || !found.origin().equals(expected.origin())
                    || MemorySegment.mismatch(found.bytes(), 0, found.bytes().byteSize(), expected.bytes(), 0,
                            expected.bytes().byteSize()) >= 0) {
                throw Finding.of("table %d of the acpidump file %s is %s from %s, in memory %s from %s", i, path,
                        found.signature(), found.origin(), expected.signature(), expected.origin());
            }
            SameReading.check(found, expected.bytes().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
    }

    private static Finding unexpected(Path path, PlannedFile file, Exception e) {
        Finding finding = Finding.of("opening %s (%d bytes, %s) threw %s", path, file.size(), TableRules.opened(file), e);
        finding.initCause(e);
        return finding;
    }
}
