package org.smpboot.fuzz.seeds;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.entry.EntryBytes;
import org.smpboot.acpi.madt.entry.EntryDecoder;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * MADTs the table builder makes for what no public firmware dump has: every structure type of
 * ACPI 6.6 and the 6.7 drafts, TDX guests with a wakeup mailbox, hundreds of x2APIC processors,
 * RISC-V and LoongArch systems, and the processor-entry oddities the processor view must survive.
 * They seed the MADT target and, wrapped in their firmware, the discovery and boot targets.
 */
public final class MadtSeeds {

    /** Where the builder tables put a TDX mailbox: a 4 KiB page below 4 GiB. */
    public static final long MAILBOX = 0x7FF0_0000L;

    private MadtSeeds() {
    }

    /** {@return the builder tables by seed name} */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> tables = new LinkedHashMap<>();
        tables.put("builder-every-structure-type", everyStructureType());
        tables.put("builder-tdx-guest-mailbox-v1", tdxGuest(8, MultiprocessorWakeupEntry.ofVersion1(MAILBOX, 0xFFFF_F000L)));
        tables.put("builder-tdx-guest-mailbox-v0", tdxGuest(4, MultiprocessorWakeupEntry.ofVersion0(MAILBOX)));
        tables.put("builder-x2apic-512-cpus", x2ApicCpus(512));
        tables.put("builder-local-apic-and-x2apic-twins", twins());
        tables.put("builder-duplicates-placeholders-online-capable", oddProcessors());
        tables.put("builder-riscv-harts", of(EntryType.RINTC, EntryType.RINTC, EntryType.RINTC, EntryType.RINTC,
                EntryType.IMSIC, EntryType.APLIC, EntryType.PLIC));
        tables.put("builder-loongarch", of(EntryType.CORE_PIC, EntryType.CORE_PIC, EntryType.LIO_PIC, EntryType.HT_PIC,
                EntryType.EIO_PIC, EntryType.MSI_PIC, EntryType.BIO_PIC, EntryType.LPC_PIC));
        tables.put("builder-gicv5", of(EntryType.GIC_CPU_INTERFACE, EntryType.GIC_DISTRIBUTOR, EntryType.GICV5_IRS,
                EntryType.GICV5_ITS_CONFIG_FRAME, EntryType.GICV5_ITS_TRANSLATE_FRAME));
        tables.put("builder-x2apic-repeated-high-ids", repeatedHighIds());
        return tables;
    }

    /** {@return one structure of every known type, then a reserved and an OEM one} */
    private static byte[] everyStructureType() {
        MadtBuilder builder = new MadtBuilder().revision(7);
        for (EntryType type : EntryType.values()) {
            builder.add(structure(type, type.minimumLength(), type.code()));
        }
        builder.add(structure(EntryType.GIC_CPU_INTERFACE, 88, 0x40));
        builder.add(structure(EntryType.LOCAL_SAPIC, 24, 0x41));
        builder.add(UnknownEntry.of(0x40, new byte[] {1, 2, 3, 4}));
        builder.add(UnknownEntry.of(0xE0, new byte[10]));
        return builder.build();
    }

    private static byte[] of(EntryType... types) {
        MadtBuilder builder = new MadtBuilder().revision(7);
        int salt = 0;
        for (EntryType type : types) {
            builder.add(structure(type, type.minimumLength(), salt++));
        }
        return builder.build();
    }

    private static byte[] tdxGuest(int cpus, MultiprocessorWakeupEntry wakeup) {
        MadtBuilder builder = new MadtBuilder().revision(6).flags(0);
        for (int i = 0; i < cpus; i++) {
            builder.add(LocalX2ApicEntry.of(ApicId.of(i), LocalApicFlags.ENABLED, i));
        }
        return builder.add(wakeup).build();
    }

    private static byte[] x2ApicCpus(int cpus) {
        MadtBuilder builder = new MadtBuilder().revision(5);
        for (int i = 0; i < cpus; i++) {
            // Two threads per core, 64 cores per package: IDs with gaps, most above 255.
            long id = (long) (i / 128) << 8 | (i % 128);
            builder.add(LocalX2ApicEntry.of(ApicId.of(id), LocalApicFlags.ENABLED, i));
        }
        return builder.build();
    }

    private static byte[] twins() {
        MadtBuilder builder = new MadtBuilder().revision(5);
        for (int i = 0; i < 4; i++) {
            builder.add(LocalApicEntry.of(i, ApicId.of(i), LocalApicFlags.ENABLED));
        }
        for (int i = 0; i < 4; i++) {
            builder.add(LocalX2ApicEntry.of(ApicId.of(i), LocalApicFlags.ENABLED, 100 + i));
        }
        builder.add(LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ENABLED, 200));
        return builder.build();
    }

    private static byte[] oddProcessors() {
        LocalApicFlags onlineCapable = new LocalApicFlags(LocalApicFlags.ONLINE_CAPABLE_MASK);
        LocalApicFlags both = new LocalApicFlags(LocalApicFlags.ENABLED_MASK | LocalApicFlags.ONLINE_CAPABLE_MASK);
        return new MadtBuilder().revision(5)
                .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(1, ApicId.of(1), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(2, ApicId.of(1), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(3, ApicId.of(0xFF), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(4, ApicId.of(4), onlineCapable))
                .add(LocalApicEntry.of(5, ApicId.of(5), both))
                .add(LocalApicEntry.of(6, ApicId.of(6), new LocalApicFlags(0)))
                .add(LocalX2ApicEntry.of(ApicId.of(0xFFFF_FFFFL), LocalApicFlags.ENABLED, 7))
                .add(LocalX2ApicEntry.of(ApicId.of(0x1FF), onlineCapable, 8))
                .build();
    }

    /**
     * {@return x2APIC processors whose IDs repeat above 255 and above 65,535} The processor view
     * keeps those in a bitmap and in a hash table: enabled twins are a duplicate error, disabled
     * ones are not, and 300 large IDs make the hash table probe past slots other IDs took. IDs in
     * each quarter of 0-255 reach each word of the small set.
     */
    private static byte[] repeatedHighIds() {
        LocalApicFlags disabled = new LocalApicFlags(0);
        MadtBuilder builder = new MadtBuilder().revision(5)
                .add(LocalApicEntry.of(0, ApicId.of(0x10), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(1, ApicId.of(0x50), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(2, ApicId.of(0x90), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(3, ApicId.of(0xD0), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(4, ApicId.of(0xD0), LocalApicFlags.ENABLED))
                .add(LocalX2ApicEntry.of(ApicId.of(0x90), LocalApicFlags.ENABLED, 2))
                .add(LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ENABLED, 0))
                .add(LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ENABLED, 1))
                .add(LocalX2ApicEntry.of(ApicId.of(0x100), disabled, 2))
                .add(LocalX2ApicEntry.of(ApicId.of(0xFFFF), LocalApicFlags.ENABLED, 3))
                .add(LocalX2ApicEntry.of(ApicId.of(0x1_0000), LocalApicFlags.ENABLED, 4))
                .add(LocalX2ApicEntry.of(ApicId.of(0x1_0000), LocalApicFlags.ENABLED, 5))
                .add(LocalX2ApicEntry.of(ApicId.of(0x1_0000), disabled, 6))
                .add(LocalX2ApicEntry.of(ApicId.of(0xFFFF_FFFEL), LocalApicFlags.ENABLED, 7));
        for (int i = 0; i < 300; i++) {
            builder.add(LocalX2ApicEntry.of(ApicId.of(0x2_0000L + 0x1_0003L * i), LocalApicFlags.ENABLED, 8 + i));
        }
        builder.add(LocalX2ApicEntry.of(ApicId.of(0x2_0000L + 0x1_0003L * 299), LocalApicFlags.ENABLED, 308));
        return builder.build();
    }

    /**
     * {@return a structure of {@code type}, {@code length} bytes, decoded from bytes whose fields
     * hold values derived from {@code salt}} Reserved fields stay zero, a UID string is
     * NUL-terminated: the structure is well formed, so the builder re-encodes it byte for byte.
     */
    static MadtEntry structure(EntryType type, int length, int salt) {
        MemorySegment bytes = MemorySegment.ofArray(new byte[length]);
        bytes.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 0, (byte) type.code());
        bytes.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 1, (byte) length);
        for (Field field : EntryDecoder.fields(type)) {
            if (field.key().startsWith("reserved")) {
                continue;
            }
            switch (field.kind()) {
                case INTEGER -> {
                    if (field.end() <= length) {
                        for (int i = 0; i < field.width(); i++) {
                            bytes.set(java.lang.foreign.ValueLayout.JAVA_BYTE, field.offset() + i,
                                    (byte) (i == 0 ? salt + field.offset() : i == 1 ? 0x10 : 0));
                        }
                    }
                }
                case STRING -> {
                    byte[] uid = "CPU%d".formatted(salt).getBytes(StandardCharsets.ISO_8859_1);
                    MemorySegment.copy(MemorySegment.ofArray(uid), 0, bytes, field.offset(),
                            Math.min(uid.length, length - field.offset() - 1));
                }
                case BYTES -> { }
            }
        }
        return EntryDecoder.decode(new EntryBytes(bytes, MadtEntry.NOT_IN_A_TABLE));
    }
}
