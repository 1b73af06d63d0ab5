package org.smpboot.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.records.RecordsTarget;

/**
 * The records fuzz target as a JUnit test: replays {@code RecordsFuzzTestsInputs/everyRecordAndBuilderKeepsItsContract/}
 * in {@code ./mvnw verify}, fuzzes with {@code JAZZER_FUZZ=1}. The oracle is {@link RecordsTarget}'s.
 */
class RecordsFuzzTests {

    /** Every value type and builder accepts exactly its documented domain, and what it makes reads back as given. */
    @FuzzTest(maxDuration = "10m")
    void everyRecordAndBuilderKeepsItsContract(FuzzedDataProvider data) {
        RecordsTarget.fuzzerTestOneInput(data);
    }
}
