package org.smpboot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmpbootCommandTests {

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.status());
        assertEquals(1, run.errLines().size());
        assertTrue(run.err().startsWith("smpboot: Missing command: choose one of"), run.err());
    }

    @Test
    void anUnknownFlagIsOneLineAndStatusTwo() {
        CliRun run = CliRun.of("--frobnicate");
        assertEquals(2, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("--frobnicate"), run.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("icr"), run.out());
        assertTrue(run.out().contains("boot"), run.out());
    }

    @Test
    void helpListsThePlatformsCommand() {
        assertTrue(CliRun.of("--help").out().contains("platforms"));
    }
}
