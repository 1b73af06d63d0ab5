package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A Non-Maskable Interrupt Source: a global system interrupt that is wired as an NMI.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x03
 *  1     1    Length
 *  2     2    flags
 *  4     4    globalSystemInterrupt
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param flags the MPS INTI flags (see {@link MpsIntiFlags})
 * @param globalSystemInterrupt the global system interrupt that signals the NMI
 * @spec ACPI 6.5 §5.2.12.6 "Non-Maskable Interrupt (NMI) Source Structure"
 */
public record NmiSourceEntry(int offset, int length, int flags, long globalSystemInterrupt) implements MadtEntry {

    /** flags at offset 2, 2 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 2, 2, Field.flag("Polarity", "polarity", 0, 2), Field.flag("Trigger Mode", "triggerMode", 2, 2));
    /** globalSystemInterrupt at offset 4, 4 bytes. */
    public static final Field GLOBAL_SYSTEM_INTERRUPT = Field.integer("Interrupt", "globalSystemInterrupt", 4, 4);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(FLAGS, GLOBAL_SYSTEM_INTERRUPT);

    /** Validates the Length and each field's width. */
    public NmiSourceEntry {
        MadtEntry.checkLength(EntryType.NMI_SOURCE, length);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(GLOBAL_SYSTEM_INTERRUPT, globalSystemInterrupt);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static NmiSourceEntry read(EntryBytes bytes) {
        return new NmiSourceEntry(bytes.offset(), bytes.length(), bytes.getInt(FLAGS), bytes.get(GLOBAL_SYSTEM_INTERRUPT));
    }

    /** {@return the MPS INTI flags as polarity and trigger mode} */
    public MpsIntiFlags intiFlags() {
        return new MpsIntiFlags(flags);
    }

    @Override
    public int type() {
        return EntryType.NMI_SOURCE.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(FLAGS, flags)
                .put(GLOBAL_SYSTEM_INTERRUPT, globalSystemInterrupt)
                .toBytes();
    }
}
