package org.smpboot.fuzz.records;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smpboot.acpi.madt.entry.EntryEncoder;
import org.smpboot.acpi.madt.entry.Field;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.fuzz.Finding;

/**
 * The field descriptors and the structure writer every record encodes through, from fuzzed
 * arguments: a {@link Field} lies after the 2-byte header and ends within a u8 Length, an integer field is
 * 1 to 8 bytes, a string or byte field has a non-negative width and no flags; a {@link Field.Flag}
 * lies within 64 bits. {@link EntryEncoder} starts exactly the structures whose Type and Length fit
 * their bytes, writes exactly the values that fit their field inside the structure, and leaves
 * them little-endian at the field's offset, after Type and Length.
 *
 * @spec ACPI 6.5 §5.2.12 "Interrupt Controller Structure[n]": Type and Length, then the fields
 */
final class EncoderValues {

    private static final long[] OFFSET_EDGES = {MadtEntry.HEADER_SIZE, MadtEntry.HEADER_SIZE - 1, 255, 256, 0, -1,
        Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final long[] WIDTH_EDGES = {1, 2, 4, 8, 9, 0, -1, Integer.MAX_VALUE};
    private static final long[] SHIFT_EDGES = {0, 1, 63, 64, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};

    private EncoderValues() {
    }

    /** Draws a field, then writes a value or bytes through it into a drawn structure. */
    static void fieldAndEncoder(FuzzedDataProvider data) {
        Field field = field(data);
        int type = Draw.int32(data, 0, 0xFF, 0x100, -1);
        int length = Draw.int32(data, 2, 1, 255, 256, 0, -1);
        EntryEncoder encoder = Contract.call("EntryEncoder", Draw.fitsUnsigned(type, 1) && length >= MadtEntry.HEADER_SIZE
                && length <= 0xFF, () -> new EntryEncoder(type, length));
        if (encoder == null || field == null) {
            return;
        }
        byte[] expected = new byte[length];
        expected[0] = (byte) type;
        expected[1] = (byte) length;
        if (field.kind() == Field.Kind.INTEGER && data.consumeBoolean()) {
            long value = Draw.int64(data, Draw.unsignedEdges(field.width()));
            boolean fits = field.end() <= length && Draw.fitsUnsigned(value, field.width());
            if (Contract.call("EntryEncoder.put(%s, 0x%x)".formatted(field, value), fits,
                    () -> encoder.put(field, value)) != null) {
                byte[] littleEndian = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
                System.arraycopy(littleEndian, 0, expected, field.offset(), field.width());
            }
        } else {
            byte[] value = Draw.bytes(data);
            boolean fits = (long) field.offset() + value.length <= length;
            if (Contract.call("EntryEncoder.put(%s, %d bytes)".formatted(field, value.length), fits,
                    () -> encoder.put(field, value)) != null) {
                System.arraycopy(value, 0, expected, field.offset(), value.length);
            }
        }
        if (!Arrays.equals(encoder.toBytes(), expected)) {
            throw Finding.of("EntryEncoder wrote %s, expected %s", Arrays.toString(encoder.toBytes()),
                    Arrays.toString(expected));
        }
    }

    /** {@return a field drawn part by part, or {@code null} when the constructor refused, as it must} */
    private static Field field(FuzzedDataProvider data) {
        String label = Draw.isNull(data) ? null : Draw.text(data);
        String key = Draw.text(data);
        int offset = Draw.int32(data, OFFSET_EDGES);
        int width = Draw.int32(data, WIDTH_EDGES);
        Field.Kind kind = data.pickValue(Field.Kind.values());
        List<Field.Flag> flags = new ArrayList<>();
        for (int i = data.consumeInt(0, 2); i > 0; i--) {
            int shift = Draw.int32(data, SHIFT_EDGES);
            int bits = Draw.int32(data, SHIFT_EDGES);
            Field.Flag flag = Contract.call("Field.Flag", shift >= 0 && bits >= 1 && (long) shift + bits <= Long.SIZE,
                    () -> Field.flag(key, key, shift, bits));
            if (flag != null) {
                long value = data.consumeLong();
                if (flag.extract(value) != (value >>> shift & (bits == Long.SIZE ? -1L : (1L << bits) - 1))) {
                    throw Finding.of("%s extracts 0x%x from 0x%x", flag, flag.extract(value), value);
                }
                flags.add(flag);
            }
        }
        boolean inDomain = offset >= MadtEntry.HEADER_SIZE && offset <= 0xFF && (long) offset + width <= 0xFF
                && (kind == Field.Kind.INTEGER ? width >= 1 && width <= Long.BYTES : width >= 0 && flags.isEmpty());
        Field field = Contract.call("Field", inDomain, label == null,
                () -> new Field(label, key, offset, width, kind, flags));
        if (field != null && (field.end() != offset + width || !field.flags().equals(flags))) {
            throw Finding.of("%s ends at %d", field, field.end());
        }
        return field;
    }
}
