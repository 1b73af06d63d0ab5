package org.smpboot.fuzz.records;

import org.smpboot.fuzz.seeds.FuzzedDataWriter;

/**
 * Writes the arguments of a records-target input as {@link Draw} reads them: numbers as the raw
 * choice followed by the value, objects behind their not-null choice, text and bytes with their
 * length. The inverse of {@code Draw}, as {@link FuzzedDataWriter} is of Jazzer's provider.
 */
final class ArgumentWriter {

    private final FuzzedDataWriter out = new FuzzedDataWriter();

    /** Starts an input for {@code subject}. */
    ArgumentWriter(RecordsTarget.Subject subject) {
        out.pickValue(RecordsTarget.Subject.values(), subject);
    }

    /** Writes what {@code Draw.int32} reads back. */
    ArgumentWriter int32(int value) {
        out.consumeInt(0, Draw.RAW, Draw.RAW).consumeInt(value);
        return this;
    }

    /** Writes what {@code Draw.int64} reads back. */
    ArgumentWriter int64(long value) {
        out.consumeInt(0, Draw.RAW, Draw.RAW).consumeLong(value);
        return this;
    }

    /** Writes the choice {@code Draw.isNull} reads back. */
    ArgumentWriter isNull(boolean isNull) {
        out.consumeInt(0, Draw.NULL_ONE_IN - 1, isNull ? 0 : 1);
        return this;
    }

    /** Writes a not-null choice and what {@code Draw.text} reads back. */
    ArgumentWriter text(String text) {
        isNull(false);
        return plainText(text);
    }

    /** Writes what {@code Draw.text} reads back, with no null choice before it. */
    ArgumentWriter plainText(String text) {
        out.consumeInt(0, Draw.MAX_TEXT, text.length());
        text.chars().forEach(c -> out.consumeInt(0, Draw.MAX_CHAR, c));
        return this;
    }

    /** Writes what {@code Draw.bytes} reads back. */
    ArgumentWriter bytes(byte[] bytes) {
        out.consumeInt(0, Draw.MAX_BYTES, bytes.length);
        for (byte b : bytes) {
            out.consumeInt(0, 0xFF, Byte.toUnsignedInt(b));
        }
        return this;
    }

    /** Writes what {@code consumeInt(min, max)} reads back. */
    ArgumentWriter choice(int min, int max, int value) {
        out.consumeInt(min, max, value);
        return this;
    }

    /** Writes what {@code pickValue(values)} reads back. */
    <T> ArgumentWriter pick(T[] values, T value) {
        out.pickValue(values, value);
        return this;
    }

    /** Writes what {@code consumeBoolean()} reads back. */
    ArgumentWriter bool(boolean value) {
        out.consumeBoolean(value);
        return this;
    }

    /** Writes what {@code consumeInt()} reads back. */
    ArgumentWriter anyInt(int value) {
        out.consumeInt(value);
        return this;
    }

    /** Writes what {@code consumeLong()} reads back. */
    ArgumentWriter anyLong(long value) {
        out.consumeLong(value);
        return this;
    }

    /** Writes what {@code consumeLong(min, max)} reads back. */
    ArgumentWriter anyLong(long min, long max, long value) {
        out.consumeLong(min, max, value);
        return this;
    }

    /** Writes a not-null identity as {@code TableBuilders.identity} reads it. */
    ArgumentWriter identity(String oemId, String oemTableId, long oemRevision, String creatorId, long creatorRevision) {
        return text(oemId).text(oemTableId).int64(oemRevision).text(creatorId).int64(creatorRevision);
    }

    /** {@return the input} */
    byte[] toBytes() {
        return out.toBytes();
    }
}
