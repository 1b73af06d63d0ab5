package org.smpboot.acpi;

import java.util.HexFormat;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.build.TableIdentity;
import org.smpboot.acpi.madt.entry.IoApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.LocalX2ApicEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.kernel.api.apic.ApicId;

/** Tables the tests share: the spec digest's worked example (§9.2) and builders around it. */
public final class SampleTables {

    /** The 112-byte sample MADT of the spec digest §9.2, byte for byte (checksum 0x72). */
    public static final byte[] DIGEST_SAMPLE = HexFormat.ofDelimiter(" ").parseHex("""
            41 50 49 43 70 00 00 00 05 72 4f 45 4d 49 44 20 \
            4f 45 4d 54 41 42 4c 45 01 00 00 00 4a 41 56 41 \
            01 00 00 00 00 00 e0 fe 01 00 00 00 00 08 00 00 \
            01 00 00 00 00 08 01 01 01 00 00 00 00 08 02 02 \
            02 00 00 00 09 10 00 00 00 01 00 00 01 00 00 00 \
            03 00 00 00 01 0c 00 00 00 00 c0 fe 00 00 00 00 \
            10 10 00 00 00 00 00 00 00 f0 07 00 00 00 00 00""");

    private SampleTables() {
    }

    /** {@return the digest's sample with the first structure's Length byte (offset 0x2D) set, checksum fixed} */
    public static byte[] withFirstEntryLength(int length) {
        byte[] table = DIGEST_SAMPLE.clone();
        table[0x2D] = (byte) length;
        return org.smpboot.acpi.build.SdtBuilder.fixChecksum(table);
    }

    /** {@return the digest's sample built with the table builder} */
    public static byte[] digestSampleBuilt() {
        return digestSampleBuilder().build();
    }

    /** {@return a builder holding the digest's sample, to extend or change} */
    public static MadtBuilder digestSampleBuilder() {
        return new MadtBuilder()
                .revision(5)
                .identity(new TableIdentity("OEMID ", "OEMTABLE", 1, "JAVA", 1))
                .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(1, ApicId.of(1), LocalApicFlags.ENABLED))
                .add(LocalApicEntry.of(2, ApicId.of(2), LocalApicFlags.ONLINE_CAPABLE))
                .add(LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ENABLED, 3))
                .add(new IoApicEntry(-1, 12, 0, 0, 0xFEC0_0000L, 0))
                .add(MultiprocessorWakeupEntry.ofVersion0(0x7F000));
    }
}
