package org.smpboot.acpi.build;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.table.Signature;

/**
 * Builds the root tables: an RSDT (4-byte table addresses) or an XSDT (8-byte addresses).
 *
 * @spec ACPI 6.5 §5.2.7 "Root System Description Table (RSDT)", §5.2.8 "Extended System
 *     Description Table (XSDT)"
 */
public final class RootTableBuilder {

    /** The revision both root tables have carried since ACPI 1.0 and 2.0. */
    public static final int REVISION = 1;

    private RootTableBuilder() {
    }

    /** {@return an RSDT listing {@code addresses}, each below 4 GiB} */
    public static byte[] rsdt(TableIdentity identity, List<Long> addresses) {
        return build(Signature.RSDT, 4, identity, addresses);
    }

    /** {@return an XSDT listing {@code addresses}} */
    public static byte[] xsdt(TableIdentity identity, List<Long> addresses) {
        return build(Signature.XSDT, 8, identity, addresses);
    }

    private static byte[] build(Signature signature, int entrySize, TableIdentity identity, List<Long> addresses) {
        byte[] body = new byte[entrySize * addresses.size()];
        MemorySegment bytes = MemorySegment.ofArray(body);
        for (int i = 0; i < addresses.size(); i++) {
            long address = addresses.get(i);
            if (entrySize == 4 && (address & ~0xFFFF_FFFFL) != 0) {
                throw new IllegalArgumentException("Invalid RSDT entry 0x%x: an RSDT holds 32-bit addresses".formatted(address));
            }
            LittleEndian.putUnsigned(bytes, (long) i * entrySize, entrySize, address);
        }
        return SdtBuilder.build(signature, REVISION, identity, body);
    }
}
