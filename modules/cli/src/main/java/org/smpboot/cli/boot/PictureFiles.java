package org.smpboot.cli.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.smpboot.cli.UsageException;
import org.smpboot.cli.timeline.ChromeTraceWriter;
import org.smpboot.cli.timeline.SvgTimelineWriter;
import org.smpboot.cli.timeline.Timeline;
import org.smpboot.cli.timeline.TimelineBuilder;

/**
 * Writes the pictures of a boot that {@code --trace} and {@code --svg} ask for, both drawn from one
 * {@link Timeline}. A file that cannot be written is a usage error naming the flag and the path.
 */
final class PictureFiles {

    private PictureFiles() {
    }

    /** {@return the timeline of {@code boot} on a {@code machineKind} machine, titled with its outcome} */
    static Timeline timeline(BootRun boot, String machineKind) {
        var report = boot.report();
        String title = "smpboot boot: %s machine, %,d CPUs, platform %s (%s, %s): %d of %d online in %s".formatted(
                machineKind, boot.run().cpus().size(), report.platform(), report.apicMode().mnemonic(),
                report.wakeup(), report.online(), report.expected(),
                BootLogText.time(boot.run().trace(), report.endTsc()));
        return TimelineBuilder.of(title, report, boot.run());
    }

    /** Writes the Chrome trace-event JSON to {@code file}. */
    static void trace(Timeline timeline, Path file) {
        write("--trace", file, timeline, ChromeTraceWriter::write);
    }

    /** Writes the SVG timeline to {@code file}. */
    static void svg(Timeline timeline, Path file) {
        write("--svg", file, timeline, SvgTimelineWriter::write);
    }

    private static void write(String flag, Path file, Timeline timeline, BiConsumer<Timeline, Writer> writer) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.accept(timeline, out);
        } catch (IOException e) {
            throw unwritable(flag, file, e);
        } catch (UncheckedIOException e) {
            throw unwritable(flag, file, e.getCause());
        }
    }

    private static UsageException unwritable(String flag, Path file, IOException error) {
        String reason = switch (error) {
            case java.nio.file.NoSuchFileException _ -> file.toAbsolutePath().getParent() != null
                    && !Files.isDirectory(file.toAbsolutePath().getParent()) ? "no such directory" : "cannot create it";
            case java.nio.file.AccessDeniedException _ -> "permission denied";
            case java.nio.file.FileSystemException fs -> fs.getReason() == null ? fs.getClass().getSimpleName()
                    : fs.getReason();
            default -> error.getMessage();
        };
        return new UsageException("cannot write %s %s: %s".formatted(flag, file, reason));
    }
}
