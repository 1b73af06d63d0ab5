package org.smpboot.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.boot.BootTarget;

/**
 * The boot fuzz target as a JUnit test: replays {@code BootFuzzTestsInputs/anyMadtBootsToACompleteReport/}
 * in {@code ./mvnw verify}, fuzzes with {@code JAZZER_FUZZ=1}. The oracle is {@link BootTarget}'s.
 */
class BootFuzzTests {

    /** A machine built from any MADT boots every processor the table lists, and reports it, in bounded time. */
    @FuzzTest(maxDuration = "10m")
    void anyMadtBootsToACompleteReport(FuzzedDataProvider data) {
        BootTarget.fuzzerTestOneInput(data);
    }
}
