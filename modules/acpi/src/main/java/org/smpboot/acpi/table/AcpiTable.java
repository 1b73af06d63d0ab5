package org.smpboot.acpi.table;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.smpboot.acpi.problem.ChecksumException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.TableLengthException;

/**
 * A system description table whose header has been checked against the bytes that hold it: its
 * {@link #bytes()} are exactly the table (never more than the buffer had), zero copy.
 *
 * <p>{@snippet :
 * Problems problems = new Problems(Strictness.LENIENT);
 * AcpiTable table = AcpiTable.read(MemorySegment.ofArray(bytes), problems);
 * boolean valid = table.checksumValid();
 * }
 *
 * @param header        the table header
 * @param bytes         the table: {@code header.length()} bytes, or fewer if a lenient read found
 *                      the buffer shorter than Length
 * @param checksumValid whether the {@code header.length()} bytes sum to zero (false if they are
 *                      not all present)
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header"
 */
public record AcpiTable(SdtHeader header, MemorySegment bytes, boolean checksumValid) {

    /** Checks that the bytes are no longer than the header says. */
    public AcpiTable {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.byteSize() > header.length()) {
            throw new IllegalArgumentException("Invalid table bytes: %d bytes for a table of Length %d"
                    .formatted(bytes.byteSize(), header.length()));
        }
    }

    /**
     * Reads the table that starts at the beginning of {@code buffer}.
     *
     * <p>A header that does not fit, or a Length below 36, is fatal in both modes (nothing can be
     * located). A Length beyond the buffer is an error: a lenient read keeps the bytes that exist.
     * A bad checksum is an error: a lenient read records it.
     *
     * @throws TableLengthException if the header does not fit, or (strict) Length exceeds the buffer
     * @throws ChecksumException    if the read is strict and the checksum is wrong
     */
    public static AcpiTable read(MemorySegment buffer, Problems problems) {
        if (buffer.byteSize() < SdtHeader.SIZE) {
            Problem problem = new Problem(0, FormatRule.TABLE_SHORTER_THAN_HEADER,
                    "%d bytes, the header alone is %d".formatted(buffer.byteSize(), SdtHeader.SIZE));
            throw new TableLengthException(problem);
        }
        SdtHeader header = SdtHeader.read(buffer);
        if (header.length() < SdtHeader.SIZE) {
            throw new TableLengthException(new Problem(0, FormatRule.TABLE_SHORTER_THAN_HEADER,
                    "Length %d, the header alone is %d".formatted(header.length(), SdtHeader.SIZE)));
        }
        long available = Math.min(header.length(), buffer.byteSize());
        if (available < header.length()) {
            Problem problem = new Problem(SdtHeader.LENGTH_OFFSET, FormatRule.LENGTH_BEYOND_BUFFER,
                    "Length %d, only %d bytes present".formatted(header.length(), buffer.byteSize()));
            problems.report(problem, () -> new TableLengthException(problem));
        }
        MemorySegment bytes = buffer.asSlice(0, available);
        boolean checksumValid = available == header.length() && Checksum.isValid(bytes, 0, available);
        if (!checksumValid && available == header.length()) {
            int expected = (header.checksum() - Checksum.sum(bytes, 0, available)) & 0xFF;
            Problem problem = new Problem(SdtHeader.CHECKSUM_OFFSET, FormatRule.TABLE_CHECKSUM,
                    "Checksum 0x%02X, the table sums to zero with 0x%02X".formatted(header.checksum(), expected));
            problems.report(problem, () -> new ChecksumException(problem));
        }
        return new AcpiTable(header, bytes, checksumValid);
    }

    /**
     * Reads a table and checks its signature.
     *
     * @throws SignatureException if the signature is not {@code expected} (in both modes: a table
     *     of another kind cannot be decoded as this one)
     */
    public static AcpiTable read(MemorySegment buffer, Signature expected, Problems problems) {
        AcpiTable table = read(buffer, problems);
        if (!table.header().signature().equals(expected)) {
            throw new SignatureException(new Problem(0, FormatRule.SIGNATURE_MISMATCH,
                    "Signature \"%s\", expected \"%s\"".formatted(table.header().signature(), expected)));
        }
        return table;
    }

    /** {@return the table's signature} */
    public Signature signature() {
        return header.signature();
    }

    /** {@return whether every byte that Length claims is present} */
    public boolean complete() {
        return bytes.byteSize() == header.length();
    }
}
