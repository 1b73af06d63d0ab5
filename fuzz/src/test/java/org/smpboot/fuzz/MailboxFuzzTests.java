package org.smpboot.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.smpboot.fuzz.mailbox.MailboxTarget;

/**
 * The mailbox fuzz target as a JUnit test: replays {@code MailboxFuzzTestsInputs/hostileFirmwareNeverHangsTheBsp/}
 * in {@code ./mvnw verify}, fuzzes with {@code JAZZER_FUZZ=1}. The oracle is {@link MailboxTarget}'s.
 */
class MailboxFuzzTests {

    /** Whatever the mailbox firmware does, the BSP reports on time, truthfully, and writes only the mailbox. */
    @FuzzTest(maxDuration = "10m")
    void hostileFirmwareNeverHangsTheBsp(FuzzedDataProvider data) {
        MailboxTarget.fuzzerTestOneInput(data);
    }
}
