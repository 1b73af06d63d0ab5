package org.smpboot.acpi.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real-MADT corpus, read from the test resource {@code corpus/madt-corpus.zip} (a copy of
 * {@code /work/shared/corpus} made by {@code corpus/refresh.sh}, so CI needs no shared folder).
 */
public final class Corpus {

    /** One corpus table: its path under {@code tables/}, bytes, iasl 20250404 listing, MANIFEST row. */
    public record Table(String path, byte[] bytes, String iasl, Map<String, String> manifest) {

        /** {@return the file name without directories} */
        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private static volatile Corpus instance;

    private final List<Table> tables;
    private final Map<String, String> acpidumps;

    private Corpus(List<Table> tables, Map<String, String> acpidumps) {
        this.tables = tables;
        this.acpidumps = acpidumps;
    }

    /** {@return the corpus, read once} */
    public static Corpus get() {
        Corpus corpus = instance;
        if (corpus == null) {
            synchronized (Corpus.class) {
                if (instance == null) {
                    instance = read();
                }
                corpus = instance;
            }
        }
        return corpus;
    }

    /** {@return every table, in path order} */
    public List<Table> tables() {
        return tables;
    }

    /** {@return the acpidump text files by name} */
    public Map<String, String> acpidumps() {
        return acpidumps;
    }

    /** {@return the table whose path ends with {@code suffix}} */
    public Table table(String suffix) {
        return tables.stream().filter(t -> t.path().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No corpus table ends with " + suffix));
    }

    private static Corpus read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream zip = Corpus.class.getResourceAsStream("/corpus/madt-corpus.zip")) {
            if (zip == null) {
                throw new IllegalStateException("Missing test resource corpus/madt-corpus.zip: run corpus/refresh.sh");
            }
            try (ZipInputStream in = new ZipInputStream(zip)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> manifest = manifest(new String(files.get("MANIFEST.tsv"), StandardCharsets.UTF_8));
        List<Table> tables = new ArrayList<>();
        Map<String, String> dumps = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".bin")) {
                String dsl = name.substring(0, name.length() - ".bin".length()) + ".iasl-20250404.dsl";
                tables.add(new Table(name, bytes, new String(files.get(dsl), StandardCharsets.ISO_8859_1),
                        manifest.get(name)));
            } else if (name.startsWith("acpidump/")) {
                dumps.put(name.substring("acpidump/".length()), new String(bytes, StandardCharsets.ISO_8859_1));
            }
        });
        tables.sort((a, b) -> a.path().compareTo(b.path()));
        return new Corpus(List.copyOf(tables), dumps);
    }

    private static Map<String, Map<String, String>> manifest(String tsv) {
        String[] lines = tsv.split("\n");
        String[] header = lines[0].split("\t", -1);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.put(row.get("file"), row);
        }
        return rows;
    }
}
