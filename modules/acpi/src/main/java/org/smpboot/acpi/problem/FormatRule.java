package org.smpboot.acpi.problem;

/**
 * The structural rules of ACPI tables: what bytes must say before any field can be trusted.
 *
 * <p>Every parser in this module checks these rules before it reads a field, so that a violation
 * is a typed {@link AcpiException} or a recorded {@link Problem}, never an out-of-bounds read.
 *
 * @spec ACPI 6.5 §5.2.5.3 "Root System Description Pointer (RSDP) Structure", §5.2.6 "System
 *     Description Table Header", §5.2.7 "Root System Description Table (RSDT)", §5.2.8 "Extended
 *     System Description Table (XSDT)", §5.2.12 "Multiple APIC Description Table (MADT)"
 */
public enum FormatRule implements Rule {
    /** The RSDP starts with the 8 bytes {@code "RSD PTR "}. */
    RSDP_SIGNATURE(Severity.ERROR, "ACPI 6.5 §5.2.5.3, RSDP field 'Signature': \"RSD PTR \""),
    /** The first 20 bytes of the RSDP sum to zero. */
    RSDP_CHECKSUM(Severity.ERROR, "ACPI 6.5 §5.2.5.3, RSDP field 'Checksum': bytes 0-19 sum to zero"),
    /** A revision 2 RSDP is 36 bytes that sum to zero. */
    RSDP_EXTENDED_CHECKSUM(Severity.ERROR,
            "ACPI 6.5 §5.2.5.3, RSDP field 'Extended Checksum': the entire table sums to zero (revision 2)"),
    /** A revision 2 RSDP's Length is at least 36 and fits the buffer. */
    RSDP_LENGTH(Severity.ERROR, "ACPI 6.5 §5.2.5.3, RSDP field 'Length': 36 for revision 2"),
    /** Revision 0 is ACPI 1.0 and 2 is ACPI 2.0 and later; other values are not defined. */
    RSDP_REVISION(Severity.WARNING, "ACPI 6.5 §5.2.5.3, RSDP field 'Revision': 0 (ACPI 1.0) or 2 (ACPI 2.0+)"),
    /** A table is at least its 36-byte header, in the buffer and by its Length field. */
    TABLE_SHORTER_THAN_HEADER(Severity.ERROR,
            "ACPI 6.5 §5.2.6, Table 'DESCRIPTION_HEADER Fields': the header is 36 bytes and Length includes it"),
    /** A table's Length does not reach past the bytes that hold it. */
    LENGTH_BEYOND_BUFFER(Severity.ERROR,
            "ACPI 6.5 §5.2.6, field 'Length': the length of the entire table, in bytes"),
    /** The whole table, Length bytes, sums to zero. */
    TABLE_CHECKSUM(Severity.ERROR, "ACPI 6.5 §5.2.6, field 'Checksum': the entire table must sum to zero"),
    /** A table has the signature the reader asked for. */
    SIGNATURE_MISMATCH(Severity.ERROR, "ACPI 6.5 §5.2.6, field 'Signature' and Table 'DESCRIPTION_HEADER Signatures'"),
    /** An RSDT's entries are 4 bytes and an XSDT's 8: the part after the header is a whole number of them. */
    ROOT_TABLE_ENTRY_SIZE(Severity.WARNING,
            "ACPI 6.5 §5.2.7 'Entry' (4-byte addresses) and §5.2.8 'Entry' (8-byte addresses)"),
    /** An RSDT/XSDT entry is the physical address of a table; 0 points at nothing. */
    NULL_TABLE_ADDRESS(Severity.WARNING, "ACPI 6.5 §5.2.7/§5.2.8 'Entry': physical address of a table header"),
    /** An RSDT/XSDT entry points at memory that holds a readable table. */
    TABLE_ADDRESS_UNREADABLE(Severity.ERROR, "ACPI 6.5 §5.2.7/§5.2.8 'Entry': physical address of a table header"),
    /** The MADT holds Local Interrupt Controller Address and Flags after its header: 44 bytes. */
    MADT_SHORTER_THAN_FIXED_FIELDS(Severity.ERROR,
            "ACPI 6.5 §5.2.12, Table 'Multiple APIC Description Table (MADT) Format': structures start at offset 44"),
    /** Every interrupt controller structure starts with Type and Length, 2 bytes, inside the table. */
    ENTRY_HEADER_TRUNCATED(Severity.ERROR,
            "ACPI 6.5 §5.2.12, 'Interrupt Controller Structure[n]': each starts with Type (1 byte) and Length (1 byte)"),
    /** An entry's Length includes its Type and Length bytes, so it is at least 2; 0 would never advance. */
    ZERO_LENGTH_ENTRY(Severity.ERROR,
            "ACPI 6.5 §5.2.12, every Interrupt Controller Structure's 'Length' field counts the whole structure"),
    /** An entry of Length 1 cannot hold its own Type and Length. */
    ENTRY_SHORTER_THAN_HEADER(Severity.ERROR,
            "ACPI 6.5 §5.2.12, every Interrupt Controller Structure's 'Length' field counts the whole structure"),
    /** An entry ends inside the table. */
    ENTRY_OVERRUNS_TABLE(Severity.ERROR,
            "ACPI 6.5 §5.2.12: the structures are a list inside the table's Length"),
    /** An entry of a known type is at least as long as the structure the spec defines for it. */
    ENTRY_SHORTER_THAN_STRUCTURE(Severity.ERROR,
            "ACPI 6.5 §5.2.12.2-§5.2.12.23: each structure's 'Length' is the size the structure's table gives");

    private final Severity severity;
    private final String citation;

    FormatRule(Severity severity, String citation) {
        this.severity = severity;
        this.citation = citation;
    }


    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String citation() {
        return citation;
    }
}
