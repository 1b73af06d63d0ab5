package org.smpboot.acpi.table;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The 4-byte signature that names a system description table, e.g. {@code "APIC"} for the MADT.
 *
 * @param value the four characters, each a byte 0x00-0xFF (firmware may put anything there)
 * @spec ACPI 6.5 §5.2.6, Table "DESCRIPTION_HEADER Signatures for tables defined by ACPI"
 */
public record Signature(String value) {

    /** The Multiple APIC Description Table. */
    public static final Signature MADT = new Signature("APIC");
    /** The Root System Description Table (32-bit entries). */
    public static final Signature RSDT = new Signature("RSDT");
    /** The Extended System Description Table (64-bit entries). */
    public static final Signature XSDT = new Signature("XSDT");
    /** The Fixed ACPI Description Table. */
    public static final Signature FADT = new Signature("FACP");
    /** The Differentiated System Description Table. */
    public static final Signature DSDT = new Signature("DSDT");

    /** The size of a signature in bytes. */
    public static final int LENGTH = 4;

    /** Validates that the signature is four single-byte characters. */
    public Signature {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || value.chars().anyMatch(c -> c > 0xFF)) {
            throw new IllegalArgumentException(
                    "Invalid table signature \"%s\": must be 4 single-byte characters".formatted(value));
        }
    }

    /** {@return the signature with these four characters} */
    public static Signature of(String value) {
        return new Signature(value);
    }

    /** {@return the signature as the four bytes a table header holds} */
    public byte[] bytes() {
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return value;
    }
}
