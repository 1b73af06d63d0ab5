package org.smpboot.cli.madt;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smpboot.acpi.listing.AsciiBuffer;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.acpi.table.Signature;
import org.smpboot.cli.JsonOutput;
import org.smpboot.cli.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code smpboot madt}: decode a MADT as iasl does, say which processors a kernel boots, and lint
 * the firmware; or decode every table under a directory ({@code --batch}).
 *
 * <p>Exit status: 0 when the table was decoded (a lenient decode that found problems lists them
 * and still exits 0), 1 when {@code --strict} met an error (one line naming the offset and rule)
 * or a file could not be read, 2 for bad usage.
 */
@Command(name = "madt", mixinStandardHelpOptions = true,
        description = {"Decode an ACPI MADT (APIC table) like iasl, with the processors a kernel boots.",
                "SOURCE is a raw table file, an acpidump text file (its APIC table is used) or a tables "
                        + "directory such as /sys/firmware/acpi/tables."})
public final class MadtCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "0..1", description = "The table to decode.")
    private Path source;

    @Option(names = "--batch", paramLabel = "DIR",
            description = "Decode every table under DIR, recursively: a summary, or each decoding with --text/--json.")
    private Path batch;

    @Option(names = "--json", description = "Print JSON (with --batch: one object per line).")
    private boolean json;

    @Option(names = "--text", description = "Print the iasl-style listing (the default for one SOURCE).")
    private boolean text;

    @Option(names = "--lint", description = "Also run the firmware lints, each with its ACPI citation.")
    private boolean lint;

    @Option(names = "--strict", description = "Stop at the first error and exit 1 (default: decode what can be, list problems).")
    private boolean strict;

    @Option(names = "--output", paramLabel = "FILE",
            description = "With --batch: write the decodings to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        if ((source == null) == (batch == null)) {
            throw new UsageException("give either SOURCE or --batch DIR");
        }
        if (json && text) {
            throw new UsageException("--json and --text exclude each other");
        }
        if (output != null && batch == null) {
            throw new UsageException("--output applies to --batch only");
        }
        Strictness strictness = strict ? Strictness.STRICT : Strictness.LENIENT;
        if (batch != null) {
            return new MadtBatch(batch, json ? MadtBatch.Mode.JSON : text ? MadtBatch.Mode.TEXT : MadtBatch.Mode.SUMMARY,
                    strictness, lint, spec.commandLine().getErr()).run(spec.commandLine().getOut(), output);
        }
        return single(strictness);
    }

    private int single(Strictness strictness) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        TableSource tables = open(source);
        FoundTable apic = tables.find(Signature.MADT).orElseThrow(() -> new UsageException(
                "%s holds no APIC table (found: %s)".formatted(source, signatures(tables))));
        MadtDecoding decoding;
        try {
            decoding = MadtDecoding.of(apic.bytes(), apic.origin(), tables.problems(), strictness, lint);
        } catch (AcpiException e) {
            spec.commandLine().getErr().println("smpboot madt: %s: %s".formatted(source, e.getMessage()));
            return 1;
        }
        if (json) {
            JsonOutput.write(out, generator -> MadtJson.write(generator, decoding, lint));
        } else {
            AsciiBuffer listing = new AsciiBuffer(32 * 1024);
            MadtText.write(decoding, lint, listing);
            out.print(listing);
        }
        return 0;
    }

    private static TableSource open(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new UsageException("no such file or directory: " + path);
        }
        try {
            return TableSources.open(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file or directory: " + path);
        }
    }

    private static String signatures(TableSource tables) {
        List<String> found = tables.tables().stream().map(t -> t.signature().value()).distinct().toList();
        return found.isEmpty() ? "no tables" : String.join(", ", found);
    }
}
