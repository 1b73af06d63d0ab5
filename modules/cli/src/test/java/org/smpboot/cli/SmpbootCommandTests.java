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

    @Test
    void aCommandLineNamingASubcommandBuildsOnlyThatOne() {
        assertEquals(java.util.Set.of("madt"), SmpbootCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new String[] {"madt", "--help"}).getSubcommands().keySet());
    }

    @Test
    void anythingElseBuildsEverySubcommand() {
        assertEquals(java.util.List.of("boot", "icr", "madt", "platforms"), java.util.List.copyOf(SmpbootCommand.commandLine(
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()), new String[] {"--frobnicate"}).getSubcommands().keySet()));
    }

    @Test
    void anUnknownCommandIsOneLineAndStatusTwo() {
        CliRun run = CliRun.of("bot");
        assertEquals(2, run.status());
        assertEquals(1, run.errLines().size(), run.err());
    }
}
