package org.smpboot.kernel.api.apic;

/**
 * The local APIC Version Register (xAPIC offset 0x30, x2APIC MSR 0x803), decoded.
 *
 * <pre>
 * bits    field
 * 0–7     version: 0x1X for an integrated APIC, 0x0X for the discrete 82489DX
 * 16–23   max LVT entry: the number of LVT entries minus one
 * 24      EOI-broadcast suppression supported
 * </pre>
 *
 * @param version                   bits 0–7
 * @param maxLvtEntry               bits 16–23
 * @param eoiBroadcastSuppression   bit 24
 * @spec Intel SDM Vol. 3A, §10.4.8 "Local APIC Version Register" (§11.4.8 in the 2023+ editions)
 */
public record ApicVersion(int version, int maxLvtEntry, boolean eoiBroadcastSuppression) {

    /** Version: bits 0–7. */
    public static final int VERSION_MASK = 0xFF;
    /** Max LVT entry: bits 16–23. */
    public static final int MAX_LVT_SHIFT = 16;
    /** Max LVT entry field mask, after shifting. */
    public static final int MAX_LVT_MASK = 0xFF;
    /** EOI-broadcast suppression: bit 24. */
    public static final int EOI_SUPPRESSION_BIT = 1 << 24;

    /** Validates that each field fits its bits. */
    public ApicVersion {
        if ((version & ~VERSION_MASK) != 0 || (maxLvtEntry & ~MAX_LVT_MASK) != 0) {
            throw new IllegalArgumentException(
                    "Invalid APIC version %#x / max LVT %#x: both fields are 8 bits".formatted(version, maxLvtEntry));
        }
    }

    /** {@return the version register a raw 32-bit value holds; other bits are ignored} */
    public static ApicVersion decode(int raw) {
        return new ApicVersion(raw & VERSION_MASK, (raw >>> MAX_LVT_SHIFT) & MAX_LVT_MASK,
                (raw & EOI_SUPPRESSION_BIT) != 0);
    }

    /** {@return the raw 32-bit register value} */
    public int encode() {
        return version | (maxLvtEntry << MAX_LVT_SHIFT) | (eoiBroadcastSuppression ? EOI_SUPPRESSION_BIT : 0);
    }

    /** {@return whether the APIC is integrated in the processor (version 0x1X), not an 82489DX} */
    public boolean isIntegrated() {
        return (version & 0xF0) == 0x10;
    }
}
