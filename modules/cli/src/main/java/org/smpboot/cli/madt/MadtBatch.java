package org.smpboot.cli.madt;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.smpboot.acpi.listing.AsciiBuffer;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.acpi.table.Signature;
import org.smpboot.cli.ProgressBar;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * {@code smpboot madt --batch DIR}: decodes every table under a directory, as fast as the machine
 * allows: files are decoded in chunks on all cores, each chunk's output built in memory and
 * written in file order, so the output is the same whatever the thread count.
 *
 * <p>A file counts as a MADT if it is a raw table with signature {@code APIC} or an acpidump text
 * holding one; other files are skipped and counted.
 */
final class MadtBatch {

    /** What the batch prints. */
    enum Mode {
        /** Counts only. */
        SUMMARY,
        /** Every table's iasl-style listing. */
        TEXT,
        /** One JSON object per table, one per line. */
        JSON
    }

    /** Files per task: large enough to amortise scheduling, small enough to keep memory flat. */
    private static final int CHUNK = 128;
    /**
     * The batch writes JSON into an {@link AsciiBuffer}, one byte per character, which reaches a
     * {@code Writer} as Latin-1: every non-ASCII character is escaped, or its UTF-8 bytes would be
     * encoded a second time (the citations' "§").
     */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final byte[] APIC = "APIC".getBytes(StandardCharsets.US_ASCII);

    private final Path directory;
    private final Mode mode;
    private final Strictness strictness;
    private final boolean lint;
    private final PrintWriter err;

    MadtBatch(Path directory, Mode mode, Strictness strictness, boolean lint, PrintWriter err) {
        this.directory = directory;
        this.mode = mode;
        this.strictness = strictness;
        this.lint = lint;
        this.err = err;
    }

    /** Runs the batch, writing to {@code output} if given, else to {@code out}; {@return the exit status} */
    int run(PrintWriter out, Path output) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new org.smpboot.cli.UsageException("not a directory: " + directory);
        }
        long start = System.nanoTime();
        BatchFiles fileSystem = BatchFiles.forThisSystem();
        // Listed as the decoding goes: the first chunk starts after the first directory is read.
        Iterator<String> files = fileSystem.walk(directory);
        BatchSummary summary = new BatchSummary();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int window = 2 * threads;
        // Output buffers are reused: a chunk's text is built in one, written, and the buffer handed
        // back, so a run allocates window + 1 buffers however many files it decodes.
        ArrayBlockingQueue<AsciiBuffer> buffers = new ArrayBlockingQueue<>(window + 1);
        for (int i = 0; i <= window; i++) {
            buffers.add(new AsciiBuffer(mode == Mode.SUMMARY ? 64 : CHUNK * 16 * 1024));
        }
        // One reader, with its read buffer, per pool thread. The arena outlives the pool: it is
        // closed after the pool's close() has waited for every task.
        try (Arena arena = Arena.ofShared();
             ProgressBar progress = ProgressBar.onTerminal(err);
             ExecutorService pool = Executors.newFixedThreadPool(threads);
             OutputStream sink = output == null ? null : Files.newOutputStream(output)) {
            progress.phase("decoding", 0, "files");
            ThreadLocal<BatchFiles.Reader> readers = ThreadLocal.withInitial(() -> fileSystem.reader(arena));
            ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
            long listed = 0;
            while (files.hasNext() || !inFlight.isEmpty()) {
                while (files.hasNext() && inFlight.size() < window) {
                    List<String> chunk = new ArrayList<>(CHUNK);
                    while (chunk.size() < CHUNK && files.hasNext()) {
                        chunk.add(files.next());
                    }
                    listed += chunk.size();
                    AsciiBuffer buffer = buffers.remove();
                    inFlight.add(pool.submit(() -> decode(chunk, readers.get(), buffer)));
                }
                if (!files.hasNext()) {
                    progress.total(listed);
                }
                Chunk chunk = take(inFlight.removeFirst());
                summary.add(chunk.summary());
                if (sink != null) {
                    chunk.output().writeTo(sink);
                } else {
                    chunk.output().writeTo(out);
                }
                chunk.output().clear();
                buffers.add(chunk.output());
                progress.advance(chunk.summary().files());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (mode == Mode.SUMMARY) {
            summary.print(out, directory, seconds, lint);
        } else {
            err.println("smpboot madt: %d MADTs decoded (%d with problems, %d failed), %d other files skipped, %.2f s"
                    .formatted(summary.decoded(), summary.withProblems(), summary.failed(), summary.skipped(), seconds));
        }
        out.flush();
        return strictness == Strictness.STRICT && summary.failed() > 0 ? 1 : 0;
    }

    /** The output and counts of one chunk of files. */
    private record Chunk(AsciiBuffer output, BatchSummary summary) {
    }

    private Chunk decode(List<String> files, BatchFiles.Reader reader, AsciiBuffer output) {
        OutputStream json = output.asOutputStream();
        BatchSummary summary = new BatchSummary();
        for (String file : files) {
            Optional<FoundTable> table = madtIn(file, reader);
            if (table.isEmpty()) {
                summary.skip();
                continue;
            }
            MadtDecoding decoding;
            try {
                decoding = MadtDecoding.of(table.get().bytes(), file, List.of(), strictness, lint);
            } catch (AcpiException e) {
                summary.fail(e.rule());
                failure(file, e, output, json);
                continue;
            }
            summary.add(decoding);
            switch (mode) {
                case SUMMARY -> { }
                case TEXT -> MadtText.write(decoding, lint, output);
                case JSON -> {
                    try (JsonGenerator generator = JSON.createGenerator(json)) {
                        MadtJson.write(generator, decoding, lint);
                    }
                    output.newline();
                }
            }
        }
        return new Chunk(output, summary);
    }

    private void failure(String file, AcpiException e, AsciiBuffer output, OutputStream json) {
        switch (mode) {
            case SUMMARY -> { }
            case TEXT -> output.append("/* ").append(file).append(": not decoded: 0x")
                    .append(Long.toHexString(e.offset())).append(' ').append(e.rule().id()).append(" */\n");
            case JSON -> {
                try (JsonGenerator generator = JSON.createGenerator(json)) {
                    generator.writeStartObject();
                    generator.writeStringProperty("source", file);
                    generator.writeObjectPropertyStart("error");
                    generator.writeNumberProperty("offset", e.offset());
                    generator.writeStringProperty("rule", e.rule().id());
                    generator.writeStringProperty("detail", e.problem().detail());
                    generator.writeEndObject();
                    generator.writeEndObject();
                }
                output.newline();
            }
        }
    }

    /**
     * {@return the MADT in {@code file}: a raw APIC table, or the APIC table of an acpidump text}
     * A raw table is decoded where {@code reader} read it (zero copy); the reader reuses its buffer
     * for the next file, so the decoding must be finished first (it is: one thread, in order).
     */
    private static Optional<FoundTable> madtIn(String file, BatchFiles.Reader reader) {
        MemorySegment bytes;
        try {
            Optional<MemorySegment> read = reader.read(file);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            bytes = read.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.byteSize() >= APIC.length && MemorySegment.mismatch(bytes, 0, APIC.length,
                MemorySegment.ofArray(APIC), 0, APIC.length) < 0 && !hexDumpHeader(bytes)) {
            return Optional.of(new FoundTable(Signature.MADT, file, bytes));
        }
        byte[] copy = bytes.toArray(ValueLayout.JAVA_BYTE);
        if (looksLikeAcpidump(copy)) {
            return TableSources.ofAcpidump(new String(copy, StandardCharsets.ISO_8859_1), file).find(Signature.MADT);
        }
        return Optional.empty();
    }

    /**
     * {@return whether the signature is followed by " @", as in the "APIC @ 0x..." line that opens
     * an acpidump text of the MADT alone ({@code acpidump -n APIC}): a binary table has its Length there}
     */
    private static boolean hexDumpHeader(MemorySegment bytes) {
        return bytes.byteSize() >= APIC.length + 2 && bytes.get(ValueLayout.JAVA_BYTE, APIC.length) == ' '
                && bytes.get(ValueLayout.JAVA_BYTE, APIC.length + 1) == '@';
    }

    private static boolean looksLikeAcpidump(byte[] bytes) {
        int end = Math.min(bytes.length, 64);
        String start = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        int newline = start.indexOf('\n');
        return (newline < 0 ? start : start.substring(0, newline)).contains(" @ 0x");
    }

    private static Chunk take(Future<Chunk> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("decoding failed: " + e.getCause(), e.getCause());
        }
    }
}
