package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * An Interrupt Source Override: an ISA interrupt that is wired to another global system interrupt, or with another polarity or trigger mode.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x02
 *  1     1    Length
 *  2     1    bus
 *  3     1    source
 *  4     4    globalSystemInterrupt
 *  8     2    flags
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param bus 0: ISA, the only bus defined
 * @param source the bus-relative interrupt source (the ISA IRQ)
 * @param globalSystemInterrupt the global system interrupt the source signals
 * @param flags the MPS INTI flags (see {@link MpsIntiFlags})
 * @spec ACPI 6.5 §5.2.12.5 "Interrupt Source Override Structure"
 */
public record InterruptSourceOverrideEntry(int offset, int length, int bus, int source, long globalSystemInterrupt, int flags) implements MadtEntry {

    /** bus at offset 2, 1 byte. */
    public static final Field BUS = Field.integer("Bus", "bus", 2, 1);
    /** source at offset 3, 1 byte. */
    public static final Field SOURCE = Field.integer("Source", "source", 3, 1);
    /** globalSystemInterrupt at offset 4, 4 bytes. */
    public static final Field GLOBAL_SYSTEM_INTERRUPT = Field.integer("Interrupt", "globalSystemInterrupt", 4, 4);
    /** flags at offset 8, 2 bytes. */
    public static final Field FLAGS = Field.integer("Flags (decoded below)", "flags", 8, 2, Field.flag("Polarity", "polarity", 0, 2), Field.flag("Trigger Mode", "triggerMode", 2, 2));
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(BUS, SOURCE, GLOBAL_SYSTEM_INTERRUPT, FLAGS);

    /** Validates the Length and each field's width. */
    public InterruptSourceOverrideEntry {
        MadtEntry.checkLength(EntryType.INTERRUPT_SOURCE_OVERRIDE, length);
        MadtEntry.checkWidth(BUS, bus);
        MadtEntry.checkWidth(SOURCE, source);
        MadtEntry.checkWidth(GLOBAL_SYSTEM_INTERRUPT, globalSystemInterrupt);
        MadtEntry.checkWidth(FLAGS, flags);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static InterruptSourceOverrideEntry read(EntryBytes bytes) {
        return new InterruptSourceOverrideEntry(bytes.offset(), bytes.length(), bytes.getInt(BUS), bytes.getInt(SOURCE), bytes.get(GLOBAL_SYSTEM_INTERRUPT), bytes.getInt(FLAGS));
    }

    /** {@return the MPS INTI flags as polarity and trigger mode} */
    public MpsIntiFlags intiFlags() {
        return new MpsIntiFlags(flags);
    }

    @Override
    public int type() {
        return EntryType.INTERRUPT_SOURCE_OVERRIDE.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(BUS, bus)
                .put(SOURCE, source)
                .put(GLOBAL_SYSTEM_INTERRUPT, globalSystemInterrupt)
                .put(FLAGS, flags)
                .toBytes();
    }
}
