package org.smpboot.acpi.build;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;

/**
 * Builds a MADT: header with correct Length and Checksum, the Local Interrupt Controller Address
 * and Flags, then any interrupt controller structures in the order added (any type, any
 * revision, tens of thousands of structures). The simulated firmware and the tests use it.
 *
 * <p>{@snippet :
 * byte[] madt = new MadtBuilder()
 *         .revision(5)
 *         .add(LocalApicEntry.of(0, ApicId.of(0), LocalApicFlags.ENABLED))
 *         .add(LocalX2ApicEntry.of(ApicId.of(0x100), LocalApicFlags.ENABLED, 1))
 *         .add(MultiprocessorWakeupEntry.ofVersion0(0x7F000))
 *         .build();
 * }
 *
 * <p>Defaults: revision 5 (ACPI 6.3), smpboot's {@link TableIdentity}, local APIC address
 * 0xFEE00000, PCAT_COMPAT set. {@link #addRaw} writes bytes as they are, for malformed tables.
 *
 * @spec ACPI 6.5 §5.2.12 "Multiple APIC Description Table (MADT)"
 */
public final class MadtBuilder {

    /** The architectural default base of the local APIC registers. */
    public static final long DEFAULT_LOCAL_APIC_ADDRESS = 0xFEE0_0000L;

    private int revision = 5;
    private TableIdentity identity = TableIdentity.SMPBOOT;
    private long localApicAddress = DEFAULT_LOCAL_APIC_ADDRESS;
    private int flags = Madt.PCAT_COMPAT_MASK;
    private final ByteArrayOutputStream structures = new ByteArrayOutputStream();

    /** Sets the MADT revision (0 to 255; 5 is ACPI 6.3, 6 is ACPI 6.5). */
    public MadtBuilder revision(int revision) {
        if ((revision & ~0xFF) != 0) {
            throw new IllegalArgumentException("Invalid MADT revision %d: the field is 8 bits".formatted(revision));
        }
        this.revision = revision;
        return this;
    }

    /** Sets the OEM and creator fields. */
    public MadtBuilder identity(TableIdentity identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
        return this;
    }

    /** Sets the 32-bit Local Interrupt Controller Address. */
    public MadtBuilder localApicAddress(long address) {
        if ((address & ~0xFFFF_FFFFL) != 0) {
            throw new IllegalArgumentException("Invalid local APIC address 0x%x: the field is 32 bits".formatted(address));
        }
        this.localApicAddress = address;
        return this;
    }

    /** Sets the Flags field (bit 0 PCAT_COMPAT). */
    public MadtBuilder flags(int flags) {
        this.flags = flags;
        return this;
    }

    /** Appends a structure, encoded with the Length its record says; its offset is ignored. */
    public MadtBuilder add(MadtEntry entry) {
        structures.writeBytes(entry.encode());
        return this;
    }

    /** Appends bytes as they are: a structure of any shape, or garbage. */
    public MadtBuilder addRaw(byte[] bytes) {
        structures.writeBytes(bytes);
        return this;
    }

    /** {@return the table's bytes, Length and Checksum set} */
    public byte[] build() {
        byte[] entries = structures.toByteArray();
        byte[] body = new byte[Madt.ENTRIES_OFFSET - SdtHeader.SIZE + entries.length];
        MemorySegment fixed = MemorySegment.ofArray(body);
        LittleEndian.putUnsigned(fixed, Madt.LOCAL_APIC_ADDRESS_OFFSET - SdtHeader.SIZE, 4, localApicAddress);
        LittleEndian.putUnsigned(fixed, Madt.FLAGS_OFFSET - SdtHeader.SIZE, 4, Integer.toUnsignedLong(flags));
        System.arraycopy(entries, 0, body, Madt.ENTRIES_OFFSET - SdtHeader.SIZE, entries.length);
        return SdtBuilder.build(Signature.MADT, revision, identity, body);
    }
}
