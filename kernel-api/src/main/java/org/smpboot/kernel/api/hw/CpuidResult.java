package org.smpboot.kernel.api.hw;

/**
 * The four registers the CPUID instruction returns for one leaf and sub-leaf.
 *
 * @param eax EAX
 * @param ebx EBX
 * @param ecx ECX
 * @param edx EDX
 * @spec Intel SDM Vol. 2A, "CPUID—CPU Identification"
 */
public record CpuidResult(int eax, int ebx, int ecx, int edx) {

    /** All four registers zero: what CPUID returns for an unsupported leaf on many processors. */
    public static final CpuidResult ZERO = new CpuidResult(0, 0, 0, 0);

    /** {@return the 12 ASCII bytes of EBX, EDX, ECX in that order, the order vendor strings use} */
    public String vendorString() {
        return ascii(ebx) + ascii(edx) + ascii(ecx);
    }

    /**
     * {@return a result whose EBX, EDX and ECX hold {@code twelveChars}, in the order vendor
     * strings and the TDX leaf 0x21 signature use}
     *
     * @param eax         the value of EAX
     * @param twelveChars exactly 12 ASCII characters
     */
    public static CpuidResult ofVendorString(int eax, String twelveChars) {
        if (twelveChars.length() != 12) {
            throw new IllegalArgumentException(
                    "Invalid vendor string \"%s\": it must be 12 characters".formatted(twelveChars));
        }
        return new CpuidResult(eax, word(twelveChars, 0), word(twelveChars, 8), word(twelveChars, 4));
    }

    private static String ascii(int register) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) ((register >>> (8 * i)) & 0xFF);
        }
        return new String(chars);
    }

    private static int word(String s, int from) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (s.charAt(from + i) & 0xFF) << (8 * i);
        }
        return value;
    }
}
