package org.smpboot.acpi.source;

import java.util.List;
import java.util.Optional;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.table.Signature;

/**
 * Where ACPI tables come from: simulated physical memory (found through the RSDP, as a kernel
 * finds them), a raw table file, a directory like {@code /sys/firmware/acpi/tables}, an
 * {@code acpidump} text file, or bytes in memory. {@link TableSources} opens each kind.
 *
 * <p>Sources read hostile input: every table they return has been located within the bytes
 * that hold it (its Length may still exceed them; {@link org.smpboot.acpi.table.AcpiTable#read}
 * decides). What they could not read is in {@link #problems()}.
 */
public interface TableSource {

    /** {@return what this source reads, for messages} */
    String description();

    /** {@return every table, in the order the source lists them} */
    List<FoundTable> tables();

    /** {@return the problems found while locating tables} */
    List<Problem> problems();

    /** {@return the first table with this signature, if any} */
    default Optional<FoundTable> find(Signature signature) {
        return tables().stream().filter(table -> table.signature().equals(signature)).findFirst();
    }
}
