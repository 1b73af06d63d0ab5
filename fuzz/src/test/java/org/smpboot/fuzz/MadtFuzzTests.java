package org.smpboot.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.madt.MadtTarget;

/**
 * The MADT fuzz target as a JUnit test: in {@code ./mvnw verify} it replays every input under
 * {@code MadtFuzzTestsInputs/anyTableKeepsTheReadersContract/} (the seed corpus and every finding
 * so far); with {@code JAZZER_FUZZ=1} it fuzzes. The oracle is {@link MadtTarget}'s.
 */
class MadtFuzzTests {

    /** Any bytes read as a MADT: only documented exceptions, consistent modes, exact counts, lossless re-encoding. */
    @FuzzTest(maxDuration = "10m")
    void anyTableKeepsTheReadersContract(byte[] table) {
        MadtTarget.fuzzerTestOneInput(table);
    }
}
