package org.smpboot.fuzz.discovery;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Optional;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.source.FoundTable;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.acpi.table.SdtHeader;
import org.smpboot.acpi.table.Signature;
import org.smpboot.fuzz.Finding;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/**
 * What discovery in hostile memory must guarantee.
 *
 * <ul>
 *   <li>Strict and lenient discovery throw nothing but {@link AcpiException}s (anything else,
 *       a {@code PhysicalMemoryFault} from a pointer into a hole included, reaches Jazzer).</li>
 *   <li>They agree: a strict discovery succeeds exactly when a lenient one does and records no
 *       error, and then both find the same tables.</li>
 *   <li>Every table found holds at least its header and no more than its Length (the RSDP aside).</li>
 *   <li>The MADT found reads as the kernel's firmware reader and the {@code madt} command read it
 *       ({@link FoundMadt}).</li>
 * </ul>
 */
final class DiscoveryChecks {

    private DiscoveryChecks() {
    }

    /** The outcome of one discovery: the source, or the documented refusal. */
    private record Outcome(TableSource source, AcpiException refusal) {
    }

    static void check(PhysicalMemory memory, LayoutInput layout) {
        Optional<PhysicalAddress> handoff = layout.scan() || layout.blobs().isEmpty()
                ? Optional.empty() : Optional.of(PhysicalAddress.of(layout.blobs().getFirst().address()));
        Outcome lenient = discover(memory, handoff, Strictness.LENIENT);
        Outcome strict = discover(memory, handoff, Strictness.STRICT);
        if (lenient.source() == null) {
            if (strict.source() != null) {
                throw Finding.of("Strict discovery succeeded where lenient discovery threw %s", lenient.refusal());
            }
            return;
        }
        boolean lenientErrors = lenient.source().problems().stream().anyMatch(Problem::isError);
        if (strict.source() == null && !lenientErrors) {
            throw Finding.of("Strict discovery threw %s, lenient discovery recorded no error", strict.refusal());
        }
        if (strict.source() != null && (lenientErrors || !sameTables(strict.source(), lenient.source()))) {
            throw Finding.of("Strict discovery found %s; lenient discovery found %s with problems %s",
                    names(strict.source()), names(lenient.source()), lenient.source().problems());
        }
        for (FoundTable table : lenient.source().tables()) {
            checkBounds(table);
        }
        lenient.source().find(Signature.MADT).ifPresent(FoundMadt::read);
    }

    private static Outcome discover(PhysicalMemory memory, Optional<PhysicalAddress> rsdp, Strictness strictness) {
        Problems problems = new Problems(strictness);
        try {
            TableSource source = rsdp.isPresent()
                    ? TableSources.fromRsdp(memory, rsdp.get(), problems)
                    : TableSources.scanMemory(memory, problems);
            return new Outcome(source, null);
        } catch (AcpiException refused) {
            return new Outcome(null, refused);
        }
    }

    private static void checkBounds(FoundTable table) {
        MemorySegment bytes = table.bytes();
        if (table.signature().value().equals("RSD ")) {
            return;
        }
        if (bytes.byteSize() < SdtHeader.SIZE) {
            throw Finding.of("%s (%s) has %d bytes, less than its header", table.signature(), table.origin(), bytes.byteSize());
        }
        long length = Integer.toUnsignedLong(bytes.get(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED
                .withOrder(java.nio.ByteOrder.LITTLE_ENDIAN), SdtHeader.LENGTH_OFFSET));
        if (bytes.byteSize() > Math.max(SdtHeader.SIZE, length)) {
            throw Finding.of("%s (%s) has %d bytes, more than its Length %d", table.signature(), table.origin(),
                    bytes.byteSize(), length);
        }
    }

    private static boolean sameTables(TableSource a, TableSource b) {
        return names(a).equals(names(b));
    }

    private static List<String> names(TableSource source) {
        return source.tables().stream()
                .map(table -> "%s %s %d".formatted(table.signature(), table.origin(), table.bytes().byteSize())).toList();
    }
}
