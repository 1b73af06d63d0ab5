package org.smpboot.acpi.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpboot.acpi.internal.Hex;
import org.smpboot.acpi.madt.Madt;
import org.smpboot.acpi.madt.entry.InterruptSourceOverrideEntry;
import org.smpboot.acpi.madt.entry.IoApicEntry;
import org.smpboot.acpi.madt.entry.LocalApicNmiEntry;
import org.smpboot.acpi.madt.entry.LocalX2ApicNmiEntry;
import org.smpboot.acpi.madt.entry.MadtEntry;
import org.smpboot.acpi.madt.entry.MpsIntiFlags;
import org.smpboot.acpi.madt.entry.MultiprocessorWakeupEntry;
import org.smpboot.acpi.madt.entry.NmiSourceEntry;
import org.smpboot.acpi.problem.Problem;

/**
 * Lints of the interrupt structures: I/O APICs that overlap, invalid overrides and MPS INTI
 * flags, NMI LINT inputs, PCAT_COMPAT without an I/O APIC, and the wakeup mailbox.
 *
 * <p>An I/O APIC's GSI range is its base plus its redirection entries, a count only the I/O APIC's
 * version register holds; the MADT alone proves an overlap only when two I/O APICs share a base.
 */
final class InterruptLints {

    /** The highest ISA IRQ. */
    private static final int LAST_ISA_IRQ = 15;

    private InterruptLints() {
    }

    static void check(Madt madt, List<MadtEntry> entries, List<Problem> findings) {
        Map<Long, Integer> ids = new HashMap<>();
        Map<Long, Integer> addresses = new HashMap<>();
        Map<Long, Integer> bases = new HashMap<>();
        Map<Integer, Integer> sources = new HashMap<>();
        int ioApics = 0;
        for (MadtEntry entry : entries) {
            switch (entry) {
                case IoApicEntry io -> {
                    ioApics++;
                    if (io.reserved() != 0) {
                        findings.add(new Problem(io.offset(), LintRule.RESERVED_FIELD_NOT_ZERO,
                                "I/O APIC Reserved 0x" + Hex.of(io.reserved(), 2)));
                    }
                    same(ids, io.ioApicId(), io, "ID", false, findings);
                    same(addresses, io.ioApicAddress(), io, "address", true, findings);
                    same(bases, io.globalSystemInterruptBase(), io, "GSI base", false, findings);
                }
                case InterruptSourceOverrideEntry iso -> {
                    if (iso.bus() != 0 || iso.source() > LAST_ISA_IRQ) {
                        findings.add(new Problem(iso.offset(), LintRule.INVALID_INTERRUPT_SOURCE_OVERRIDE,
                                "bus " + iso.bus() + " IRQ " + iso.source() + ": only ISA (bus 0) IRQs 0-15 are overridden"));
                    }
                    Integer first = sources.putIfAbsent(iso.source(), iso.offset());
                    if (first != null) {
                        findings.add(new Problem(iso.offset(), LintRule.INVALID_INTERRUPT_SOURCE_OVERRIDE,
                                "IRQ " + iso.source() + " overridden again (first at 0x" + Hex.of(first, 1) + ")"));
                    }
                    inti(iso.offset(), iso.intiFlags(), findings);
                }
                case NmiSourceEntry nmi -> inti(nmi.offset(), nmi.intiFlags(), findings);
                case LocalApicNmiEntry nmi -> {
                    inti(nmi.offset(), nmi.intiFlags(), findings);
                    lint(nmi.offset(), nmi.localApicLint(), findings);
                }
                case LocalX2ApicNmiEntry nmi -> {
                    inti(nmi.offset(), nmi.intiFlags(), findings);
                    lint(nmi.offset(), nmi.localX2ApicLint(), findings);
                    if (nmi.reserved() != 0) {
                        findings.add(new Problem(nmi.offset(), LintRule.RESERVED_FIELD_NOT_ZERO,
                                "x2APIC NMI Reserved 0x" + Hex.of(nmi.reserved(), 6)));
                    }
                }
                case MultiprocessorWakeupEntry wakeup -> wakeup(wakeup, findings);
                default -> { }
            }
        }
        if (madt.pcAtCompatible() && ioApics == 0 && entries.stream().anyMatch(e -> e.type() <= 0x0A)) {
            findings.add(new Problem(Madt.FLAGS_OFFSET, LintRule.PCAT_COMPAT_WITHOUT_IO_APIC,
                    "PCAT_COMPAT is set and no I/O APIC is described"));
        }
    }

    private static void same(Map<Long, Integer> seen, long value, IoApicEntry io, String what, boolean hex,
            List<Problem> findings) {
        Integer first = seen.putIfAbsent(value, io.offset());
        if (first != null) {
            String shown = hex ? "0x" + Hex.of(value, 1) : Long.toString(value);
            findings.add(new Problem(io.offset(), LintRule.OVERLAPPING_IO_APICS,
                    "I/O APIC " + what + " " + shown + " also at 0x" + Hex.of(first, 1)));
        }
    }

    private static void inti(int offset, MpsIntiFlags flags, List<Problem> findings) {
        if (flags.polarity() == MpsIntiFlags.Polarity.RESERVED || flags.triggerMode() == MpsIntiFlags.TriggerMode.RESERVED) {
            findings.add(new Problem(offset, LintRule.INVALID_INTERRUPT_SOURCE_OVERRIDE,
                    "MPS INTI flags 0x" + Hex.of(flags.value(), 4) + " use the reserved encoding 10"));
        }
        if (flags.reservedBits() != 0) {
            findings.add(new Problem(offset, LintRule.RESERVED_FLAG_BITS,
                    "MPS INTI flags 0x" + Hex.of(flags.value(), 4) + " set reserved bits 4-15"));
        }
    }

    private static void lint(int offset, int lint, List<Problem> findings) {
        if (lint > 1) {
            findings.add(new Problem(offset, LintRule.INVALID_LOCAL_APIC_NMI_LINT, "LINT" + lint + " does not exist"));
        }
    }

    private static void wakeup(MultiprocessorWakeupEntry wakeup, List<Problem> findings) {
        long address = wakeup.mailboxAddress();
        if (address == 0 || address % 4096 != 0) {
            findings.add(new Problem(wakeup.offset(), LintRule.INVALID_WAKEUP_MAILBOX,
                    "Mailbox Address 0x" + Hex.of(address, 1) + " is not a 4 KiB-aligned page"));
        }
        if (wakeup.mailboxVersion() > 1 || (wakeup.mailboxVersion() == 1 && wakeup.length() < MultiprocessorWakeupEntry.LENGTH_V1)) {
            findings.add(new Problem(wakeup.offset(), LintRule.INVALID_WAKEUP_MAILBOX,
                    "Mailbox Version " + wakeup.mailboxVersion() + " with Length " + wakeup.length()));
        }
    }
}
