package org.smpboot.fuzz.records;

import java.util.LinkedHashMap;
import java.util.Map;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.processor.Disposition;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.fuzz.records.RecordsTarget.Subject;
import org.smpboot.kernel.api.apic.LocalApicRegister;

/**
 * Seeds of the records target, named for what each reaches: every structure type
 * ({@link StructureSeeds}), then each other subject once in its domain and once just outside each
 * rule it has, so that the corpus starts on every branch of every constructor's checks.
 */
public final class RecordsSeeds {

    private static final String TEXT_WITH_NUL = "AB\0\u0001~";

    private RecordsSeeds() {
    }

    /** {@return every seed, by file name} */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> seeds = new LinkedHashMap<>(StructureSeeds.all());
        arrayRecords(seeds);
        builders(seeds);
        values(seeds);
        ProblemSeeds.all(seeds);
        apic(seeds);
        return seeds;
    }

    private static void arrayRecords(Map<String, byte[]> seeds) {
        seeds.put("builder-unknown-reserved-type", unknown(0x1F, 5, new byte[] {1, 2, 3}));
        seeds.put("builder-unknown-oem-type-empty", unknown(0xFF, 2, new byte[0]));
        seeds.put("builder-unknown-refused-defined-type", unknown(0x1E, 2, new byte[0]));
        seeds.put("builder-unknown-refused-type-256", unknown(0x100, 2, new byte[0]));
        seeds.put("builder-unknown-refused-length-mismatch", unknown(0x80, 6, new byte[] {1}));
        seeds.put("builder-unknown-refused-length-256", unknown(0x80, 256, new byte[254]));
        seeds.put("builder-unknown-refused-length-1", unknown(0x80, 1, new byte[0]));
        seeds.put("builder-unknown-refused-null-data", new ArgumentWriter(Subject.UNKNOWN_STRUCTURE).int32(-1).int32(0x80)
                .int32(2).isNull(true).toBytes());
        seeds.put("builder-truncated-shorter-than-structure", truncated(0, 8, new byte[] {0, 8, 1, 2}, FormatRule.ENTRY_SHORTER_THAN_STRUCTURE));
        seeds.put("builder-truncated-overruns-table", truncated(9, 16, new byte[] {9, 16}, FormatRule.ENTRY_OVERRUNS_TABLE));
        seeds.put("builder-truncated-refused-other-reason", truncated(0, 8, new byte[] {0, 8}, FormatRule.TABLE_CHECKSUM));
        seeds.put("builder-truncated-refused-more-than-length", truncated(0, 2, new byte[] {0, 2, 0}, FormatRule.ENTRY_OVERRUNS_TABLE));
        seeds.put("builder-truncated-refused-one-byte", truncated(0, 8, new byte[] {0}, FormatRule.ENTRY_OVERRUNS_TABLE));
        seeds.put("builder-truncated-refused-type-mismatch", truncated(1, 8, new byte[] {0, 8}, FormatRule.ENTRY_OVERRUNS_TABLE));
        seeds.put("builder-truncated-refused-length-mismatch", truncated(0, 9, new byte[] {0, 8}, FormatRule.ENTRY_OVERRUNS_TABLE));
        seeds.put("builder-blob", new ArgumentWriter(Subject.BLOB).isNull(false).int64(0xF0000).isNull(false)
                .bytes(new byte[] {1, 2, 3}).toBytes());
        seeds.put("builder-blob-refused-null-address", new ArgumentWriter(Subject.BLOB).isNull(true).isNull(false)
                .bytes(new byte[] {1}).toBytes());
        seeds.put("builder-image-two-blobs-apart", image(0, 16, 16, 16));
        seeds.put("builder-image-refused-two-blobs-overlapping", image(0, 16, 15, 16));
    }

    private static byte[] unknown(int type, int length, byte[] data) {
        return new ArgumentWriter(Subject.UNKNOWN_STRUCTURE).int32(-1).int32(type).int32(length).isNull(false).bytes(data)
                .toBytes();
    }

    private static byte[] truncated(int type, int length, byte[] available, FormatRule reason) {
        ArgumentWriter out = new ArgumentWriter(Subject.TRUNCATED_STRUCTURE).int32(44).int32(type).int32(length)
                .isNull(false).bytes(available);
        if (available.length >= 2) {
            out.bool(false);
        }
        return out.isNull(false).pick(FormatRule.values(), reason).toBytes();
    }

    private static byte[] image(long first, int firstLength, long second, int secondLength) {
        return new ArgumentWriter(Subject.IMAGE).choice(0, 4, 2).int64(first).choice(0, 64, firstLength).int64(second)
                .choice(0, 64, secondLength).toBytes();
    }

    private static void builders(Map<String, byte[]> seeds) {
        seeds.put("builder-image-revision-2-rsdt-and-xsdt", imageBuilder(0xF0000, 0x7FE0000, 2, true, 2));
        seeds.put("builder-image-revision-2-xsdt-only", imageBuilder(0xF0000, 0x1_0000_0000L, 2, false, 1));
        seeds.put("builder-image-revision-0", imageBuilder(0xE0000, 0x7FE0000, 0, false, 3));
        seeds.put("builder-image-refused-rsdp-among-tables", imageBuilder(0x7FE0010, 0x7FE0000, 2, true, 1));
        seeds.put("builder-image-refused-revision-256", imageBuilder(0xF0000, 0x7FE0000, 256, true, 1));
        seeds.put("builder-image-refused-negative-rsdp-address", imageBuilder(-16, 0x7FE0000, 2, true, 0));
        seeds.put("builder-image-refused-negative-tables-address", imageBuilder(0xF0000, -16, 2, true, 0));
        seeds.put("builder-table-facp", identity(Subject.TABLE_BUILDER).plainText("FACP").int32(6).bytes(new byte[] {1, 2}).toBytes());
        seeds.put("builder-table-refused-signature-of-3", identity(Subject.TABLE_BUILDER).plainText("API").toBytes());
        seeds.put("builder-table-refused-revision-256", identity(Subject.TABLE_BUILDER).plainText("SSDT").int32(256).toBytes());
        seeds.put("builder-table-refused-oem-id-of-7", new ArgumentWriter(Subject.TABLE_BUILDER)
                .identity("SEVENCH", "", 0, "", 0).toBytes());
        seeds.put("builder-table-refused-oem-table-id-beyond-latin-1", new ArgumentWriter(Subject.TABLE_BUILDER)
                .identity("", "\u0100", 0, "", 0).toBytes());
        seeds.put("builder-table-refused-revision-beyond-32-bits", new ArgumentWriter(Subject.TABLE_BUILDER)
                .identity("", "", 1L << 32, "", 0).toBytes());
        seeds.put("builder-table-refused-creator-revision-beyond-32-bits", new ArgumentWriter(Subject.TABLE_BUILDER)
                .identity("", "", 0, "", 1L << 32).toBytes());
        seeds.put("builder-table-refused-null-creator-id", new ArgumentWriter(Subject.TABLE_BUILDER).text("").text("")
                .int64(0).isNull(true).int64(0).toBytes());
        seeds.put("builder-madt-revision-6", identity(Subject.MADT_BUILDER).int32(6).int64(0xFEE00000L).int32(0).toBytes());
        seeds.put("builder-madt-refused-revision-256", identity(Subject.MADT_BUILDER).int32(256).int64(0).int32(1).toBytes());
        seeds.put("builder-madt-refused-address-beyond-32-bits", identity(Subject.MADT_BUILDER).int32(5).int64(1L << 32)
                .int32(1).toBytes());
        seeds.put("builder-rsdt", identity(Subject.ROOT_TABLE_BUILDER).bool(false).choice(0, 8, 2).int64(0x7FE0000)
                .int64(0xFFFFFFFFL).toBytes());
        seeds.put("builder-rsdt-refused-address-beyond-32-bits", identity(Subject.ROOT_TABLE_BUILDER).bool(false)
                .choice(0, 8, 1).int64(1L << 32).toBytes());
        seeds.put("builder-xsdt", identity(Subject.ROOT_TABLE_BUILDER).bool(true).choice(0, 8, 2).int64(1L << 32)
                .int64(-1).toBytes());
        for (int revision : new int[] {0, 1, 2, 255}) {
            seeds.put("builder-rsdp-revision-" + revision, rsdp(revision, "OEM", 0x7FE0000, 0x7FE0040));
        }
        seeds.put("builder-rsdp-refused-revision-256", rsdp(256, "OEM", 0, 0));
        seeds.put("builder-rsdp-refused-rsdt-beyond-32-bits", rsdp(2, "OEM", 1L << 32, 0));
        seeds.put("builder-rsdp-refused-oem-id-of-7", rsdp(2, "SEVENCH", 0, 0));
    }

    private static ArgumentWriter identity(Subject subject) {
        return new ArgumentWriter(subject).identity("OEMID", "TABLE", 7, "ASL", 0x20250404L);
    }

    private static byte[] imageBuilder(long rsdpAddress, long tablesAddress, int revision, boolean withRsdt, int tables) {
        ArgumentWriter out = identity(Subject.IMAGE_BUILDER).int64(rsdpAddress).int64(tablesAddress).int32(revision)
                .bool(withRsdt).choice(0, 3, tables);
        for (int i = 0; i < tables; i++) {
            out.bytes(new byte[4 * i + 1]);
        }
        return out.toBytes();
    }

    private static byte[] rsdp(int revision, String oemId, long rsdtAddress, long xsdtAddress) {
        return new ArgumentWriter(Subject.RSDP_BUILDER).int32(revision).text(oemId).int64(rsdtAddress).int64(xsdtAddress)
                .choice(0, Rsdp.V1_SIZE - 1, Rsdp.V1_SIZE - 1).anyLong(0, Long.MAX_VALUE, Rsdp.V2_SIZE)
                .anyLong(Long.MIN_VALUE, -1, -1).toBytes();
    }

    private static void values(Map<String, byte[]> seeds) {
        seeds.put("builder-header-with-nul-and-control-chars", header("APIC", 44, 5, 0x7F, "OEM\0\u0001 ", TEXT_WITH_NUL + "xyz", "INTL"));
        seeds.put("builder-header-printable-and-beyond-ascii", header("FACP", 36, 6, 0, "OEMIDS", "T\u00E9BLE\u007F\u0080\u00FF", "INTL"));
        seeds.put("builder-header-refused-signature-beyond-latin-1", header("AP\u0100C", 44, 5, 0, "OEMIDS", "TABLEIDS", "INTL"));
        seeds.put("builder-header-refused-signature-of-5", header("APICS", 44, 5, 0, "OEMIDS", "TABLEIDS", "INTL"));
        seeds.put("builder-header-refused-length-beyond-32-bits", header("APIC", 1L << 32, 5, 0, "OEMIDS", "TABLEIDS", "INTL"));
        seeds.put("builder-header-refused-checksum-256", header("APIC", 44, 5, 256, "OEMIDS", "TABLEIDS", "INTL"));
        seeds.put("builder-header-refused-oem-id-of-5", header("APIC", 44, 5, 0, "OEMID", "TABLEIDS", "INTL"));
        seeds.put("builder-header-refused-creator-id-beyond-latin-1", header("APIC", 44, 5, 0, "OEMIDS", "TABLEIDS", "INT\u0100"));
        seeds.put("builder-rsdp-value-revision-2", rsdpValue(2, "OEMIDS", 0x1000, 36, 0x2000));
        seeds.put("builder-rsdp-value-revision-2-without-xsdt", rsdpValue(2, "OEMIDS", 0x1000, 36, 0));
        seeds.put("builder-rsdp-value-refused-revision-256", rsdpValue(256, "OEMIDS", 0x1000, 36, 0));
        seeds.put("builder-rsdp-value-refused-rsdt-beyond-32-bits", rsdpValue(2, "OEMIDS", 1L << 32, 36, 0));
        seeds.put("builder-rsdp-value-refused-length-beyond-32-bits", rsdpValue(2, "OEMIDS", 0x1000, 1L << 32, 0));
        seeds.put("builder-rsdp-value-refused-oem-id-of-7", rsdpValue(2, "SEVENCH", 0x1000, 36, 0));
        seeds.put("builder-rsdp-value-refused-oem-id-beyond-latin-1", rsdpValue(2, "OEMID\u0100", 0x1000, 36, 0));
        seeds.put("builder-processor-local-apic-boot", processor(EntryType.LOCAL_APIC, true, true, Disposition.BOOT));
        seeds.put("builder-processor-refused-io-apic-source", processor(EntryType.IO_APIC, false, false, Disposition.BOOT));
        seeds.put("builder-processor-refused-online-capable-without-flag",
                processor(EntryType.LOCAL_X2APIC, true, false, Disposition.HOT_PLUG));
        seeds.put("builder-counts", counts(3, 1, 3, 1, 1, 0, 3, 0x100, 2, 1));
        seeds.put("builder-counts-refused-negative-local-apic", counts(-1, 1, 0, 0, 0, 0, 0, -1, 0, 0));
        seeds.put("builder-counts-refused-negative-x2apic", counts(1, -1, 0, 0, 0, 0, 0, -1, 0, 0));
        seeds.put("builder-counts-refused-more-enabled-than-entries", counts(1, 1, 3, 0, 0, 0, 0, 1, 0, 0));
        seeds.put("builder-counts-refused-more-bootable-than-enabled", counts(2, 0, 1, 0, 0, 0, 2, 1, 0, 0));
        seeds.put("builder-counts-refused-more-online-capable-than-flagged", counts(2, 0, 0, 1, 0, 0, 0, 1, 0, 0));
        seeds.put("builder-counts-refused-more-flagged-than-entries", counts(1, 0, 0, 0, 2, 0, 0, 1, 0, 0));
        seeds.put("builder-counts-refused-more-enabled-and-online-capable", counts(2, 0, 1, 1, 2, 2, 0, 1, 0, 0));
        seeds.put("builder-counts-refused-negative-bootable", counts(2, 0, 1, 0, 0, 0, -1, 1, 0, 0));
        seeds.put("builder-counts-refused-more-other-enabled-than-other", counts(0, 0, 0, 0, 0, 0, 0, -1, 1, 2));
        seeds.put("builder-counts-refused-max-apic-id-below-minus-1", counts(0, 0, 0, 0, 0, 0, 0, -2, 0, 0));
        seeds.put("builder-counts-refused-max-apic-id-beyond-32-bits", counts(1, 0, 0, 0, 0, 0, 0, 1L << 32, 0, 0));
        seeds.put("builder-counts-refused-negative-online-capable", counts(1, 0, 0, -1, 0, 0, 0, 0, 0, 0));
        seeds.put("builder-counts-refused-negative-other-architecture", counts(1, 0, 0, 0, 0, 0, 0, 0, -1, -1));
        seeds.put("builder-counts-refused-entries-beyond-int", counts(Integer.MAX_VALUE, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        seeds.put("builder-counts-refused-negative-enabled", counts(1, 0, -1, 0, 0, 0, -2, 0, 0, 0));
        seeds.put("builder-counts-refused-entries-overflow", counts(Integer.MAX_VALUE, Integer.MAX_VALUE, -3, -3, -3, -3, -3, 0, -3, -3));
        seeds.put("builder-field-values", fieldValues(0xFFFFFFFFL, 0x0F, 3, 0x09));
        seeds.put("builder-field-values-flags-clear", fieldValues(0, 0x05, 0, 0x00));
        seeds.put("builder-field-values-refused-uid-beyond-32-bits", fieldValues(1L << 32, 0x0D, -1, 0x1F));
        seeds.put("builder-field-values-refused-inti-beyond-16-bits", fieldValues(1, 0x10000, 2, -1));
        seeds.put("builder-encoder-integer-field", encoder(4, 4, Field.Kind.INTEGER, 0, 1, 12).bool(true).int64(0xDEADBEEFL).toBytes());
        seeds.put("builder-encoder-bytes-field", encoder(2, 0, Field.Kind.BYTES, 0, 0, 6).bytes(new byte[] {1, 2, 3, 4}).toBytes());
        seeds.put("builder-encoder-flag-of-64-bits", encoder(4, 8, Field.Kind.INTEGER, 0, 64, 12).bool(true).int64(-1).toBytes());
        seeds.put("builder-encoder-refused-value-wider-than-field", encoder(4, 1, Field.Kind.INTEGER, 0, 1, 12).bool(true)
                .int64(0x100).toBytes());
        seeds.put("builder-encoder-refused-field-beyond-length", encoder(4, 8, Field.Kind.INTEGER, 0, 1, 8).bool(true)
                .int64(1).toBytes());
        seeds.put("builder-encoder-refused-bytes-beyond-length", encoder(6, 0, Field.Kind.BYTES, 0, 0, 6).bytes(new byte[] {1})
                .toBytes());
        seeds.put("builder-encoder-refused-field-offset-1", encoder(1, 1, Field.Kind.INTEGER, 0, 1, 8).toBytes());
        seeds.put("builder-encoder-refused-field-offset-256", encoder(256, 1, Field.Kind.INTEGER, 0, 1, 8).toBytes());
        seeds.put("builder-encoder-refused-integer-width-9", encoder(2, 9, Field.Kind.INTEGER, 0, 1, 12).toBytes());
        seeds.put("builder-encoder-refused-integer-width-0", encoder(2, 0, Field.Kind.INTEGER, 0, 1, 12).toBytes());
        seeds.put("builder-encoder-refused-string-width-negative", encoder(2, -1, Field.Kind.STRING, 0, 0, 12).toBytes());
        seeds.put("builder-encoder-refused-string-with-flag", encoder(2, 1, Field.Kind.STRING, 0, 1, 12).toBytes());
        seeds.put("builder-encoder-refused-flag-past-bit-63", encoder(2, 1, Field.Kind.INTEGER, 63, 2, 12).toBytes());
        seeds.put("builder-encoder-refused-flag-shift-int-max", encoder(2, 1, Field.Kind.INTEGER, Integer.MAX_VALUE, 1, 12).toBytes());
        seeds.put("builder-encoder-refused-flag-negative-shift", encoder(2, 1, Field.Kind.INTEGER, -1, 1, 12).toBytes());
        seeds.put("builder-encoder-refused-flag-width-0", encoder(2, 1, Field.Kind.INTEGER, 1, 0, 12).toBytes());
        seeds.put("builder-encoder-refused-length-1", encoder(2, 1, Field.Kind.INTEGER, 0, 1, 1).toBytes());
        seeds.put("builder-encoder-refused-length-256", encoder(2, 1, Field.Kind.INTEGER, 0, 1, 256).toBytes());
        seeds.put("builder-encoder-refused-type-256", new ArgumentWriter(Subject.ENCODER).text("L").plainText("k").int32(2).int32(1)
                .pick(Field.Kind.values(), Field.Kind.INTEGER).choice(0, 2, 0).int32(256).int32(8).toBytes());
        seeds.put("builder-encoder-refused-null-label", new ArgumentWriter(Subject.ENCODER).isNull(true).plainText("k").int32(2)
                .int32(1).pick(Field.Kind.values(), Field.Kind.INTEGER).choice(0, 2, 0).toBytes());
    }

    private static byte[] header(String signature, long length, int revision, int checksum, String oemId, String oemTableId,
            String creatorId) {
        return new ArgumentWriter(Subject.HEADER).plainText(signature).int64(length).int32(revision).int32(checksum)
                .text(oemId).plainText(oemTableId).int64(1).plainText(creatorId).int64(0x20250404L).toBytes();
    }

    private static byte[] rsdpValue(int revision, String oemId, long rsdtAddress, long length, long xsdtAddress) {
        return new ArgumentWriter(Subject.RSDP).int32(revision).text(oemId).int64(rsdtAddress).int64(length).int64(xsdtAddress)
                .bool(true).bool(true).toBytes();
    }

    private static byte[] processor(EntryType source, boolean onlineCapable, boolean flag, Disposition disposition) {
        return new ArgumentWriter(Subject.PROCESSOR).int32(44).isNull(false).pick(EntryType.values(), source).int64(1)
                .isNull(false).int64(2).bool(true).bool(onlineCapable).bool(flag).isNull(false)
                .pick(Disposition.values(), disposition).toBytes();
    }

    private static byte[] counts(int localApic, int localX2Apic, int enabled, int onlineCapable, int flagged,
            int enabledAndOnlineCapable, int bootable, long maxApicId, int other, int otherEnabled) {
        return new ArgumentWriter(Subject.PROCESSOR_COUNTS).int32(localApic).int32(localX2Apic).int32(enabled)
                .int32(onlineCapable).int32(flagged).int32(enabledAndOnlineCapable).int32(bootable).int64(maxApicId)
                .int32(other).int32(otherEnabled).toBytes();
    }

    private static byte[] fieldValues(long uid, int inti, int localApicFlags, int type) {
        return new ArgumentWriter(Subject.FIELD_VALUES).int64(uid).int32(inti).anyInt(localApicFlags).int32(type).toBytes();
    }

    /** {@return an encoder input up to its Type and Length: a field with one flag (or none when {@code flagWidth} is 0)} */
    private static ArgumentWriter encoder(int offset, int width, Field.Kind kind, int flagShift, int flagWidth, int length) {
        ArgumentWriter out = new ArgumentWriter(Subject.ENCODER).text("Label").plainText("key").int32(offset).int32(width)
                .pick(Field.Kind.values(), kind);
        if (flagWidth == 0 && flagShift == 0) {
            out.choice(0, 2, 0);
        } else {
            out.choice(0, 2, 1).int32(flagShift).int32(flagWidth).anyLong(0x8000_0000_0000_0001L);
        }
        return out.int32(0x0B).int32(length);
    }

    private static void apic(Map<String, byte[]> seeds) {
        seeds.put("builder-apic-registers-x2apic-bsp", registers(0x1FF, 0x14, 5, 0x3F, 0x0102_0014, 0xFEE0_0D00L).toBytes());
        seeds.put("builder-apic-registers-xapic-82489dx", registers(0x0F, 0x05, 2, 0, 0, 0xFEE0_0800L).toBytes());
        seeds.put("builder-apic-registers-disabled", registers(0, 0x10, 0, 0, 0, 0xFEE0_0400L).toBytes());
        seeds.put("builder-apic-registers-refused-id-beyond-32-bits", registers(1L << 32, 0x14, 5, 0x3F, 0, 0).toBytes());
        seeds.put("builder-apic-registers-refused-negative-id", registers(-1, 0x14, 5, 0x3F, 0, 0).toBytes());
        seeds.put("builder-apic-registers-refused-version-256", registers(1, 0x100, 5, 0, 0, 0).toBytes());
        seeds.put("builder-apic-registers-refused-max-lvt-256", registers(1, 0x14, 0x100, 0, 0, 0).toBytes());
        seeds.put("builder-apic-registers-refused-esr-256", registers(1, 0x14, 5, 0x100, 0, 0).toBytes());
        seeds.put("builder-apic-decoders", decoders(new int[] {6, 1, 1, 0, 1, 3}, LocalApicRegister.ICR_LOW, 0x300, 0x830, 0x9F000));
        seeds.put("builder-apic-decoders-self-ipi", decoders(new int[] {0, 0, 0, 1, 0, 0}, LocalApicRegister.SELF_IPI, 0x3F0, 0x83F, 0x8000));
        seeds.put("builder-apic-decoders-refused-encodings-out-of-range",
                decoders(new int[] {8, 2, -1, 2, 2, 4}, LocalApicRegister.ICR_HIGH, 0x301, 0x831, 0x8001));
        seeds.put("builder-apic-decoders-refused-startup-at-1-mib", decoders(new int[] {0, 0, 0, 0, 0, 0}, LocalApicRegister.ID,
                0x400, 0x900, 0x100000));
        seeds.put("builder-apic-decoders-refused-startup-negative", decoders(new int[] {7, 1, 1, 1, 1, 2}, LocalApicRegister.DFR,
                -1, -1, -4096));
    }

    private static ArgumentWriter registers(long apicId, int version, int maxLvt, int esr, int rawVersion, long apicBase) {
        ArgumentWriter out = new ArgumentWriter(Subject.APIC_REGISTERS).int64(apicId);
        if (apicId >= 0 && apicId <= 0xFFFF_FFFFL) {
            out.anyLong(0, 0xFFFF_FFFFL, 0xFE);
        }
        return out.int32(version).int32(maxLvt).bool(true).anyInt(rawVersion).int32(esr).choice(0, 0xFF, 0x05).anyInt(0x1FF)
                .anyLong(apicBase);
    }

    private static byte[] decoders(int[] encodings, LocalApicRegister register, int offset, int msr, long startup) {
        ArgumentWriter out = new ArgumentWriter(Subject.APIC_DECODERS);
        for (int encoding : encodings) {
            out.int32(encoding);
        }
        return out.pick(LocalApicRegister.values(), register).int32(offset).int32(msr).int64(startup).toBytes();
    }
}
