package org.smpboot.fuzz.seeds;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.SdtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.table.SdtHeader;

/**
 * MADTs that break one rule each, for what the well-formed builder seeds and the real tables do
 * not reach: each walk problem of {@code Madt.parse}, each lint of {@code MadtLinter} and the
 * processor scanner's incomplete other-architecture entry. The builder writes only well-formed
 * structures (reserved fields zero, Length as the type defines it), so these are the builder's
 * empty table followed by raw structure bytes, laid out as ACPI 6.5 §5.2.12 gives them, with
 * Length and Checksum fixed (unless breaking them is the point).
 *
 * <p>Each seed's name says which rule it reaches; coverage of the rules is what they are for,
 * so a mutation that keeps a seed's shape explores around that rule.
 */
public final class MadtRuleSeeds {

    private static final long LAPIC_ADDRESS = 0xFEE0_0000L;

    private MadtRuleSeeds() {
    }

    /** {@return the rule seeds by file name} */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> tables = new LinkedHashMap<>();
        byte[] cpu = localApic(0, 0, 1);
        // Madt.parse's walk: each way a structure header can break the walk.
        tables.put("builder-rule-entry-header-truncated", table(5, 0, LAPIC_ADDRESS, cpu, bytes(0x00)));
        tables.put("builder-rule-zero-length-entry", table(5, 0, LAPIC_ADDRESS, cpu, bytes(0x00, 0x00), cpu));
        tables.put("builder-rule-entry-shorter-than-header", table(5, 0, LAPIC_ADDRESS, cpu, bytes(0x00, 0x01), cpu));
        tables.put("builder-rule-entry-overruns-table", table(5, 0, LAPIC_ADDRESS, cpu, bytes(0x09, 0x10, 0, 0, 1, 0)));
        tables.put("builder-rule-entry-shorter-than-structure", table(5, 0, LAPIC_ADDRESS, cpu, bytes(0x01, 0x06, 1, 0, 0, 0),
                sized(0x0B, 40), cpu));
        tables.put("builder-rule-madt-shorter-than-fixed-fields", withLength(java.util.Arrays.copyOf(table(5, 0, LAPIC_ADDRESS), 40), 40));
        tables.put("builder-rule-length-beyond-buffer", withLength(table(5, 0, LAPIC_ADDRESS, cpu), 60));
        // MadtLinter: each lint, on structures that decode.
        tables.put("builder-lint-io-apics-overlap-and-reserved", table(5, 1, LAPIC_ADDRESS, cpu,
                ioApic(2, 0x5A, 0xFEC0_0000, 0), ioApic(2, 0, 0xFEC0_0000, 0)));
        tables.put("builder-lint-interrupt-source-overrides", table(5, 1, LAPIC_ADDRESS, cpu, ioApic(2, 0, 0xFEC0_0000, 0),
                override(1, 20, 20, 0x0000), override(0, 9, 9, 0x000E), override(0, 9, 9, 0x0010), override(0, 0, 2, 0x0008)));
        tables.put("builder-lint-nmis", table(5, 0, LAPIC_ADDRESS, cpu, x2Apic(0x100, 1, 7),
                bytes(0x03, 8, 0x10, 0, 9, 0, 0, 0), bytes(0x04, 6, 0xFF, 0x02, 0, 2),
                bytes(0x0A, 12, 0x0A, 0, 0xFF, 0xFF, 0xFF, 0xFF, 3, 1, 2, 3)));
        tables.put("builder-lint-wakeup-mailboxes", table(6, 0, LAPIC_ADDRESS, x2Apic(0, 1, 0),
                wakeup(16, 2, 0x1234), wakeup(16, 1, 0), wakeup(24, 1, 0x7FF0_0000)));
        tables.put("builder-lint-repeated-address-override", table(5, 0, LAPIC_ADDRESS, cpu,
                bytes(0x05, 12, 0, 0, 0, 0, 0xE0, 0xFE, 0, 0, 0, 0), bytes(0x05, 12, 0, 0, 0, 0, 0xE0, 0xFE, 0, 0, 0, 0)));
        tables.put("builder-lint-local-apic-address-misaligned", table(5, 0, 0xFEE0_0010L, cpu, localApic(1, 1, 1)));
        tables.put("builder-lint-local-sapic-uid-strings", table(5, 0, LAPIC_ADDRESS,
                bytes(0x07, 20, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 'C', 'P', 'U', '0'),
                bytes(0x07, 16, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0)));
        tables.put("builder-lint-x2apic-reserved-and-low-ids", table(5, 0, LAPIC_ADDRESS,
                bytes(0x09, 16, 0x34, 0x12, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0), x2Apic(2, 1, 2)));
        tables.put("builder-lint-no-processors-pcat-compat", table(5, 1, LAPIC_ADDRESS,
                bytes(0x04, 6, 0xFF, 0x05, 0, 1)));
        tables.put("builder-lint-unknown-revision-reserved-flags", table(9, 0x8000_0001, LAPIC_ADDRESS, cpu,
                localApic(1, 1, 0x8000_0001)));
        return tables;
    }

    /** {@return the builder's empty MADT of this revision, Flags and address, then the raw structures} */
    static byte[] table(int revision, int flags, long localApicAddress, byte[]... structures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new MadtBuilder().revision(revision).flags(flags).localApicAddress(localApicAddress).build());
        for (byte[] structure : structures) {
            out.writeBytes(structure);
        }
        return withLength(out.toByteArray(), out.size());
    }

    /** {@return {@code table} with Length set to {@code length} and the checksum fixed} */
    private static byte[] withLength(byte[] table, int length) {
        java.lang.foreign.MemorySegment.ofArray(table).set(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED
                .withOrder(java.nio.ByteOrder.LITTLE_ENDIAN), SdtHeader.LENGTH_OFFSET, length);
        return SdtBuilder.fixChecksum(table);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** {@return a structure of Type {@code type} and {@code length} bytes, every field zero} */
    private static byte[] sized(int type, int length) {
        byte[] bytes = new byte[length];
        bytes[0] = (byte) type;
        bytes[1] = (byte) length;
        return bytes;
    }

    /** Processor Local APIC (§5.2.12.2): Type 0, Length 8, UID, APIC ID, Flags. */
    private static byte[] localApic(int uid, int apicId, int flags) {
        return bytes(0x00, 8, uid, apicId, flags, flags >>> 8, flags >>> 16, flags >>> 24);
    }

    /** Processor Local x2APIC (§5.2.12.12): Type 9, Length 16, Reserved, X2APIC ID, Flags, UID. */
    private static byte[] x2Apic(int apicId, int flags, int uid) {
        return bytes(0x09, 16, 0, 0, apicId, apicId >>> 8, apicId >>> 16, apicId >>> 24, flags, 0, 0, 0,
                uid, uid >>> 8, 0, 0);
    }

    /** I/O APIC (§5.2.12.3): Type 1, Length 12, ID, Reserved, Address, GSI Base. */
    private static byte[] ioApic(int id, int reserved, int address, int gsiBase) {
        return bytes(0x01, 12, id, reserved, address, address >>> 8, address >>> 16, address >>> 24,
                gsiBase, gsiBase >>> 8, gsiBase >>> 16, gsiBase >>> 24);
    }

    /** Interrupt Source Override (§5.2.12.5): Type 2, Length 10, Bus, Source, GSI, MPS INTI Flags. */
    private static byte[] override(int bus, int source, int gsi, int flags) {
        return bytes(0x02, 10, bus, source, gsi, gsi >>> 8, gsi >>> 16, gsi >>> 24, flags, flags >>> 8);
    }

    /** Multiprocessor Wakeup (ACPI 6.6 §5.2.12.19): Type 0x10, Mailbox Version, Reserved, Mailbox Address[, Reset Vector]. */
    private static byte[] wakeup(int length, int version, long address) {
        byte[] bytes = new byte[length];
        bytes[0] = 0x10;
        bytes[1] = (byte) length;
        bytes[2] = (byte) version;
        for (int i = 0; i < 8; i++) {
            bytes[8 + i] = (byte) (address >>> (8 * i));
        }
        return bytes;
    }

    static {
        // The raw layout relies on the builder's empty table ending where the structures start.
        assert new MadtBuilder().build().length == Madt.ENTRIES_OFFSET;
    }
}
