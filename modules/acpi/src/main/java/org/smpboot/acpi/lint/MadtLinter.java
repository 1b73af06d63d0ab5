package org.smpboot.acpi.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.smpboot.acpi.internal.Hex;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.MadtCursor;
import org.smpboot.acpi.madt.entry.EntryType;
import org.smpboot.acpi.madt.entry.LocalApicAddressOverrideEntry;
import org.smpboot.acpi.madt.entry.LocalSapicEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.madt.entry.UnknownEntry;
import org.smpboot.acpi.problem.Problem;

/**
 * Runs the {@link LintRule}s over a MADT: firmware checks beyond what decoding needs, each a
 * warning with its spec citation. The structure-level checks are here; processor and interrupt
 * checks are in {@link ProcessorLints} and {@link InterruptLints}.
 *
 * {@snippet :
 * List<Problem> findings = MadtLinter.lint(madt);
 * }
 */
public final class MadtLinter {

    /** The newest MADT revision this decoder knows (ACPICA's GIC layouts of ACPI 6.7). */
    public static final int LATEST_REVISION = 7;

    /** Spec sizes of the fixed-size x86 structures. */
    private static final Map<EntryType, Integer> FIXED_LENGTHS = Map.of(
            EntryType.LOCAL_APIC, 8, EntryType.IO_APIC, 12, EntryType.INTERRUPT_SOURCE_OVERRIDE, 10,
            EntryType.NMI_SOURCE, 8, EntryType.LOCAL_APIC_NMI, 6, EntryType.LOCAL_APIC_ADDRESS_OVERRIDE, 12,
            EntryType.LOCAL_X2APIC, 16, EntryType.LOCAL_X2APIC_NMI, 12);

    private MadtLinter() {
    }

    /** {@return every lint finding, ordered by offset} */
    public static List<Problem> lint(Madt madt) {
        List<MadtEntry> entries = new ArrayList<>();
        madt.entries().forEach(entries::add);
        return lint(madt, entries);
    }

    /**
     * {@return every lint finding, ordered by offset}, given the structures {@code madt.entries()}
     * decodes, in table order: a caller that walks the records anyway decodes each structure once.
     */
    public static List<Problem> lint(Madt madt, List<MadtEntry> entries) {
        List<Problem> findings = new ArrayList<>();
        table(madt, entries, findings);
        structures(entries, findings);
        uidStrings(madt, findings);
        ProcessorLints.check(entries, findings);
        InterruptLints.check(madt, entries, findings);
        findings.sort(Comparator.comparingLong(Problem::offset));
        return List.copyOf(findings);
    }

    private static void table(Madt madt, List<MadtEntry> entries, List<Problem> findings) {
        if (madt.revision() > LATEST_REVISION) {
            findings.add(new Problem(8, LintRule.UNKNOWN_REVISION, "MADT revision " + madt.revision()));
        }
        if ((madt.flags() & Madt.FLAGS_RESERVED_MASK) != 0) {
            findings.add(new Problem(Madt.FLAGS_OFFSET, LintRule.RESERVED_FLAG_BITS,
                    "MADT Flags 0x" + Hex.of(Integer.toUnsignedLong(madt.flags()), 8) + " set reserved bits"));
        }
        boolean overridden = entries.stream().anyMatch(LocalApicAddressOverrideEntry.class::isInstance);
        boolean x86 = entries.stream().anyMatch(e -> e.type() <= EntryType.LOCAL_X2APIC_NMI.code());
        if (x86 && !overridden && madt.localApicAddress() % 4096 != 0) {
            findings.add(new Problem(Madt.LOCAL_APIC_ADDRESS_OFFSET, LintRule.LOCAL_APIC_ADDRESS_MISALIGNED,
                    "Local Interrupt Controller Address 0x" + Hex.of(madt.localApicAddress(), 8)));
        }
    }

    private static void structures(List<MadtEntry> entries, List<Problem> findings) {
        int[] seen = new int[2];
        for (MadtEntry entry : entries) {
            EntryType type = EntryType.lookup(entry.type());
            Integer fixed = type == null ? null : FIXED_LENGTHS.get(type);
            if (fixed != null && entry.length() != fixed) {
                findings.add(new Problem(entry.offset(), LintRule.UNEXPECTED_LENGTH,
                        type.structureName() + " with Length " + entry.length() + ", the structure is " + fixed + " bytes"));
            }
            switch (entry) {
                case UnknownEntry unknown when !unknown.isOem() -> findings.add(new Problem(entry.offset(),
                        LintRule.RESERVED_STRUCTURE_TYPE, "structure Type 0x" + Hex.ofByte(unknown.type())));
                case LocalApicAddressOverrideEntry override -> singleton(seen, 0, override, "Local APIC Address Override", findings);
                case MultiprocessorWakeupEntry wakeup -> singleton(seen, 1, wakeup, "Multiprocessor Wakeup structure", findings);
                default -> { }
            }
        }
    }

    /** Reads the raw bytes: the record keeps the string, not whether firmware terminated it. */
    private static void uidStrings(Madt madt, List<Problem> findings) {
        MadtCursor cursor = madt.cursor();
        while (cursor.advance()) {
            if (cursor.type() != EntryType.LOCAL_SAPIC.code() || cursor.available() < cursor.length()
                    || cursor.length() <= LocalSapicEntry.ACPI_PROCESSOR_UID_STRING.offset()) {
                continue;
            }
            boolean terminated = false;
            for (int i = LocalSapicEntry.ACPI_PROCESSOR_UID_STRING.offset(); i < cursor.length() && !terminated; i++) {
                terminated = cursor.u8(i) == 0;
            }
            if (!terminated) {
                findings.add(new Problem(cursor.offset(), LintRule.UNTERMINATED_UID_STRING,
                        "the UID string fills the structure without a NUL"));
            }
        }
    }

    private static void singleton(int[] seen, int kind, MadtEntry entry, String what, List<Problem> findings) {
        if (++seen[kind] == 2) {
            findings.add(new Problem(entry.offset(), LintRule.REPEATED_SINGLETON, "a second " + what));
        }
    }

}
