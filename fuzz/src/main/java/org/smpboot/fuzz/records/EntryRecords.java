package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.AcpiProcessorUid;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.LocalApicFlags;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * Builds the record of a defined MADT structure type from fuzzed fields, through its canonical
 * constructor, and says independently whether the constructor must accept them.
 *
 * <p>The documented domain, read from each record's field table (the same {@code Field}s the
 * listing prints), not from its constructor:
 * <ul>
 *   <li>Length: the type's minimum ({@code EntryType.minimumLength}) to 255, the u8 field;</li>
 *   <li>an integer component, or the number inside an {@code AcpiProcessorUid}, {@code ApicId} or
 *       {@code LocalApicFlags}: unsigned and no wider than its field (an 8-byte field holds any
 *       {@code long}); the offset: any value;</li>
 *   <li>an optional trailing field (GICC's ACPI 6.0-6.7 fields, the wakeup structure's Reset
 *       Vector): present exactly when Length covers it, and then no wider than its field;</li>
 *   <li>a string (Local SAPIC's UID): one byte per char, no NUL (the structure ends it with one),
 *       and it with its NUL within Length;</li>
 *   <li>{@code null} for an object component: refused with {@code NullPointerException}.</li>
 * </ul>
 */
final class EntryRecords {

    /** The component types this class draws; a record with another fails the target at start-up. */
    private static final Set<Class<?>> DRAWN = Set.of(int.class, long.class, OptionalInt.class, OptionalLong.class,
            AcpiProcessorUid.class, ApicId.class, LocalApicFlags.class, String.class);

    static {
        for (EntryShapes shape : EntryShapes.ALL) {
            for (RecordComponent component : shape.components()) {
                if (!DRAWN.contains(component.getType())) {
                    throw new IllegalStateException("The records target cannot draw %s.%s of type %s"
                            .formatted(shape.recordClass().getSimpleName(), component.getName(), component.getType()));
                }
            }
        }
    }

    private EntryRecords() {
    }

    /** {@return the record drawn for {@code shape}, or {@code null} when its constructor refused the fields, as it must} */
    static MadtEntry draw(FuzzedDataProvider data, EntryShapes shape) {
        RecordComponent[] components = shape.components();
        Object[] arguments = new Object[components.length];
        boolean nullGiven = false;
        int length = 0;
        for (int i = 0; i < components.length; i++) {
            arguments[i] = drawComponent(data, shape, components[i]);
            nullGiven |= arguments[i] == null;
            if (components[i].getName().equals("length")) {
                length = (Integer) arguments[i];
            }
        }
        boolean inDomain = true;
        for (int i = 0; i < components.length; i++) {
            inDomain &= inDomain(shape, components[i], arguments[i], length);
        }
        return Contract.call(shape.recordClass().getSimpleName(), inDomain, nullGiven, () -> construct(shape, arguments));
    }

    /** {@return {@code entry} with another offset, made by the canonical constructor from its accessors} */
    static MadtEntry withOffset(EntryShapes shape, MadtEntry entry, int offset) {
        RecordComponent[] components = shape.components();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            arguments[i] = component.getName().equals("offset") ? Integer.valueOf(offset)
                    : invoke(() -> component.getAccessor().invoke(entry));
        }
        return construct(shape, arguments);
    }

    private static Object drawComponent(FuzzedDataProvider data, EntryShapes shape, RecordComponent component) {
        Class<?> type = component.getType();
        switch (component.getName()) {
            case "offset" -> {
                return Draw.int32(data, MadtEntry.NOT_IN_A_TABLE, 0, Madt.ENTRIES_OFFSET, Integer.MIN_VALUE,
                        Integer.MAX_VALUE);
            }
            case "length" -> {
                return Draw.int32(data, shape.lengthEdges());
            }
            default -> {
                // The offset and Length are the only components without a field.
            }
        }
        Field field = shape.field(component);
        long[] edges = Draw.unsignedEdges(field == null ? Long.BYTES : field.width());
        if (type == int.class) {
            return Draw.int32(data, edges);
        }
        if (type == long.class) {
            return Draw.int64(data, edges);
        }
        if (Draw.isNull(data)) {
            return null;
        }
        if (type == OptionalInt.class) {
            return data.consumeBoolean() ? OptionalInt.of(Draw.int32(data, edges)) : OptionalInt.empty();
        }
        if (type == OptionalLong.class) {
            return data.consumeBoolean() ? OptionalLong.of(Draw.int64(data, edges)) : OptionalLong.empty();
        }
        if (type == AcpiProcessorUid.class) {
            return new AcpiProcessorUid(Draw.int64(data, edges) & 0xFFFF_FFFFL);
        }
        if (type == ApicId.class) {
            return ApicId.of(Draw.int64(data, edges) & 0xFFFF_FFFFL);
        }
        if (type == LocalApicFlags.class) {
            return new LocalApicFlags(Draw.int32(data, edges));
        }
        return Draw.text(data);
    }

    private static boolean inDomain(EntryShapes shape, RecordComponent component, Object value, int length) {
        if (component.getName().equals("length")) {
            return length >= shape.type().minimumLength() && length <= 0xFF;
        }
        Field field = shape.field(component);
        if (field == null || value == null) {
            return true;
        }
        int width = field.width();
        return switch (value) {
            case Integer v -> Draw.fitsUnsigned(v, width);
            case Long v -> Draw.fitsUnsigned(v, width);
            case OptionalInt v -> v.isPresent() == (length >= field.end())
                    && (v.isEmpty() || Draw.fitsUnsigned(v.getAsInt(), width));
            case OptionalLong v -> v.isPresent() == (length >= field.end())
                    && (v.isEmpty() || Draw.fitsUnsigned(v.getAsLong(), width));
            case AcpiProcessorUid v -> Draw.fitsUnsigned(v.value(), width);
            case ApicId v -> Draw.fitsUnsigned(v.unsignedValue(), width);
            case LocalApicFlags v -> Draw.fitsUnsigned(Integer.toUnsignedLong(v.value()), width);
            case String v -> field.offset() + v.length() + 1 <= length && v.chars().allMatch(c -> c != 0 && c <= 0xFF);
            default -> throw new IllegalStateException("Undrawn component " + component);
        };
    }

    private static MadtEntry construct(EntryShapes shape, Object[] arguments) {
        return (MadtEntry) invoke(() -> shape.constructor().newInstance(arguments));
    }

    /** A reflective call whose own exceptions are the callee's. */
    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }

    /** {@return what the call returned}, rethrowing what the callee threw as it threw it. */
    private static Object invoke(Reflective call) {
        try {
            return call.call();
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(thrown.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
