package org.smpboot.acpi.source;

import java.util.List;
import org.smpboot.acpi.problem.Problem;

/**
 * A {@link TableSource} whose tables were all read when it was opened.
 *
 * @param description what was read
 * @param tables      the tables, in source order
 * @param problems    what could not be read
 */
record ListedTables(String description, List<FoundTable> tables, List<Problem> problems) implements TableSource {

    /** Copies the lists. */
    ListedTables {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }
}
