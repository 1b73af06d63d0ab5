package org.smpboot.acpi.table;

import java.lang.foreign.MemorySegment;
import org.smpboot.acpi.internal.Hex;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.problem.ChecksumException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.TableLengthException;

/**
 * A system description table whose header has been checked against the bytes that hold it: its
 * {@link #bytes()} are exactly the table (never more than the buffer had), zero copy. The header's
 * text fields are decoded on first use: a kernel that only counts processors never needs them.
 *
 * <p>{@snippet :
 * Problems problems = new Problems(Strictness.LENIENT);
 * AcpiTable table = AcpiTable.read(MemorySegment.ofArray(bytes), problems);
 * boolean valid = table.checksumValid();
 * }
 *
 * <p>Immutable and thread-safe when the underlying memory does not change.
 *
 * @spec ACPI 6.5 §5.2.6 "System Description Table Header"
 */
public final class AcpiTable {

    private final MemorySegment buffer;
    private final MemorySegment bytes;
    private final long length;
    private final boolean checksumValid;
    /** Decoded on first use; a race decodes it twice into equal immutable records, which is harmless. */
    private SdtHeader header;

    private AcpiTable(MemorySegment buffer, MemorySegment bytes, long length, boolean checksumValid) {
        this.buffer = buffer;
        this.bytes = bytes;
        this.length = length;
        this.checksumValid = checksumValid;
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
        long length = LittleEndian.u32(buffer, SdtHeader.LENGTH_OFFSET);
        if (length < SdtHeader.SIZE) {
            throw new TableLengthException(new Problem(0, FormatRule.TABLE_SHORTER_THAN_HEADER,
                    "Length %d, the header alone is %d".formatted(length, SdtHeader.SIZE)));
        }
        long available = Math.min(length, buffer.byteSize());
        if (available < length) {
            Problem problem = new Problem(SdtHeader.LENGTH_OFFSET, FormatRule.LENGTH_BEYOND_BUFFER,
                    "Length " + length + ", only " + buffer.byteSize() + " bytes present");
            problems.report(problem, () -> new TableLengthException(problem));
        }
        MemorySegment bytes = buffer.asSlice(0, available);
        int sum = available == length ? Checksum.sum(bytes, 0, available) : -1;
        if (sum > 0) {
            int checksum = LittleEndian.u8(buffer, SdtHeader.CHECKSUM_OFFSET);
            Problem problem = new Problem(SdtHeader.CHECKSUM_OFFSET, FormatRule.TABLE_CHECKSUM,
                    "Checksum 0x" + Hex.ofByte(checksum) + ", the table sums to zero with 0x" + Hex.ofByte(checksum - sum));
            problems.report(problem, () -> new ChecksumException(problem));
        }
        return new AcpiTable(buffer, bytes, length, sum == 0);
    }

    /**
     * Reads a table and checks its signature.
     *
     * @throws SignatureException if the signature is not {@code expected} (in both modes: a table
     *     of another kind cannot be decoded as this one)
     */
    public static AcpiTable read(MemorySegment buffer, Signature expected, Problems problems) {
        AcpiTable table = read(buffer, problems);
        if (!table.hasSignature(expected)) {
            throw new SignatureException(new Problem(0, FormatRule.SIGNATURE_MISMATCH,
                    "Signature \"%s\", expected \"%s\"".formatted(table.header().signature(), expected)));
        }
        return table;
    }

    /** {@return the table header} */
    public SdtHeader header() {
        SdtHeader decoded = header;
        if (decoded == null) {
            decoded = SdtHeader.read(buffer);
            header = decoded;
        }
        return decoded;
    }

    /** {@return the table: Length bytes, or fewer if a lenient read found the buffer shorter than Length} */
    public MemorySegment bytes() {
        return bytes;
    }

    /** {@return whether the Length bytes sum to zero (false if they are not all present)} */
    public boolean checksumValid() {
        return checksumValid;
    }

    /** {@return the Length field} */
    public long length() {
        return length;
    }

    /** {@return the Revision field} */
    public int revision() {
        return LittleEndian.u8(buffer, SdtHeader.REVISION_OFFSET);
    }

    /** {@return the table's signature} */
    public Signature signature() {
        return header().signature();
    }

    /** {@return whether the table's signature is {@code expected}, compared without decoding the header} */
    public boolean hasSignature(Signature expected) {
        byte[] wanted = expected.bytes();
        for (int i = 0; i < Signature.LENGTH; i++) {
            if (LittleEndian.u8(buffer, i) != Byte.toUnsignedInt(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@return whether every byte that Length claims is present} */
    public boolean complete() {
        return bytes.byteSize() == length;
    }

    @Override
    public String toString() {
        return "AcpiTable[%s, %d of %d bytes, checksum %s]".formatted(signature(), bytes.byteSize(), length,
                checksumValid ? "valid" : "invalid");
    }
}
