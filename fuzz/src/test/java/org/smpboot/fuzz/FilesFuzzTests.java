package org.smpboot.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.files.FilesTarget;

/**
 * The files fuzz target as a JUnit test: replays {@code FilesFuzzTestsInputs/anyTreeOfDumpsIsReadAsItsFilesSay/}
 * in {@code ./mvnw verify}, fuzzes with {@code JAZZER_FUZZ=1}. The oracle is {@link FilesTarget}'s.
 */
class FilesFuzzTests {

    /** Any tree of table files, dumps and other files: each table is found once with its bytes, the limits hold. */
    @FuzzTest(maxDuration = "10m")
    void anyTreeOfDumpsIsReadAsItsFilesSay(FuzzedDataProvider data) {
        FilesTarget.fuzzerTestOneInput(data);
    }
}
