package org.smpboot.acpi.madt.entry;

/**
 * The MPS INTI Flags of the interrupt-source structures (Interrupt Source Override, NMI Source,
 * Local APIC NMI, Local x2APIC NMI, Platform Interrupt Source): polarity and trigger mode of the
 * interrupt input.
 *
 * <pre>
 * bits  field     00 conforms to bus   01 active high / edge   10 reserved   11 active low / level
 * 0-1   Polarity
 * 2-3   Trigger Mode
 * 4-15  reserved, 0
 * </pre>
 *
 * @param value the 16-bit field
 * @spec ACPI 6.5 §5.2.12.5, Table "MPS INTI Flags"
 */
public record MpsIntiFlags(int value) {

    /** Polarity is bits 0-1. */
    public static final int POLARITY_SHIFT = 0;
    /** Mask of Polarity. */
    public static final int POLARITY_MASK = 0b11 << POLARITY_SHIFT;
    /** Trigger Mode is bits 2-3. */
    public static final int TRIGGER_MODE_SHIFT = 2;
    /** Mask of Trigger Mode. */
    public static final int TRIGGER_MODE_MASK = 0b11 << TRIGGER_MODE_SHIFT;
    /** Mask of the reserved bits 4-15. */
    public static final int RESERVED_MASK = 0xFFFF & ~(POLARITY_MASK | TRIGGER_MODE_MASK);

    /** Validates the width. */
    public MpsIntiFlags {
        if ((value & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("Invalid MPS INTI flags 0x%x: the field is 16 bits".formatted(value));
        }
    }

    /** Polarity of an interrupt input, with its encoding. */
    public enum Polarity {
        /** 00: as the bus specifies (ISA: active high). */
        CONFORMS(0b00),
        /** 01: active high. */
        ACTIVE_HIGH(0b01),
        /** 10: reserved. */
        RESERVED(0b10),
        /** 11: active low. */
        ACTIVE_LOW(0b11);

        private final int encoding;

        Polarity(int encoding) {
            this.encoding = encoding;
        }

        /** {@return the 2-bit encoding} */
        public int encoding() {
            return encoding;
        }
    }

    /** Trigger mode of an interrupt input, with its encoding. */
    public enum TriggerMode {
        /** 00: as the bus specifies (ISA: edge). */
        CONFORMS(0b00),
        /** 01: edge triggered. */
        EDGE(0b01),
        /** 10: reserved. */
        RESERVED(0b10),
        /** 11: level triggered. */
        LEVEL(0b11);

        private final int encoding;

        TriggerMode(int encoding) {
            this.encoding = encoding;
        }

        /** {@return the 2-bit encoding} */
        public int encoding() {
            return encoding;
        }
    }

    /** {@return the flags for a polarity and trigger mode} */
    public static MpsIntiFlags of(Polarity polarity, TriggerMode triggerMode) {
        return new MpsIntiFlags(polarity.encoding() << POLARITY_SHIFT | triggerMode.encoding() << TRIGGER_MODE_SHIFT);
    }

    /** {@return the polarity; decoding is total, 10 is {@link Polarity#RESERVED}} */
    public Polarity polarity() {
        return Polarity.values()[(value & POLARITY_MASK) >>> POLARITY_SHIFT];
    }

    /** {@return the trigger mode; decoding is total, 10 is {@link TriggerMode#RESERVED}} */
    public TriggerMode triggerMode() {
        return TriggerMode.values()[(value & TRIGGER_MODE_MASK) >>> TRIGGER_MODE_SHIFT];
    }

    /** {@return the bits 4-15, which must be zero} */
    public int reservedBits() {
        return value & RESERVED_MASK;
    }
}
