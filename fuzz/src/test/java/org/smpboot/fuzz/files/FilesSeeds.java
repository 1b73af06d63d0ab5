package org.smpboot.fuzz.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.smpboot.fuzz.seeds.FuzzedDataWriter;

/**
 * Seeds of the files target, written as {@link TreeInput} reads them: the MADT target's tables in
 * sysfs-like trees, the discovery target's acpidump texts as dump files, and one tree per edge of
 * the rules a tables directory is read by (each header patch, each file size, depth 1 to 4, the
 * file-count limit reached and passed).
 */
public final class FilesSeeds {

    /** The table the rule seeds patch and resize: Firecracker's MADT, small and well-formed. */
    private static final String RULE_TABLE = "corpus-firecracker.APIC.bin";

    private FilesSeeds() {
    }

    /** {@return the seeds by file name, given the MADT and discovery targets' seeds by file name} */
    public static Map<String, byte[]> all(Map<String, byte[]> madts, Map<String, byte[]> discovery) {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("builder-empty-tree", new Tree(0).toBytes());
        madts.forEach((name, table) -> {
            if (table.length <= TreeInput.MAX_CONTENT) {
                seeds.put("builder-sysfs-" + stem(name), sysfs(table));
            }
        });
        discovery.forEach((name, input) -> {
            if (name.contains("acpidump")) {
                // The discovery target's first byte is its flags; the text follows.
                seeds.put("builder-dump-file-" + stem(name).replace("acpidump-", ""), new Tree(0)
                        .file("acpidump", Arrays.copyOfRange(input, 1, input.length)).toBytes());
            }
        });
        byte[] table = madts.get(RULE_TABLE);
        for (HeaderPatch patch : HeaderPatch.values()) {
            if (patch != HeaderPatch.NONE) {
                seeds.put("builder-header-" + kebab(patch), new Tree(0).file("APIC", table, patch, FileSize.AS_WRITTEN).toBytes());
            }
        }
        for (FileSize size : FileSize.values()) {
            if (size != FileSize.AS_WRITTEN) {
                seeds.put("builder-size-" + kebab(size), new Tree(0).file("APIC", table, HeaderPatch.NONE, size).toBytes());
            }
        }
        seeds.put("builder-size-at-limit-no-table", new Tree(0).file("dump", "no table here".getBytes(StandardCharsets.US_ASCII),
                HeaderPatch.NONE, FileSize.AT_LIMIT).toBytes());
        seeds.put("builder-empty-file", new Tree(0).file("APIC", new byte[0]).toBytes());
        seeds.put("builder-depth-1-to-4", new Tree(0).file("APIC", table).directory("a").file("a/APIC", table)
                .directory("a/b").file("a/b/APIC", table).directory("a/b/c").file("a/b/c/APIC", table).toBytes());
        seeds.put("builder-files-at-count-limit", new Tree(1).file("APIC", table).toBytes());
        seeds.put("builder-files-beyond-count-limit", new Tree(2).file("APIC", table).directory("deep")
                .directory("deep/er").file("deep/er/APIC", table).toBytes());
        return seeds;
    }

    /** {@return a tree like Linux's /sys/firmware/acpi/tables with {@code madt} as its APIC table} */
    private static byte[] sysfs(byte[] madt) {
        return new Tree(0).file("APIC", madt).file("DSDT", header("DSDT")).directory("dynamic")
                .file("dynamic/SSDT1", header("SSDT")).directory("data").toBytes();
    }

    /** {@return a table header and nothing more: signature, Length 36, the rest zero} */
    private static byte[] header(String signature) {
        byte[] header = Arrays.copyOf(signature.getBytes(StandardCharsets.US_ASCII), FileSize.HEADER_SIZE);
        header[4] = FileSize.HEADER_SIZE;
        return header;
    }

    private static String stem(String name) {
        return name.replaceFirst("^(corpus|builder)-", "").replaceFirst("\\.APIC\\.bin$", "");
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The writer of one tree, entry by entry, in the order {@link TreeInput#parse} consumes them. */
    private static final class Tree {
        private final int crowd;
        private final List<Path> directories = new ArrayList<>();
        private final List<Consumer<FuzzedDataWriter>> entries = new ArrayList<>();

        /** A tree with crowd choice {@code crowd}: an index into {@link TreeInput#FILLERS}. */
        Tree(int crowd) {
            this.crowd = crowd;
        }

        Tree directory(String path) {
            Path relative = Path.of(path);
            entry(relative, writer -> writer.consumeBoolean(true));
            directories.add(relative);
            return this;
        }

        Tree file(String path, byte[] bytes) {
            return file(path, bytes, HeaderPatch.NONE, FileSize.AS_WRITTEN);
        }

        Tree file(String path, byte[] bytes, HeaderPatch patch, FileSize size) {
            entry(Path.of(path), writer -> writer.consumeBoolean(false).consumeInt(0, TreeInput.MAX_CONTENT, bytes.length)
                    .consumeBytes(bytes).pickValue(HeaderPatch.values(), patch).pickValue(FileSize.values(), size));
            return this;
        }

        private void entry(Path relative, Consumer<FuzzedDataWriter> rest) {
            Path parent = relative.getParent();
            int parentChoice = parent == null ? 0 : directories.indexOf(parent) + 1;
            if (parent != null && parentChoice == 0) {
                throw new IllegalArgumentException("Invalid entry %s: its directory was not made first".formatted(relative));
            }
            int choices = directories.size();
            byte[] name = name(relative.getFileName().toString());
            entries.add(writer -> {
                writer.consumeInt(0, choices, parentChoice).consumeInt(1, TreeInput.MAX_NAME, name.length).consumeBytes(name);
                rest.accept(writer);
            });
        }

        private static byte[] name(String name) {
            byte[] bytes = new byte[name.length()];
            for (int i = 0; i < bytes.length; i++) {
                int index = TreeInput.ALPHABET.indexOf(name.charAt(i));
                if (index < 0) {
                    throw new IllegalArgumentException("Invalid name %s: '%c' is not in the alphabet".formatted(name, name.charAt(i)));
                }
                bytes[i] = (byte) index;
            }
            return bytes;
        }

        byte[] toBytes() {
            FuzzedDataWriter writer = new FuzzedDataWriter().consumeInt(0, TreeInput.FILLERS.length - 1, crowd)
                    .consumeInt(0, TreeInput.MAX_ENTRIES, entries.size());
            entries.forEach(entry -> entry.accept(writer));
            return writer.toBytes();
        }
    }
}
