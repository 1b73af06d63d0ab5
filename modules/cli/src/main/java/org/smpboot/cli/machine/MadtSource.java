package org.smpboot.cli.machine;

import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.processor.ProcessorView;
import org.smpboot.kernel.api.apic.ApicId;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.acpi.table.Signature;
import org.smpboot.cli.UsageException;

/**
 * The MADT {@code --madt} names: a raw table, an {@code acpidump} text file, or a tables directory
 * such as {@code /sys/firmware/acpi/tables}, read with the ACPI library's table sources.
 *
 * @param path   the path the user gave
 * @param origin where in it the MADT was found (a file name or an acpidump header)
 * @param bytes  the table, as many bytes as the source held (its Length may claim more; the parser
 *               decides)
 * @spec ACPI 6.6 §5.2.12 "Multiple APIC Description Table (MADT)"
 */
public record MadtSource(Path path, String origin, byte[] bytes) {

    /** Validates that every part is present. */
    public MadtSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(origin, "origin");
        bytes = bytes.clone();
    }

    /** {@return the table's bytes, a copy} */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * {@return the first MADT at {@code path}}
     *
     * @throws UsageException in one line naming the path, if it cannot be read or holds no MADT
     */
    public static MadtSource read(Path path) {
        TableSource source;
        try {
            source = TableSources.open(path);
        } catch (NoSuchFileException missing) {
            throw new UsageException("cannot read --madt %s: no such file or directory".formatted(path));
        } catch (AccessDeniedException denied) {
            throw new UsageException("cannot read --madt %s: permission denied".formatted(path));
        } catch (IOException unreadable) {
            throw new UsageException("cannot read --madt %s: %s".formatted(path, unreadable.getMessage()));
        } catch (AcpiException unreadable) {
            throw new UsageException("cannot read --madt %s: %s".formatted(path, unreadable.getMessage()));
        }
        FoundTable madt = source.find(Signature.MADT).orElseThrow(() -> new UsageException(
                "--madt %s holds no MADT (signature \"APIC\") among its %d table(s)%s".formatted(path,
                        source.tables().size(), unreadableFiles(source, path))));
        return new MadtSource(path, madt.origin(), madt.bytes().toArray(ValueLayout.JAVA_BYTE));
    }

    /**
     * {@return the APIC IDs of the processors the table lets boot, in table order} The machine
     * built from the table has exactly these (the acpi module's processor view decides, leniently,
     * as {@code Machine.fromMadt} does); empty when the table lists no bootable x86 processor.
     *
     * @throws UsageException if the table cannot be parsed at all
     */
    public List<ApicId> bootableApicIds() {
        try {
            Madt madt = Madt.parse(MemorySegment.ofArray(bytes.clone()), Strictness.LENIENT);
            return ProcessorView.of(madt, Strictness.LENIENT).bootableApicIds();
        } catch (AcpiException unreadable) {
            throw new UsageException("cannot use --madt %s: %s".formatted(path, unreadable.getMessage()));
        }
    }

    /** Why a tables directory yielded nothing: its first unreadable file, if any. */
    private static String unreadableFiles(TableSource source, Path path) {
        if (source.problems().isEmpty()) {
            return Files.isDirectory(path) ? "" : " (is it a raw table, an acpidump text or a tables directory?)";
        }
        return "; %d file(s) unreadable, first: %s".formatted(source.problems().size(),
                source.problems().getFirst().detail());
    }
}
