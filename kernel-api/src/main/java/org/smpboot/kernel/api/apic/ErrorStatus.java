package org.smpboot.kernel.api.apic;

import java.util.ArrayList;
import java.util.List;

/**
 * The local APIC Error Status Register (ESR; xAPIC offset 0x280, x2APIC MSR 0x828), as a value.
 *
 * <pre>
 * bit  name                     set when
 * 0    send checksum error      (P6 and Pentium only)
 * 1    receive checksum error   (P6 and Pentium only)
 * 2    send accept error        no APIC accepted a message this APIC sent
 * 3    receive accept error     (P6 and Pentium only)
 * 4    redirectable IPI         a lowest-priority IPI was sent where that is unsupported
 * 5    send illegal vector      this APIC was asked to send vector 0–15
 * 6    receive illegal vector   this APIC received vector 0–15
 * 7    illegal register address software touched a register that does not exist
 * </pre>
 *
 * <p>The register latches errors: software writes it (any value in xAPIC mode, only 0 in x2APIC
 * mode) to move the errors collected since the last write into the readable register, then reads.
 *
 * @param bits the 8 error bits; the other 24 bits are reserved
 * @spec Intel SDM Vol. 3A, §10.5.3 "Error Handling", Figure "Error Status Register (ESR)"
 *     (§11.5.3 in the 2023+ editions)
 */
public record ErrorStatus(int bits) {

    /** Bit 0. */
    public static final int SEND_CHECKSUM_ERROR = 1;
    /** Bit 1. */
    public static final int RECEIVE_CHECKSUM_ERROR = 1 << 1;
    /** Bit 2: no processor accepted a message this APIC sent. */
    public static final int SEND_ACCEPT_ERROR = 1 << 2;
    /** Bit 3. */
    public static final int RECEIVE_ACCEPT_ERROR = 1 << 3;
    /** Bit 4. */
    public static final int REDIRECTABLE_IPI = 1 << 4;
    /** Bit 5: this APIC was asked to send an illegal vector. */
    public static final int SEND_ILLEGAL_VECTOR = 1 << 5;
    /** Bit 6. */
    public static final int RECEIVE_ILLEGAL_VECTOR = 1 << 6;
    /** Bit 7: access to a register that does not exist. */
    public static final int ILLEGAL_REGISTER_ADDRESS = 1 << 7;
    /** Every defined bit. */
    public static final int DEFINED_BITS = 0xFF;

    /** No errors. */
    public static final ErrorStatus NONE = new ErrorStatus(0);

    private static final String[] NAMES = {
        "send-checksum", "receive-checksum", "send-accept", "receive-accept",
        "redirectable-ipi", "send-illegal-vector", "receive-illegal-vector", "illegal-register-address",
    };

    /** Validates that only defined bits are set. */
    public ErrorStatus {
        if ((bits & ~DEFINED_BITS) != 0) {
            throw new IllegalArgumentException(
                    "Invalid error status %#x: only bits 0-7 are defined".formatted(bits));
        }
    }

    /** {@return the status in a raw register value; reserved bits are ignored} */
    public static ErrorStatus decode(int raw) {
        return new ErrorStatus(raw & DEFINED_BITS);
    }

    /** {@return whether no error bit is set} */
    public boolean isClear() {
        return bits == 0;
    }

    /** {@return whether every bit of {@code mask} is set} */
    public boolean has(int mask) {
        return (bits & mask) == mask;
    }

    /** {@return the status with the bits of {@code mask} cleared} */
    public ErrorStatus without(int mask) {
        return new ErrorStatus(bits & ~mask);
    }

    /** {@return the names of the bits set, lowest first, e.g. {@code [send-accept]}} */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((bits & (1 << bit)) != 0) {
                names.add(NAMES[bit]);
            }
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return "ESR 0x%02x %s".formatted(bits, names());
    }
}
