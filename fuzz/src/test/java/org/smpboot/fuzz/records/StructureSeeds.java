package org.smpboot.fuzz.records;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.AcpiProcessorUid;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * Seeds of the records target's {@code STRUCTURE} subject: every defined structure type at its
 * minimum Length and at the end of each optional field (GICC's ACPI 6.0-6.7 fields, the wakeup
 * structure's Reset Vector), with every field non-zero; then one structure per rule a record's
 * constructor or the cursor enforces, each just outside it.
 *
 * <p>A structure's fields come from decoding bytes of a known pattern, so the seeds follow the
 * record classes as they change; each is written component by component as {@link EntryRecords}
 * draws them.
 */
final class StructureSeeds {

    private StructureSeeds() {
    }

    static Map<String, byte[]> all() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (EntryShapes shape : EntryShapes.ALL) {
            int min = shape.type().minimumLength();
            seeds.put("builder-structure-%s-length-%d".formatted(name(shape), min), write(shape, components(shape, min), 2, 0));
            for (Field field : shape.fields()) {
                if (field.end() > min) {
                    seeds.put("builder-structure-%s-length-%d".formatted(name(shape), field.end()),
                            write(shape, components(shape, field.end()), 2, 0));
                }
            }
        }
        refused(seeds, "local-apic-x2apic-id", shape("LocalApicEntry"), "apicId", ApicId.of(0x100));
        refused(seeds, "local-apic-flags-null", shape("LocalApicEntry"), "flags", null);
        refused(seeds, "io-apic-length-below-minimum", shape("IoApicEntry"), "length", 11);
        refused(seeds, "io-apic-id-wider-than-8-bits", shape("IoApicEntry"), "ioApicId", 0x100);
        refused(seeds, "local-x2apic-length-256", shape("LocalX2ApicEntry"), "length", 256);
        refused(seeds, "gicc-reserved-negative", shape("GicCpuInterfaceEntry"), "reserved", -1);
        refused(seeds, "gicc-efficiency-class-beyond-length", shape("GicCpuInterfaceEntry"), "processorPowerEfficiencyClass",
                OptionalInt.of(1));
        refused(seeds, "gicc-irs-id-null", shape("GicCpuInterfaceEntry"), "irsId", null);
        refused(seeds, "gicc-irs-id-wider-than-32-bits", shape("GicCpuInterfaceEntry"), 88, "irsId", OptionalLong.of(1L << 32));
        refused(seeds, "gicc-spe-interrupt-missing", shape("GicCpuInterfaceEntry"), 80, "speOverflowInterrupt", OptionalInt.empty());
        refused(seeds, "wakeup-reset-vector-missing", shape("MultiprocessorWakeupEntry"), 24, "resetVector", OptionalLong.empty());
        refused(seeds, "gicc-irs-id-beyond-length", shape("GicCpuInterfaceEntry"), "irsId", OptionalLong.of(1));
        refused(seeds, "local-sapic-uid-beyond-length", shape("LocalSapicEntry"), "acpiProcessorUidString", "AB");
        refused(seeds, "local-sapic-uid-with-nul", shape("LocalSapicEntry"), 24, "acpiProcessorUidString", "A\0B");
        refused(seeds, "local-sapic-uid-beyond-latin-1", shape("LocalSapicEntry"), 24, "acpiProcessorUidString", "A\u0100");
        EntryShapes wakeup = shape("MultiprocessorWakeupEntry");
        Map<String, Object> noMailbox = components(wakeup, 24);
        noMailbox.put("mailboxAddress", Long.MIN_VALUE);
        seeds.put("builder-structure-multiprocessor-wakeup-mailbox-address-bit-63", write(wakeup, noMailbox, 2, 0));
        Map<String, Object> noReset = components(wakeup, 24);
        noReset.put("mailboxVersion", 1);
        noReset.put("mailboxAddress", 0x7F000L);
        noReset.put("resetVector", OptionalLong.of(-1));
        seeds.put("builder-structure-multiprocessor-wakeup-v1-reset-vector-bit-63", write(wakeup, noReset, 2, 0));
        noReset.put("resetVector", OptionalLong.of(0x8000));
        seeds.put("builder-structure-multiprocessor-wakeup-v1-physical", write(wakeup, noReset, 2, 0));
        EntryShapes localApic = shape("LocalApicEntry");
        seeds.put("builder-structure-refused-cursor-read-at-negative-offset", write(localApic, components(localApic, 8), -1, 0));
        seeds.put("builder-structure-refused-cursor-read-past-the-structure", write(localApic, components(localApic, 8), 7, 3));
        seeds.put("builder-structure-refused-cursor-read-at-int-max", write(localApic, components(localApic, 8), Integer.MAX_VALUE - 3, 3));
        return seeds;
    }

    private static void refused(Map<String, byte[]> seeds, String name, EntryShapes shape, String component, Object value) {
        refused(seeds, name, shape, shape.type().minimumLength(), component, value);
    }

    private static void refused(Map<String, byte[]> seeds, String name, EntryShapes shape, int length, String component,
            Object value) {
        Map<String, Object> components = components(shape, length);
        components.put(component, value);
        seeds.put("builder-structure-refused-" + name, write(shape, components, 2, 0));
    }

    private static EntryShapes shape(String recordClass) {
        return EntryShapes.ALL.stream().filter(shape -> shape.recordClass().getSimpleName().equals(recordClass)).findFirst()
                .orElseThrow();
    }

    private static String name(EntryShapes shape) {
        return shape.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the components of the structure of {@code length} bytes whose fields hold a pattern, offset -1} */
    private static Map<String, Object> components(EntryShapes shape, int length) {
        byte[] structure = new byte[length];
        for (int i = 2; i < length; i++) {
            structure[i] = (byte) (0x41 + i % 26);
        }
        structure[0] = (byte) shape.type().code();
        structure[1] = (byte) length;
        MadtEntry entry = Madt.parse(ByteBuffer.wrap(new MadtBuilder().addRaw(structure).build()), Strictness.STRICT)
                .entries().iterator().next();
        Map<String, Object> components = new LinkedHashMap<>();
        for (RecordComponent component : shape.components()) {
            try {
                components.put(component.getName(), component.getAccessor().invoke(entry));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        components.put("offset", MadtEntry.NOT_IN_A_TABLE);
        return components;
    }

    /** {@return the input that draws {@code components} for {@code shape}, then a cursor read of {@code width} bytes at {@code fieldOffset}} */
    private static byte[] write(EntryShapes shape, Map<String, Object> components, int fieldOffset, int widthChoice) {
        ArgumentWriter out = new ArgumentWriter(RecordsTarget.Subject.STRUCTURE).pick(EntryShapes.ALL.toArray(), shape);
        for (RecordComponent component : shape.components()) {
            Object value = components.get(component.getName());
            switch (value) {
                case Integer v when component.getType() == int.class -> out.int32(v);
                case Long v when component.getType() == long.class -> out.int64(v);
                case null -> out.isNull(true);
                case OptionalInt v -> {
                    out.isNull(false).bool(v.isPresent());
                    v.ifPresent(out::int32);
                }
                case OptionalLong v -> {
                    out.isNull(false).bool(v.isPresent());
                    v.ifPresent(out::int64);
                }
                case AcpiProcessorUid v -> out.isNull(false).int64(v.value());
                case ApicId v -> out.isNull(false).int64(v.unsignedValue());
                case LocalApicFlags v -> out.isNull(false).int32(v.value());
                case String v -> out.isNull(false).plainText(v);
                default -> throw new IllegalStateException("Cannot write " + component + " = " + value);
            }
        }
        return out.int32(fieldOffset).choice(0, 3, widthChoice).toBytes();
    }
}
