package org.smpboot.acpi.processor;

import org.smpboot.acpi.problem.Rule;
import org.smpboot.acpi.problem.Severity;

/**
 * The rules that decide what the processor entries of a MADT mean, as the spec states them and
 * as Linux applies them.
 *
 * @spec ACPI 6.5 §5.2.12.2 Table "Local APIC Flags"; §5.2.12.12 "Processor Local x2APIC Structure";
 *     Linux {@code arch/x86/kernel/acpi/boot.c} ({@code acpi_parse_lapic}, {@code acpi_parse_x2apic})
 */
public enum ProcessorRule implements Rule {
    /** Two enabled entries claim one APIC ID: two CPUs cannot share an ID, so one entry is wrong. */
    DUPLICATE_APIC_ID(Severity.ERROR,
            "ACPI 6.5 §5.2.12.2 'APIC ID' / §5.2.12.12 'X2APIC ID': the processor's local APIC ID (unique per processor)"),
    /** Enabled set: Online Capable is reserved and must be zero. */
    ENABLED_AND_ONLINE_CAPABLE(Severity.WARNING,
            "ACPI 6.5 §5.2.12.2, Table 'Local APIC Flags': if Enabled is set, Online Capable is reserved and must be zero"),
    /** Online Capable was defined by ACPI 6.3 (MADT revision 5); before that bit 1 is reserved. */
    ONLINE_CAPABLE_BEFORE_REVISION_5(Severity.WARNING,
            "ACPI 6.3 §5.2.12.2, Table 'Local APIC Flags' (Online Capable, new in 6.3 with MADT revision 5); bit 1 reserved before"),
    /** An x2APIC entry repeats an APIC ID below 255 that a Local APIC entry lists. */
    LOCAL_APIC_X2APIC_TWIN(Severity.WARNING,
            "ACPI 6.5 §5.2.12.12: processors with APIC ID below 255 use the Local APIC structure; Linux keeps that one"),
    /** An enabled entry with the placeholder APIC ID 0xFF or 0xFFFFFFFF. */
    ENABLED_PLACEHOLDER(Severity.WARNING,
            "ACPI 6.5 §5.2.12.12 (IDs from 255 need x2APIC entries, so 0xFF names no processor); Intel SDM Vol. 3A "
                    + "'x2APIC ID' (0xFFFFFFFF is reserved: the x2APIC broadcast destination)");

    private final Severity severity;
    private final String citation;

    ProcessorRule(Severity severity, String citation) {
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
