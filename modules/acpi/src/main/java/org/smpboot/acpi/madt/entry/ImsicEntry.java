package org.smpboot.acpi.madt.entry;

import java.util.List;

/**
 * A RISC-V Incoming MSI Controller (IMSIC): the platform-wide IMSIC parameters.
 *
 * <pre>
 * offset size field
 *  0     1    Type = 0x19
 *  1     1    Length
 *  2     1    version
 *  3     1    reserved
 *  4     4    flags
 *  8     2    numberOfIds
 * 10     2    numberOfGuestIds
 * 12     1    guestIndexBits
 * 13     1    hartIndexBits
 * 14     1    groupIndexBits
 * 15     1    groupIndexShift
 * </pre>
 *
 * @param offset the structure's byte offset in its table ({@link MadtEntry#NOT_IN_A_TABLE} if built)
 * @param length the Length field
 * @param version the structure version
 * @param reserved reserved, 0
 * @param flags reserved, 0
 * @param numberOfIds the number of supervisor interrupt identities
 * @param numberOfGuestIds the number of guest interrupt identities
 * @param guestIndexBits the guest index bits of the MSI target address
 * @param hartIndexBits the hart index bits
 * @param groupIndexBits the group index bits
 * @param groupIndexShift the group index shift
 * @spec ACPI 6.6 "RISC-V Incoming MSI Controller (IMSIC) Structure"; ACPICA {@code struct acpi_madt_imsic}
 */
public record ImsicEntry(int offset, int length, int version, int reserved, long flags, int numberOfIds, int numberOfGuestIds, int guestIndexBits, int hartIndexBits, int groupIndexBits, int groupIndexShift) implements MadtEntry {

    /** version at offset 2, 1 byte. */
    public static final Field VERSION = Field.integer("Version", "version", 2, 1);
    /** reserved at offset 3, 1 byte. */
    public static final Field RESERVED = Field.integer("Reserved", "reserved", 3, 1);
    /** flags at offset 4, 4 bytes. */
    public static final Field FLAGS = Field.integer("Flags", "flags", 4, 4);
    /** numberOfIds at offset 8, 2 bytes. */
    public static final Field NUMBER_OF_IDS = Field.integer("NumIds", "numberOfIds", 8, 2);
    /** numberOfGuestIds at offset 10, 2 bytes. */
    public static final Field NUMBER_OF_GUEST_IDS = Field.integer("NumGuestIds", "numberOfGuestIds", 10, 2);
    /** guestIndexBits at offset 12, 1 byte. */
    public static final Field GUEST_INDEX_BITS = Field.integer("GuestIndexBits", "guestIndexBits", 12, 1);
    /** hartIndexBits at offset 13, 1 byte. */
    public static final Field HART_INDEX_BITS = Field.integer("HartIndexBits", "hartIndexBits", 13, 1);
    /** groupIndexBits at offset 14, 1 byte. */
    public static final Field GROUP_INDEX_BITS = Field.integer("GroupIndexBits", "groupIndexBits", 14, 1);
    /** groupIndexShift at offset 15, 1 byte. */
    public static final Field GROUP_INDEX_SHIFT = Field.integer("GroupIndexShift", "groupIndexShift", 15, 1);
    /** The fields in table order. */
    public static final List<Field> FIELDS = List.of(VERSION, RESERVED, FLAGS, NUMBER_OF_IDS, NUMBER_OF_GUEST_IDS, GUEST_INDEX_BITS, HART_INDEX_BITS, GROUP_INDEX_BITS, GROUP_INDEX_SHIFT);

    /** Validates the Length and each field's width. */
    public ImsicEntry {
        MadtEntry.checkLength(EntryType.IMSIC, length);
        MadtEntry.checkWidth(VERSION, version);
        MadtEntry.checkWidth(RESERVED, reserved);
        MadtEntry.checkWidth(FLAGS, flags);
        MadtEntry.checkWidth(NUMBER_OF_IDS, numberOfIds);
        MadtEntry.checkWidth(NUMBER_OF_GUEST_IDS, numberOfGuestIds);
        MadtEntry.checkWidth(GUEST_INDEX_BITS, guestIndexBits);
        MadtEntry.checkWidth(HART_INDEX_BITS, hartIndexBits);
        MadtEntry.checkWidth(GROUP_INDEX_BITS, groupIndexBits);
        MadtEntry.checkWidth(GROUP_INDEX_SHIFT, groupIndexShift);
    }

    /** {@return the structure in {@code bytes}, which hold at least the minimum Length} */
    static ImsicEntry read(EntryBytes bytes) {
        return new ImsicEntry(bytes.offset(), bytes.length(), bytes.getInt(VERSION), bytes.getInt(RESERVED), bytes.get(FLAGS), bytes.getInt(NUMBER_OF_IDS), bytes.getInt(NUMBER_OF_GUEST_IDS), bytes.getInt(GUEST_INDEX_BITS), bytes.getInt(HART_INDEX_BITS), bytes.getInt(GROUP_INDEX_BITS), bytes.getInt(GROUP_INDEX_SHIFT));
    }

    @Override
    public int type() {
        return EntryType.IMSIC.code();
    }

    @Override
    public byte[] encode() {
        return new EntryEncoder(type(), length)
                .put(VERSION, version)
                .put(RESERVED, reserved)
                .put(FLAGS, flags)
                .put(NUMBER_OF_IDS, numberOfIds)
                .put(NUMBER_OF_GUEST_IDS, numberOfGuestIds)
                .put(GUEST_INDEX_BITS, guestIndexBits)
                .put(HART_INDEX_BITS, hartIndexBits)
                .put(GROUP_INDEX_BITS, groupIndexBits)
                .put(GROUP_INDEX_SHIFT, groupIndexShift)
                .toBytes();
    }
}
