package org.smpboot.fuzz.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smpboot.acpi.build.MadtBuilder;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.EntryDecoder;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.problem.Strictness;

/**
 * Every record of a defined MADT structure type, with what the records target needs to build one
 * from fuzzed fields: its type, its canonical constructor and components, its field table.
 *
 * <p>The type of each record class is found the way firmware bytes find it: a zero-filled
 * structure of each {@link EntryType} is decoded, and the class of the record is noted. So a
 * structure type added to the library is fuzzed without a change here, and a record component of
 * a kind {@link EntryRecords} cannot draw fails the target at start-up, not silently.
 */
record EntryShapes(EntryType type, Class<? extends MadtEntry> recordClass, Constructor<?> constructor,
        RecordComponent[] components, List<Field> fields, Map<String, Field> fieldsByKey) {

    /** Every defined structure type's shape, in {@link EntryType} order. */
    static final List<EntryShapes> ALL = Arrays.stream(EntryType.values()).map(EntryShapes::of).toList();

    private static EntryShapes of(EntryType type) {
        byte[] structure = new byte[type.minimumLength()];
        structure[0] = (byte) type.code();
        structure[1] = (byte) structure.length;
        Madt madt = Madt.parse(java.nio.ByteBuffer.wrap(new MadtBuilder().addRaw(structure).build()), Strictness.STRICT);
        Class<? extends MadtEntry> recordClass = madt.entries().iterator().next().getClass();
        RecordComponent[] components = recordClass.getRecordComponents();
        Class<?>[] parameters = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            List<Field> fields = EntryDecoder.fields(type);
            return new EntryShapes(type, recordClass, recordClass.getConstructor(parameters), components, fields,
                    fields.stream().collect(Collectors.toUnmodifiableMap(Field::key, Function.identity())));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("No public canonical constructor in " + recordClass, e);
        }
    }

    /** {@return the field named like {@code component}, or {@code null} (offset and Length have none)} */
    Field field(RecordComponent component) {
        return fieldsByKey.get(component.getName());
    }

    /** {@return the Length values worth trying: around the minimum, the u8 limit, and each field's end} */
    long[] lengthEdges() {
        int min = type.minimumLength();
        long[] edges = new long[8 + 2 * fields.size()];
        long[] fixed = {0, 1, 2, min - 1, min, 255, 256, -1};
        System.arraycopy(fixed, 0, edges, 0, fixed.length);
        for (int i = 0; i < fields.size(); i++) {
            edges[fixed.length + 2 * i] = fields.get(i).end();
            edges[fixed.length + 2 * i + 1] = fields.get(i).end() - 1;
        }
        return edges;
    }
}
