package org.smpboot.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.discovery.DiscoveryTarget;

/**
 * The discovery fuzz target as a JUnit test: replays {@code DiscoveryFuzzTestsInputs/anyFirmwareLayoutKeepsDiscoveryBounded/}
 * in {@code ./mvnw verify}, fuzzes with {@code JAZZER_FUZZ=1}. The oracle is {@link DiscoveryTarget}'s.
 */
class DiscoveryFuzzTests {

    /** Any RSDP, root table and MADT laid out in memory: discovery throws only documented exceptions and stays bounded. */
    @FuzzTest(maxDuration = "10m")
    void anyFirmwareLayoutKeepsDiscoveryBounded(byte[] layout) {
        DiscoveryTarget.fuzzerTestOneInput(layout);
    }
}
