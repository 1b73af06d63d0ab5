package org.smpboot.acpi.madt;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.smpboot.acpi.internal.Hex;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.problem.EntryException;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.table.AcpiTable;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;

/**
 * The Multiple APIC Description Table: a validated, zero-copy view of its bytes.
 *
 * <pre>
 * offset size field
 *  0     36   table header, Signature "APIC"
 * 36     4    Local Interrupt Controller Address  (32-bit physical address of every local APIC)
 * 40     4    Flags                               bit 0 PCAT_COMPAT: the system also has 8259 PICs
 * 44     ...  Interrupt Controller Structure[n]   Type, Length, fields
 * </pre>
 *
 * <p>{@link #parse} walks the structure headers once and checks that the walk is bounded (every
 * Length at least 2 and inside the table); a strict parse throws the first broken rule, a lenient
 * one records it and keeps what it can (a structure running past the table is kept truncated, the
 * walk stops at a zero Length). After that, {@link #entries()} decodes records lazily and
 * {@link #cursor()} walks without allocating.
 *
 * <p>Immutable and thread-safe when the underlying memory does not change.
 *
 * {@snippet :
 * Madt madt = Madt.parse(MemorySegment.ofArray(bytes), Strictness.LENIENT);
 * for (MadtEntry entry : madt.entries()) {
 *     switch (entry) {
 *         case LocalApicEntry cpu -> System.out.println(cpu.apicId());
 *         default -> { }
 *     }
 * }
 * }
 *
 * @spec ACPI 6.5 §5.2.12 "Multiple APIC Description Table (MADT)", Table "MADT Format" and
 *     Table "Multiple APIC Flags"
 */
public final class Madt {

    /** Offset of Local Interrupt Controller Address (u32). */
    public static final int LOCAL_APIC_ADDRESS_OFFSET = 36;
    /** Offset of Flags (u32). */
    public static final int FLAGS_OFFSET = 40;
    /** Offset of the first interrupt controller structure. */
    public static final int ENTRIES_OFFSET = 44;
    /** Flags bit 0: the system has a PC-AT-compatible dual 8259 setup that the OS must disable. */
    public static final int PCAT_COMPAT_MASK = 1;
    /** Flags bits 1-31 are reserved. */
    public static final int FLAGS_RESERVED_MASK = ~PCAT_COMPAT_MASK;

    private final AcpiTable table;
    private final long localApicAddress;
    private final int flags;
    private final int entriesEnd;
    private final List<Problem> problems;

    private Madt(AcpiTable table, long localApicAddress, int flags, int entriesEnd, List<Problem> problems) {
        this.table = table;
        this.localApicAddress = localApicAddress;
        this.flags = flags;
        this.entriesEnd = entriesEnd;
        this.problems = problems;
    }

    /**
     * Parses the MADT at the start of {@code buffer}.
     *
     * @throws org.smpboot.acpi.problem.AcpiException for a header that does not fit or a wrong
     *     signature (both modes), or the first error (strict)
     */
    public static Madt parse(MemorySegment buffer, Strictness strictness) {
        Problems problems = new Problems(strictness);
        return parse(AcpiTable.read(buffer, Signature.MADT, problems), problems);
    }

    /**
     * Parses the MADT between {@code buffer}'s position and limit, zero copy (heap or direct).
     *
     * @throws org.smpboot.acpi.problem.AcpiException as {@link #parse(MemorySegment, Strictness)}
     */
    public static Madt parse(java.nio.ByteBuffer buffer, Strictness strictness) {
        return parse(MemorySegment.ofBuffer(buffer), strictness);
    }

    /**
     * Parses an MADT whose header has been read, adding to the problems already found.
     *
     * @throws org.smpboot.acpi.problem.AcpiException for the first error if the read is strict
     */
    public static Madt parse(AcpiTable table, Problems problems) {
        MemorySegment bytes = table.bytes();
        long size = bytes.byteSize();
        if (size < ENTRIES_OFFSET) {
            Problem problem = new Problem(SdtHeader.LENGTH_OFFSET, FormatRule.MADT_SHORTER_THAN_FIXED_FIELDS,
                    size + " bytes, the MADT's fixed fields end at " + ENTRIES_OFFSET);
            problems.report(problem, () -> new TableLengthException(problem));
        }
        long address = size >= FLAGS_OFFSET ? LittleEndian.u32(bytes, LOCAL_APIC_ADDRESS_OFFSET) : 0;
        int flags = size >= ENTRIES_OFFSET ? LittleEndian.u32Bits(bytes, FLAGS_OFFSET) : 0;
        int entriesEnd = size >= ENTRIES_OFFSET ? walk(bytes, problems) : ENTRIES_OFFSET;
        return new Madt(table, address, flags, entriesEnd, problems.list());
    }

    /**
     * Checks that the structures can be walked; returns where the walk stops. Every step advances
     * by at least 2 bytes, so this ends after at most {@code size / 2} steps.
     */
    private static int walk(MemorySegment bytes, Problems problems) {
        int end = (int) Math.min(bytes.byteSize(), Integer.MAX_VALUE);
        int position = ENTRIES_OFFSET;
        while (position < end) {
            int at = position;
            int type = LittleEndian.u8(bytes, at);
            if (end - at < MadtEntry.HEADER_SIZE) {
                report(problems, at, FormatRule.ENTRY_HEADER_TRUNCATED, type, -1,
                        "1 byte left at the end of the table, Type 0x" + Hex.ofByte(type) + " and no Length");
                return at;
            }
            int length = LittleEndian.u8(bytes, at + 1);
            if (length == 0) {
                report(problems, at, FormatRule.ZERO_LENGTH_ENTRY, type, length,
                        "Type 0x" + Hex.ofByte(type) + " with Length 0: the walk cannot advance");
                return at;
            }
            if (length < MadtEntry.HEADER_SIZE) {
                report(problems, at, FormatRule.ENTRY_SHORTER_THAN_HEADER, type, length,
                        "Type 0x" + Hex.ofByte(type) + " with Length " + length + ", smaller than Type and Length");
                return at;
            }
            if (length > end - at) {
                report(problems, at, FormatRule.ENTRY_OVERRUNS_TABLE, type, length,
                        "Type 0x" + Hex.ofByte(type) + " Length " + length + ", only " + (end - at) + " bytes left in the table");
                return end;
            }
            int minimum = EntryType.minimumLength(type);
            if (length < minimum) {
                report(problems, at, FormatRule.ENTRY_SHORTER_THAN_STRUCTURE, type, length,
                        EntryType.lookup(type).structureName() + " with Length " + length + ", the structure is "
                                + minimum + " bytes");
            }
            position = at + length;
        }
        return end;
    }

    private static void report(Problems problems, int offset, FormatRule rule, int type, int length, String detail) {
        Problem problem = new Problem(offset, rule, detail);
        problems.report(problem, () -> new EntryException(problem, type, length));
    }

    /** {@return the table this view reads} */
    public AcpiTable table() {
        return table;
    }

    /** {@return the table header} */
    public SdtHeader header() {
        return table.header();
    }

    /** {@return the MADT revision} */
    public int revision() {
        return table.revision();
    }

    /** {@return the Local Interrupt Controller Address; 0 if the table is too short to hold it} */
    public long localApicAddress() {
        return localApicAddress;
    }

    /** {@return the Flags field; 0 if the table is too short to hold it} */
    public int flags() {
        return flags;
    }

    /** {@return whether PCAT_COMPAT is set: the system also has dual 8259 PICs} */
    public boolean pcAtCompatible() {
        return (flags & PCAT_COMPAT_MASK) != 0;
    }

    /** {@return whether the whole table sums to zero} */
    public boolean checksumValid() {
        return table.checksumValid();
    }

    /** {@return the table's bytes, zero copy} */
    public MemorySegment bytes() {
        return table.bytes();
    }

    /** {@return the offset where the walk of structures stops (the table's end unless a problem stopped it)} */
    public int entriesEnd() {
        return entriesEnd;
    }

    /** {@return the problems found by a lenient parse, in table order; empty for a valid table} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return a new cursor before the first structure} */
    public MadtCursor cursor() {
        return new MadtCursor(table.bytes(), ENTRIES_OFFSET, entriesEnd);
    }

    /** {@return the structures, decoded lazily in table order, each time the iterable is walked} */
    public Iterable<MadtEntry> entries() {
        return () -> new Iterator<>() {
            private final MadtCursor cursor = cursor();
            private boolean ready;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    more = cursor.advance();
                    ready = true;
                }
                return more;
            }

            @Override
            public MadtEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No structure after offset 0x%x".formatted(entriesEnd));
                }
                ready = false;
                return cursor.decode();
            }
        };
    }

    /** {@return every structure of one record type, in table order} */
    public <T extends MadtEntry> List<T> entries(Class<T> type) {
        Objects.requireNonNull(type, "type");
        List<T> found = new ArrayList<>();
        for (MadtEntry entry : entries()) {
            if (type.isInstance(entry)) {
                found.add(type.cast(entry));
            }
        }
        return found;
    }

    /** {@return the first Multiprocessor Wakeup structure, if the table has one} */
    public Optional<MultiprocessorWakeupEntry> multiprocessorWakeup() {
        return entries(MultiprocessorWakeupEntry.class).stream().findFirst();
    }
}
