package org.smpboot.cli.madt;

import java.util.List;
import java.util.Locale;
import org.smpboot.acpi.listing.AsciiBuffer;
import org.smpboot.acpi.listing.IaslText;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.processor.ProcessorCounts;
import org.smpboot.kernel.api.apic.ApicId;

/**
 * Writes a decoded MADT as text: iasl's field listing and raw dump ({@link IaslText}), then a
 * comment block with the processors a kernel boots, the problems and, if asked, the lints.
 */
final class MadtText {

    private MadtText() {
    }

    /** Appends the text of {@code decoding} to {@code out}. */
    static void write(MadtDecoding decoding, boolean withLints, AsciiBuffer out) {
        IaslText.write(decoding.madt(), decoding.source(), out);
        ProcessorCounts counts = decoding.processors().counts();
        out.append("\n/*\n * Processors (smpboot's policy: docs/madt-processors.md)\n *   ")
                .decimal(counts.entries(), 1).append(" entries (Local APIC ").decimal(counts.localApicEntries(), 1)
                .append(", x2APIC ").decimal(counts.localX2ApicEntries(), 1).append("), enabled ")
                .decimal(counts.enabled(), 1).append(", online capable ").decimal(counts.onlineCapable(), 1)
                .append(", bootable ").decimal(counts.bootable(), 1).append("\n *   bootable APIC IDs:");
        List<ApicId> ids = decoding.processors().bootableApicIds();
        for (ApicId id : ids) {
            out.append(" 0x").append(Long.toHexString(id.unsignedValue()));
        }
        out.append(ids.isEmpty() ? " none\n" : "\n");
        section(out, "Problems", decoding.problems(), false);
        if (withLints) {
            section(out, "Lints", decoding.lints(), true);
        }
        out.append(" */\n");
    }

    private static void section(AsciiBuffer out, String title, List<Problem> problems, boolean cite) {
        out.append(" *\n * ").append(title).append(problems.isEmpty() ? ": none\n" : "\n");
        for (Problem problem : problems) {
            out.append(" *   0x").append(Long.toHexString(problem.offset())).append(' ')
                    .append(problem.rule().severity().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(problem.rule().id()).append(": ").append(ascii(problem.detail()));
            if (cite) {
                out.append(" [").append(ascii(problem.rule().citation())).append(']');
            }
            out.newline();
        }
    }

    /** Comments stay ASCII: the few non-ASCII characters of citations become plain ones. */
    private static String ascii(String text) {
        return text.replace("§", "").replace('–', '-').replace('—', '-').replace("*/", "* /");
    }
}
