package org.smpboot.acpi.source;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smpboot.acpi.internal.LittleEndian;
import org.smpboot.acpi.problem.FormatRule;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.rsdp.Rsdp;
import org.smpboot.acpi.rsdp.RsdpReader;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;
import org.smpboot.kernel.api.hw.PhysicalMemoryFault;

/**
 * Finds ACPI tables in physical memory the way a kernel does: the RSDP (at a given address, or by
 * scanning the EBDA's first KiB and the BIOS area 0xE0000-0xFFFFF on 16-byte boundaries), then the
 * XSDT (revision 2 and a non-zero address, as ACPICA chooses) or the RSDT, then each table it lists.
 *
 * <p>Every read is checked with {@link PhysicalMemory#isBacked} first; an address that points at
 * nothing is a problem, never a fault. Tables are returned as zero-copy {@link PhysicalMemory#view
 * views} where memory can give one, and as copies where it cannot view a backed range in place (the
 * simulator's sparse RAM is made of 64 KiB host blocks, as a kernel's early mapping window is
 * limited): firmware may put a table across any boundary. A table is read up to
 * {@link #MAX_TABLE_LENGTH} bytes, whatever its Length says, a root table's first
 * {@link #MAX_ROOT_ENTRIES} entries are followed, and one discovery copies at most
 * {@link #MAX_COPIED_BYTES}, so that lying firmware costs bounded time and memory; the table reader
 * reports the bytes missing, and the source the entries not followed and the tables not copied.
 *
 * @spec ACPI 6.5 §5.2.5.1 "Finding the RSDP on IA-PC Systems", §5.2.5.3, §5.2.7, §5.2.8; ACPICA
 *     {@code tbxfroot.c} ({@code AcpiFindRootPointer}) and {@code acconfig.h} for the scan windows
 */
final class PhysicalMemorySource {

    /** The BIOS read-only area a scan covers: 0xE0000 up to 1 MiB. */
    static final long BIOS_AREA_START = 0xE_0000L;
    /** The end of the BIOS area (exclusive). */
    static final long BIOS_AREA_END = 0x10_0000L;
    /** The RSDP sits on a 16-byte boundary. */
    static final int SCAN_STEP = 16;
    /** The BIOS data area word that holds the EBDA's real-mode segment. */
    static final long EBDA_POINTER = 0x40E;
    /** How much of the EBDA is scanned. */
    static final int EBDA_WINDOW = 1024;
    /**
     * The most bytes of one table read from memory: 16 MiB, four times the MADT of the largest
     * simulated machine (2^18 processors in 16-byte x2APIC structures) and far beyond any real
     * firmware table. A longer Length reads as a table cut at this size.
     */
    static final long MAX_TABLE_LENGTH = 16L << 20;
    /**
     * The most root-table entries followed: firmware lists tens of tables (6 to 26 in the corpus's
     * acpidumps), and every entry followed costs a table record and, for a null entry, a problem.
     * Without a bound, an XSDT whose Length claims the whole read limit of zeros made two million
     * problems and took seconds (found by the discovery fuzz target).
     */
    static final int MAX_ROOT_ENTRIES = 1024;
    /**
     * The most bytes one discovery copies, for tables memory cannot view in place: 64 MiB, four
     * tables at the read limit. Views cost nothing, but a copy is made when a table is found; without
     * this bound, a root table whose 1024 entries point at 16 MiB tables across sparse-RAM blocks
     * copied 16 GiB (found by the discovery fuzz target).
     */
    static final long MAX_COPIED_BYTES = 64L << 20;

    /** What a discovery may still copy; one per discovery, not thread-safe. */
    private static final class CopyBudget {
        private long remaining = MAX_COPIED_BYTES;

        /** {@return whether {@code bytes} more may be copied}, taking them if so. */
        boolean take(long bytes) {
            if (bytes > remaining) {
                return false;
            }
            remaining -= bytes;
            return true;
        }
    }

    private PhysicalMemorySource() {
    }

    /** {@return the RSDP's address found by scanning the EBDA and the BIOS area, if any} */
    static Optional<PhysicalAddress> scanForRsdp(PhysicalMemory memory) {
        if (memory.isBacked(EBDA_POINTER, 2)) {
            long ebda = (Short.toUnsignedLong(memory.readShort(EBDA_POINTER))) << 4;
            if (ebda >= 0x8_0000L && ebda < 0xA_0000L) {
                Optional<PhysicalAddress> found = scan(memory, ebda, ebda + EBDA_WINDOW);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return scan(memory, BIOS_AREA_START, BIOS_AREA_END);
    }

    /**
     * {@return the first 16-byte boundary in [{@code from}, {@code to}) holding an RSDP signature
     * whose 20-byte checksum holds}, like ACPICA's scan. The area is viewed once and searched in
     * place; only memory that cannot view the whole area (a hole, a block boundary) is read one
     * candidate at a time.
     */
    private static Optional<PhysicalAddress> scan(PhysicalMemory memory, long from, long to) {
        if (memory.isBacked(from, to - from)) {
            MemorySegment area;
            try {
                area = memory.view(from, to - from);
            } catch (PhysicalMemoryFault notInPlace) {
                return scanEachCandidate(memory, from, to);
            }
            for (long offset = 0; offset + Rsdp.V1_SIZE <= area.byteSize(); offset += SCAN_STEP) {
                if (isRsdp(area, offset)) {
                    return Optional.of(PhysicalAddress.of(from + offset));
                }
            }
            return Optional.empty();
        }
        return scanEachCandidate(memory, from, to);
    }

    /** The scan where memory cannot view the area in one piece: each backed candidate on its own. */
    private static Optional<PhysicalAddress> scanEachCandidate(PhysicalMemory memory, long from, long to) {
        for (long address = from; address + Rsdp.V1_SIZE <= to; address += SCAN_STEP) {
            if (memory.isBacked(address, Rsdp.V1_SIZE)
                    && isRsdp(bytesAt(memory, address, Rsdp.V1_SIZE, new CopyBudget()), 0)) {
                return Optional.of(PhysicalAddress.of(address));
            }
        }
        return Optional.empty();
    }

    /** Like ACPICA, a candidate counts only if its 20-byte checksum holds too. */
    private static boolean isRsdp(MemorySegment bytes, long offset) {
        return RsdpReader.hasSignature(bytes, offset)
                && org.smpboot.acpi.table.Checksum.isValid(bytes, offset, Rsdp.V1_SIZE);
    }

    /** {@return the tables reachable from the RSDP at {@code rsdpAddress}} */
    static TableSource fromRsdp(PhysicalMemory memory, PhysicalAddress rsdpAddress, Problems problems) {
        long address = rsdpAddress.value();
        String description = "physical memory, RSDP at " + rsdpAddress;
        if (!memory.isBacked(address, Rsdp.V1_SIZE)) {
            throw new TableLengthException(new Problem(address, FormatRule.TABLE_ADDRESS_UNREADABLE,
                    "no memory at the RSDP address " + rsdpAddress));
        }
        long size = memory.isBacked(address, Rsdp.V2_SIZE) ? Rsdp.V2_SIZE : Rsdp.V1_SIZE;
        CopyBudget budget = new CopyBudget();
        MemorySegment rsdpBytes = bytesAt(memory, address, size, budget);
        Rsdp rsdp = RsdpReader.read(rsdpBytes, problems);
        List<FoundTable> tables = new ArrayList<>();
        tables.add(new FoundTable(new Signature("RSD "), "RSDP @ " + rsdpAddress, rsdpBytes));
        boolean xsdt = rsdp.usesXsdt();
        long root = xsdt ? rsdp.xsdtAddress() : rsdp.rsdtAddress();
        Optional<FoundTable> rootTable = table(memory, root, xsdt ? "XSDT" : "RSDT", problems, budget);
        rootTable.ifPresent(found -> {
            // The root table's own header and checksum: a strict read stops at a corrupt one.
            org.smpboot.acpi.table.AcpiTable.read(found.bytes(), problems);
            tables.add(found);
            int entrySize = xsdt ? 8 : 4;
            MemorySegment bytes = found.bytes();
            long entries = (bytes.byteSize() - SdtHeader.SIZE) / entrySize;
            if ((bytes.byteSize() - SdtHeader.SIZE) % entrySize != 0) {
                problems.warn(new Problem(root + SdtHeader.LENGTH_OFFSET, FormatRule.ROOT_TABLE_ENTRY_SIZE,
                        "%s Length %d leaves %d bytes after the last %d-byte entry".formatted(found.signature(),
                                bytes.byteSize(), (bytes.byteSize() - SdtHeader.SIZE) % entrySize, entrySize)));
            }
            if (entries > MAX_ROOT_ENTRIES) {
                problems.warn(new Problem(root + SdtHeader.LENGTH_OFFSET, SourceRule.ROOT_TABLE_ENTRIES_LIMITED,
                        "%s lists %d entries; the first %d are followed".formatted(found.signature(), entries,
                                MAX_ROOT_ENTRIES)));
                entries = MAX_ROOT_ENTRIES;
            }
            for (long i = 0; i < entries; i++) {
                long entryOffset = SdtHeader.SIZE + i * entrySize;
                long tableAddress = entrySize == 8 ? LittleEndian.u64(bytes, entryOffset) : LittleEndian.u32(bytes, entryOffset);
                if (tableAddress == 0) {
                    problems.warn(new Problem(root + entryOffset, FormatRule.NULL_TABLE_ADDRESS,
                            "entry %d of the %s is 0".formatted(i, found.signature())));
                    continue;
                }
                table(memory, tableAddress, "entry %d of the %s".formatted(i, found.signature()), problems, budget)
                        .ifPresent(tables::add);
            }
        });
        return new ListedTables(description, tables, problems.list());
    }

    /** {@return the table at {@code address}, all of its Length that memory backs} */
    private static Optional<FoundTable> table(PhysicalMemory memory, long address, String what, Problems problems,
            CopyBudget budget) {
        if (address < 0 || !memory.isBacked(address, SdtHeader.SIZE)) {
            return unreadable(address, "%s points at 0x%x, which holds no table header".formatted(what, address), problems);
        }
        MemorySegment header = bytesAt(memory, address, SdtHeader.SIZE, budget);
        if (header == null) {
            return unreadable(address, "%s points at 0x%x, whose header memory cannot view in place, and the copy budget is spent"
                    .formatted(what, address), problems);
        }
        long length = Math.clamp(LittleEndian.u32(header, SdtHeader.LENGTH_OFFSET), SdtHeader.SIZE, MAX_TABLE_LENGTH);
        long backed = memory.isBacked(address, length) ? length : backedPrefix(memory, address, length);
        MemorySegment bytes = bytesAt(memory, address, backed, budget);
        if (bytes == null) {
            return unreadable(address, ("%s points at 0x%x, whose %d bytes memory cannot view in place, and copying them "
                    + "would pass the %d bytes a discovery copies").formatted(what, address, backed, MAX_COPIED_BYTES), problems);
        }
        SdtHeader parsed = SdtHeader.read(header);
        return Optional.of(new FoundTable(parsed.signature(), "%s @ 0x%x".formatted(what, address), bytes));
    }

    private static Optional<FoundTable> unreadable(long address, String detail, Problems problems) {
        Problem problem = new Problem(Math.max(0, address), FormatRule.TABLE_ADDRESS_UNREADABLE, detail);
        problems.report(problem, () -> new TableLengthException(problem));
        return Optional.empty();
    }

    /**
     * {@return the {@code length} backed bytes at {@code address}: a view, or a read-only copy if
     * memory cannot view them in place and {@code budget} allows, else null} {@code length} is at
     * most {@link #MAX_TABLE_LENGTH}; the header-sized reads of the RSDP and table headers always
     * fit a fresh budget.
     */
    private static MemorySegment bytesAt(PhysicalMemory memory, long address, long length, CopyBudget budget) {
        try {
            return memory.view(address, length);
        } catch (PhysicalMemoryFault notInPlace) {
            // Backed (the callers checked) but not viewable in one piece: copy, within the budget.
            if (!budget.take(length)) {
                return null;
            }
            return MemorySegment.ofArray(memory.read(address, Math.toIntExact(length))).asReadOnly();
        }
    }

    /** {@return how many bytes from {@code address} are backed, searching up to {@code length}} */
    private static long backedPrefix(PhysicalMemory memory, long address, long length) {
        long low = SdtHeader.SIZE;
        long high = length;
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            if (memory.isBacked(address, middle)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
