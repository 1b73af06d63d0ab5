package org.smpboot.acpi.rsdp;

import static org.smpboot.acpi.internal.LittleEndian.u32;
import static org.smpboot.acpi.internal.LittleEndian.u64;
import static org.smpboot.acpi.internal.LittleEndian.u8;

import java.lang.foreign.MemorySegment;
import org.smpboot.acpi.problem.ChecksumException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.SignatureException;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.table.AcpiText;
import org.smpboot.acpi.table.Checksum;

/**
 * Reads and checks an RSDP, with ACPICA's rules: the 20-byte Checksum always, and for revision 2
 * and later a Length of at least 36 and the 36-byte Extended Checksum.
 *
 * <p>Revision 1 is not defined by the spec; it is read as ACPI 1.0 (no XSDT) and reported.
 *
 * @spec ACPI 6.5 §5.2.5.3; ACPICA {@code tbxfroot.c} ({@code AcpiTbValidateRsdp}) for the checksum spans
 */
public final class RsdpReader {

    private RsdpReader() {
    }

    /** The 8-byte signature as one little-endian word, so that a scan compares once per candidate. */
    private static final long SIGNATURE_WORD = signatureWord();

    private static long signatureWord() {
        long word = 0;
        for (int i = Rsdp.SIGNATURE.length() - 1; i >= 0; i--) {
            word = (word << 8) | Rsdp.SIGNATURE.charAt(i);
        }
        return word;
    }

    /** {@return whether {@code buffer} holds the 8-byte RSDP signature at {@code offset}} */
    public static boolean hasSignature(MemorySegment buffer, long offset) {
        if (offset < 0 || buffer.byteSize() - offset < Rsdp.SIGNATURE.length()) {
            return false;
        }
        return u64(buffer, offset) == SIGNATURE_WORD;
    }

    /**
     * Reads the RSDP at the start of {@code buffer}.
     *
     * @throws SignatureException   if the signature is wrong (both modes)
     * @throws TableLengthException if the buffer is shorter than the structure (both modes)
     * @throws ChecksumException    for a bad checksum in a strict read
     */
    public static Rsdp read(MemorySegment buffer, Problems problems) {
        if (!hasSignature(buffer, 0)) {
            throw new SignatureException(new Problem(0, FormatRule.RSDP_SIGNATURE, "no \"RSD PTR \" signature"));
        }
        requireBytes(buffer, Rsdp.V1_SIZE, "an RSDP");
        int revision = u8(buffer, Rsdp.REVISION_OFFSET);
        boolean checksum = Checksum.isValid(buffer, 0, Rsdp.V1_SIZE);
        if (!checksum) {
            Problem problem = new Problem(Rsdp.CHECKSUM_OFFSET, FormatRule.RSDP_CHECKSUM,
                    "bytes 0-19 sum to 0x%02X".formatted(Checksum.sum(buffer, 0, Rsdp.V1_SIZE)));
            problems.report(problem, () -> new ChecksumException(problem));
        }
        if (revision != 0 && revision < Rsdp.XSDT_REVISION) {
            problems.warn(new Problem(Rsdp.REVISION_OFFSET, FormatRule.RSDP_REVISION,
                    "Revision %d is not defined: read as ACPI 1.0".formatted(revision)));
        }
        String oemId = AcpiText.raw(buffer, Rsdp.OEM_ID_OFFSET, Rsdp.OEM_ID_SIZE);
        long rsdt = u32(buffer, Rsdp.RSDT_ADDRESS_OFFSET);
        if (revision < Rsdp.XSDT_REVISION) {
            return new Rsdp(revision, oemId, rsdt, Rsdp.V1_SIZE, 0, checksum, true);
        }
        requireBytes(buffer, Rsdp.V2_SIZE, "a revision %d RSDP".formatted(revision));
        long length = u32(buffer, Rsdp.LENGTH_OFFSET);
        if (length < Rsdp.V2_SIZE) {
            Problem problem = new Problem(Rsdp.LENGTH_OFFSET, FormatRule.RSDP_LENGTH,
                    "Length %d, a revision %d RSDP is %d bytes".formatted(length, revision, Rsdp.V2_SIZE));
            problems.report(problem, () -> new TableLengthException(problem));
        }
        boolean extended = Checksum.isValid(buffer, 0, Rsdp.V2_SIZE);
        if (!extended) {
            Problem problem = new Problem(Rsdp.EXTENDED_CHECKSUM_OFFSET, FormatRule.RSDP_EXTENDED_CHECKSUM,
                    "bytes 0-35 sum to 0x%02X".formatted(Checksum.sum(buffer, 0, Rsdp.V2_SIZE)));
            problems.report(problem, () -> new ChecksumException(problem));
        }
        return new Rsdp(revision, oemId, rsdt, length, u64(buffer, Rsdp.XSDT_ADDRESS_OFFSET), checksum, extended);
    }

    private static void requireBytes(MemorySegment buffer, int size, String what) {
        if (buffer.byteSize() < size) {
            throw new TableLengthException(new Problem(0, FormatRule.RSDP_LENGTH,
                    "%d bytes, %s is %d".formatted(buffer.byteSize(), what, size)));
        }
    }
}
