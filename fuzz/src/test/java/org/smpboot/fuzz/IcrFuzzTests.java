package org.smpboot.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.icr.IcrTarget;

/**
 * The ICR fuzz target as a JUnit test: replays {@code IcrFuzzTestsInputs/everyIcrRoundTripsAndEveryRawValueDecodes/}
 * in {@code ./mvnw verify}, fuzzes with {@code JAZZER_FUZZ=1}. The oracle is {@link IcrTarget}'s.
 */
class IcrFuzzTests {

    /** Every sendable ICR round-trips in both modes; every raw 64-bit value decodes as the SDM's bit table says. */
    @FuzzTest(maxDuration = "10m")
    void everyIcrRoundTripsAndEveryRawValueDecodes(FuzzedDataProvider data) {
        IcrTarget.fuzzerTestOneInput(data);
    }
}
