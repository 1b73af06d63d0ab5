package org.smpboot.acpi.lint;

import org.smpboot.acpi.problem.Rule;
import org.smpboot.acpi.problem.Severity;

/**
 * The firmware checks {@code smpboot madt --lint} runs, in the spirit of fwts's MADT tests: each
 * a rule the ACPI specification states, with its citation. Lints are warnings: a table that fails
 * one still decodes, and a kernel may still boot from it.
 *
 * @spec ACPI 6.5 §5.2.12 "Multiple APIC Description Table (MADT)" and its structures
 */
public enum LintRule implements Rule {
    /** Two processor entries of one type name the same APIC ID (disabled ones included). */
    DUPLICATE_APIC_ID("ACPI 6.5 §5.2.12.2 'APIC ID' and §5.2.12.12 'X2APIC ID': the processor's own local APIC ID"),
    /** Two processor entries of one type carry the same ACPI Processor UID. */
    DUPLICATE_PROCESSOR_UID("ACPI 6.5 §5.2.12.2/§5.2.12.12 'ACPI Processor UID': matches one processor device's _UID"),
    /** Reserved bits of the Local APIC flags, the MADT flags or the MPS INTI flags are set. */
    RESERVED_FLAG_BITS("ACPI 6.5 Tables 'Local APIC Flags' (bits 2-31), 'Multiple APIC Flags' (bits 1-31), "
            + "'MPS INTI Flags' (bits 4-15): reserved, must be zero"),
    /** A reserved field of a structure is not zero. */
    RESERVED_FIELD_NOT_ZERO("ACPI 6.5 §5.2.12.3, §5.2.12.8, §5.2.12.12, §5.2.12.13: 'Reserved' fields must be zero"),
    /** A Local APIC entry names APIC ID 255: IDs of 255 and above need a Local x2APIC entry. */
    LOCAL_APIC_ID_ABOVE_254("ACPI 6.5 §5.2.12.12: processors with APIC ID 255 or greater use the x2APIC structure"),
    /** Every processor is an x2APIC entry though the IDs fit a Local APIC entry. */
    X2APIC_ONLY_TABLE("ACPI 6.5 §5.2.12.12: processors with APIC ID below 255 use the Processor Local APIC structure"),
    /** PCAT_COMPAT says 8259 PICs exist, yet no I/O APIC is described. */
    PCAT_COMPAT_WITHOUT_IO_APIC("ACPI 6.5 §5.2.12, Table 'Multiple APIC Flags' (PCAT_COMPAT) and §5.2.12.3 (I/O APIC)"),
    /** Two I/O APICs share an ID, a register address or a first GSI, so their GSI ranges overlap. */
    OVERLAPPING_IO_APICS("ACPI 6.5 §5.2.12.3 'Global System Interrupt Base': each I/O APIC serves its own range of GSIs"),
    /** An Interrupt Source Override names a bus other than ISA, an IRQ above 15, a reserved encoding, or repeats. */
    INVALID_INTERRUPT_SOURCE_OVERRIDE("ACPI 6.5 §5.2.12.5: Bus 0 (ISA), Source an ISA IRQ, Table 'MPS INTI Flags' (10 reserved)"),
    /** A Local APIC NMI entry names a LINT input other than 0 or 1. */
    INVALID_LOCAL_APIC_NMI_LINT("ACPI 6.5 §5.2.12.7 'Local APIC LINT#' and §5.2.12.13: LINT0 or LINT1"),
    /** The multiprocessor wakeup mailbox is not 4 KiB aligned, is at 0, or has an unknown version. */
    INVALID_WAKEUP_MAILBOX("ACPI 6.6 §5.2.12.19: Mailbox Address 4 KiB aligned; Mailbox Version 0 or 1 (Length 24 for 1)"),
    /** A structure that may appear once appears more often (Local APIC Address Override, Multiprocessor Wakeup). */
    REPEATED_SINGLETON("ACPI 6.5 §5.2.12.8 (at most one Local APIC Address Override) and §5.2.12.19 (one wakeup structure)"),
    /** A fixed-size x86 structure has a Length other than its spec size. */
    UNEXPECTED_LENGTH("ACPI 6.5 §5.2.12.2-§5.2.12.13: each structure's 'Length' field gives its size"),
    /** A structure of a reserved type (0x1F-0x7F). */
    RESERVED_STRUCTURE_TYPE("ACPI 6.5 §5.2.12, Table 'Interrupt Controller Structure Types': 0x1F-0x7F reserved"),
    /** An x86 MADT (it has APIC structures) lists no processor. */
    NO_PROCESSORS("ACPI 6.5 §5.2.12: 'Interrupt Controller Structure[n]' lists each processor's local APIC"),
    /** The Local Interrupt Controller Address is not the 4 KiB-aligned base of an APIC page. */
    LOCAL_APIC_ADDRESS_MISALIGNED("ACPI 6.5 §5.2.12 'Local Interrupt Controller Address'; Intel SDM Vol. 3A "
            + "'Local APIC Base' (IA32_APIC_BASE bits 12+: a 4 KiB page)"),
    /** A Local SAPIC's ACPI Processor UID String has no NUL before the structure ends. */
    UNTERMINATED_UID_STRING("ACPI 6.5 §5.2.12.10 'ACPI Processor UID String': a null-terminated ASCII string"),
    /** The MADT revision is newer than any this decoder knows (7). */
    UNKNOWN_REVISION("ACPI 6.5 §5.2.12, Table 'MADT Format', field 'Revision' (6 in ACPI 6.5; ACPICA knows 7)");

    private final String citation;

    LintRule(String citation) {
        this.citation = citation;
    }


    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return citation;
    }
}
