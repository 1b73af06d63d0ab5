package org.smpboot.kernel.api.apic;

/**
 * One rule the Intel SDM states about which Interrupt Command Register values software may send,
 * with its severity and citation.
 *
 * <p>Rules of severity {@link Severity#FORBIDDEN} describe values whose effect is undefined, that
 * cannot be represented, or that the APIC refuses (an illegal vector sets the ESR instead of
 * sending); {@link IcrCodec#encode} rejects them. The other severities describe values real kernels
 * do send and hardware accepts, but where the hardware ignores or overrides what software wrote
 * (Linux's Start-Up IPI with the Level bit clear, every kernel's level-triggered INIT); they are
 * reported as notes, never rejected.
 *
 * @spec Intel SDM Vol. 3A, §10.6.1 "Interrupt Command Register (ICR)" with the tables "Valid
 *     Combinations for the Pentium 4 and Intel Xeon Processors' Local xAPIC Interrupt Command
 *     Register" and "Valid Combinations for the P6 Family Processors' Local APIC Interrupt Command
 *     Register"; §10.5.3 "Error Handling"; §10.12.9 "ICR Operation in x2APIC Mode" (chapter 11 in
 *     the 2023+ editions); Intel MultiProcessor Specification 1.4, §B.4.2
 */
public enum IcrRule {
    /** Delivery modes {@code 011} and {@code 111} are reserved in the ICR. */
    RESERVED_DELIVERY_MODE(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1, ICR field 'Delivery Mode': 011 and 111 are reserved"),
    /** An xAPIC ICR has an 8-bit destination (bits 56–63); a wider one would be truncated. */
    DESTINATION_WIDER_THAN_XAPIC(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1, ICR field 'Destination': bits 56-63 in xAPIC mode"),
    /** With a destination shorthand the destination field is not used, so a non-zero one is a caller bug. */
    DESTINATION_IGNORED_WITH_SHORTHAND(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1, ICR field 'Destination': only used when the shorthand is 00"),
    /** Software never writes Delivery Status: it is read only in xAPIC mode and absent in x2APIC mode. */
    DELIVERY_STATUS_READ_ONLY(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1 'Delivery Status' (read only) and §10.12.9 (no delivery status in x2APIC mode)"),
    /** SMI needs vector 0; NMI and INIT ignore the vector, so a non-zero one is a caller bug. */
    VECTOR_NOT_USED_BY_DELIVERY_MODE(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1, ICR field 'Delivery Mode': SMI vector must be 00H; NMI and INIT ignore it"),
    /** Vectors 0–15 are illegal for Fixed and Lowest Priority IPIs; the APIC sets ESR bit 5 instead. */
    ILLEGAL_VECTOR(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.5.3 'Error Handling': Send Illegal Vector for vectors 0-15"),
    /** Start-Up vectors 0xA0–0xBF are reserved. */
    RESERVED_STARTUP_VECTOR(Severity.FORBIDDEN,
            "MP Spec 1.4 §B.4.2: Start-Up vectors A0H-BFH are reserved"),
    /** The self and all-including-self shorthands are defined only for Fixed delivery. */
    SHORTHAND_ONLY_WITH_FIXED(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1, tables 'Valid Combinations ... ICR': Self and All Including Self are valid only with Fixed"),
    /** INIT level de-assert must be level triggered. */
    INIT_DEASSERT_NEEDS_LEVEL_TRIGGER(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1, ICR field 'Delivery Mode' 101: INIT level de-assert needs Level 0 and Trigger Mode 1"),
    /** Pentium 4 and later local xAPICs send every message but INIT de-assert edge triggered. */
    LEVEL_TRIGGER_SENT_AS_EDGE(Severity.OVERRIDDEN_BY_HARDWARE,
            "SDM Vol. 3A §10.6.1, table 'Valid Combinations for the Pentium 4 and Intel Xeon Processors' ...', note 2"),
    /** Only INIT de-assert may clear the Level bit; Pentium 4 and later always send 1. */
    DEASSERT_ONLY_FOR_INIT(Severity.OVERRIDDEN_BY_HARDWARE,
            "SDM Vol. 3A §10.6.1, ICR field 'Level' and P6 table note 3: only INIT level de-assert has Level 0"),
    /** INIT level de-assert goes to every processor and does nothing on Pentium 4 and later. */
    INIT_DEASSERT_UNSUPPORTED(Severity.OVERRIDDEN_BY_HARDWARE,
            "SDM Vol. 3A §10.6.1, ICR field 'Delivery Mode' 101: INIT level de-assert is not supported by Pentium 4 and Xeon"),
    /** Whether a processor can send a lowest-priority IPI is model specific. */
    LOWEST_PRIORITY_MODEL_SPECIFIC(Severity.MODEL_SPECIFIC,
            "SDM Vol. 3A §10.6.1, tables 'Valid Combinations ... ICR', notes 1 and 4"),
    /** A decoded value had bits set that the SDM reserves in this mode. */
    RESERVED_BITS_SET(Severity.FORBIDDEN,
            "SDM Vol. 3A §10.6.1 Figure 'Interrupt Command Register' and §10.12.9 (reserved bits; #GP in x2APIC mode)");

    /** How a rule's violation is treated. */
    public enum Severity {
        /** Undefined, unrepresentable or refused by the APIC: never encoded. */
        FORBIDDEN,
        /** Accepted, but the hardware ignores or overrides the field: reported as a note. */
        OVERRIDDEN_BY_HARDWARE,
        /** Accepted; whether it works depends on the processor model: reported as a note. */
        MODEL_SPECIFIC
    }

    private final Severity severity;
    private final String citation;

    IcrRule(Severity severity, String citation) {
        this.severity = severity;
        this.citation = citation;
    }

    /** {@return how a violation of this rule is treated} */
    public Severity severity() {
        return severity;
    }

    /** {@return where the SDM or MP spec states this rule} */
    public String citation() {
        return citation;
    }

    /** {@return the rule's name in lower-case words joined by hyphens, for messages and JSON} */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
