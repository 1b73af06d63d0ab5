package org.smpboot.acpi.source;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * Opens each kind of {@link TableSource}.
 *
 * {@snippet :
 * TableSource firmware = TableSources.scanMemory(memory, new Problems(Strictness.STRICT));
 * FoundTable apic = firmware.find(Signature.MADT).orElseThrow();
 * Madt madt = Madt.parse(apic.bytes(), Strictness.STRICT);
 *
 * TableSource dump = TableSources.open(Path.of("machine.acpidump.txt"));   // file, dump or directory
 * }
 */
public final class TableSources {

    /** Files larger than this are not tables: a MADT for 65,536 CPUs is about 1 MiB. */
    public static final long MAX_FILE_SIZE = 256L << 20;

    private TableSources() {
    }

    /**
     * {@return the tables reachable from an RSDP found by scanning the EBDA and the BIOS area
     * 0xE0000-0xFFFFF on 16-byte boundaries}
     *
     * @throws SignatureException ({@link SourceRule#RSDP_NOT_FOUND}) if no RSDP with a valid
     *     checksum is found
     */
    public static TableSource scanMemory(PhysicalMemory memory, Problems problems) {
        PhysicalAddress rsdp = PhysicalMemorySource.scanForRsdp(memory).orElseThrow(() -> new SignatureException(
                new Problem(PhysicalMemorySource.BIOS_AREA_START, SourceRule.RSDP_NOT_FOUND,
                        "no \"RSD PTR \" with a valid checksum on a 16-byte boundary in the EBDA or 0xE0000-0xFFFFF")));
        return PhysicalMemorySource.fromRsdp(memory, rsdp, problems);
    }

    /** {@return the tables reachable from the RSDP at a known address (a UEFI configuration table entry)} */
    public static TableSource fromRsdp(PhysicalMemory memory, PhysicalAddress rsdp, Problems problems) {
        return PhysicalMemorySource.fromRsdp(memory, rsdp, problems);
    }

    /** {@return one table held in memory, zero copy} */
    public static TableSource ofTable(MemorySegment table, String origin) {
        if (table.byteSize() < Signature.LENGTH) {
            throw new TableLengthException(new Problem(0, org.smpboot.acpi.problem.FormatRule.TABLE_SHORTER_THAN_HEADER,
                    "%d bytes hold no signature".formatted(table.byteSize())));
        }
        Signature signature = new Signature(org.smpboot.acpi.table.AcpiText.raw(table, 0, Signature.LENGTH));
        return new ListedTables(origin, List.of(new FoundTable(signature, origin, table)), List.of());
    }

    /** {@return one table held in a byte array} */
    public static TableSource ofTable(byte[] table) {
        return ofTable(MemorySegment.ofArray(table), "bytes");
    }

    /** {@return the tables of an acpidump text} */
    public static TableSource ofAcpidump(String text, String name) {
        return AcpidumpText.parse(text, name);
    }

    /**
     * Opens {@code path} as the kind of source it is: a directory of table files (like
     * {@code /sys/firmware/acpi/tables}), a raw table file, or an acpidump text file.
     *
     * @throws IOException          if the path cannot be read
     * @throws TableLengthException if a file is larger than {@link #MAX_FILE_SIZE}
     */
    public static TableSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        byte[] bytes = read(path);
        if (looksLikeTable(bytes)) {
            return ofTable(MemorySegment.ofArray(bytes), path.toString());
        }
        return ofAcpidump(new String(bytes, StandardCharsets.ISO_8859_1), path.toString());
    }

    /**
     * How deep a tables directory goes: Linux's {@code /sys/firmware/acpi/tables} holds the tables
     * and the sub-directories {@code dynamic/} and {@code data/}.
     */
    public static final int MAX_DIRECTORY_DEPTH = 2;

    /** More files than any machine's tables directory holds: a directory beyond it is read no further. */
    public static final int MAX_DIRECTORY_FILES = 4096;

    /**
     * Bytes of tables one directory read keeps at most: as much as one table file may hold, hundreds
     * of times what a machine's tables directory holds (a few MiB with a large DSDT). Without it a
     * tree of sparse files, each claiming 256 MiB and costing nothing on disk, fills any heap.
     */
    public static final long MAX_DIRECTORY_BYTES = MAX_FILE_SIZE;

    /**
     * {@return the tables of a directory: each regular file one table, sub-directories too (at most
     * {@link #MAX_DIRECTORY_DEPTH} deep), in name order} A directory with more than
     * {@link #MAX_DIRECTORY_FILES} files is not a tables directory: the first ones the file system
     * lists are read, in name order, and a problem says so, rather than reading, say, a whole file
     * system. A file or sub-directory that cannot be read is a problem too. A file is read whole
     * only if its header looks like a table's, and only while the tables kept stay within
     * {@link #MAX_DIRECTORY_BYTES}; a table beyond that is a problem.
     *
     * @throws IOException if {@code directory} itself cannot be listed
     */
    public static TableSource directory(Path directory) throws IOException {
        List<FoundTable> tables = new ArrayList<>();
        TableFiles listed = TableFiles.list(directory, MAX_DIRECTORY_DEPTH, MAX_DIRECTORY_FILES);
        List<Problem> problems = new ArrayList<>(listed.problems());
        List<Path> files = listed.files();
        long unspent = MAX_DIRECTORY_BYTES;
        for (Path file : files) {
            try {
                long size = sizeWithinLimit(file);
                if (!looksLikeTable(header(file))) {
                    problems.add(new Problem(0, SourceRule.FILE_UNREADABLE, file + " holds no table header"));
                    continue;
                }
                if (size > unspent) {
                    problems.add(new Problem(0, SourceRule.FILE_UNREADABLE, "%s is %d bytes, more than the %d left of the %d"
                            .formatted(file, size, unspent, MAX_DIRECTORY_BYTES) + " bytes one directory read keeps"));
                    continue;
                }
                // Read again whole: the file may have changed since its header was read.
                byte[] bytes = read(file);
                if (looksLikeTable(bytes) && bytes.length <= unspent) {
                    unspent -= bytes.length;
                    tables.add(ofTable(MemorySegment.ofArray(bytes), file.toString()).tables().getFirst());
                } else {
                    problems.add(new Problem(0, SourceRule.FILE_UNREADABLE, file + " changed while it was read"));
                }
            } catch (IOException | TableLengthException e) {
                problems.add(new Problem(0, SourceRule.FILE_UNREADABLE, file + ": " + e.getMessage()));
            }
        }
        return new ListedTables("tables directory " + directory, tables, problems);
    }

    /**
     * {@return whether {@code bytes} start like a system description table}: four printable
     * signature characters not followed by the " @" of a hex-dump header, and a Length from 36 to
     * {@link #MAX_FILE_SIZE} (a dump may be cut short of its Length; the table reader then reports
     * the shortfall).
     */
    static boolean looksLikeTable(byte[] bytes) {
        if (bytes.length < SdtHeader.SIZE) {
            return false;
        }
        for (int i = 0; i < Signature.LENGTH; i++) {
            if (bytes[i] < 0x20 || bytes[i] > 0x7E) {
                return false;
            }
        }
        long length = LittleEndian.u32(MemorySegment.ofArray(bytes), SdtHeader.LENGTH_OFFSET);
        boolean hexDumpHeader = bytes[Signature.LENGTH] == ' ' && bytes[Signature.LENGTH + 1] == '@';
        return !hexDumpHeader && length >= SdtHeader.SIZE && length <= MAX_FILE_SIZE;
    }

    private static byte[] read(Path file) throws IOException {
        sizeWithinLimit(file);
        return Files.readAllBytes(file);
    }

    /** {@return the size of {@code file}} @throws TableLengthException if it is larger than {@link #MAX_FILE_SIZE} */
    private static long sizeWithinLimit(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_SIZE) {
            throw new TableLengthException(new Problem(0, org.smpboot.acpi.problem.FormatRule.LENGTH_BEYOND_BUFFER,
                    "%s is %d bytes, more than any table (%d)".formatted(file, size, MAX_FILE_SIZE)));
        }
        return size;
    }

    /** {@return the first {@link SdtHeader#SIZE} bytes of {@code file}, fewer if it is shorter} */
    private static byte[] header(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SdtHeader.SIZE);
        }
    }

}
