package org.smpboot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress bar's line, and its silence where there is no terminal. */
class ProgressBarTests {

    @Test
    void aCountedPhaseShowsTheBarTheCountAndTheTime() {
        assertEquals("smpboot: booting              [###############...............] 2,048/4,096 APs in the kernel  "
                + "1.4 s", ProgressBar.line("booting", 2048, 4096, "APs in the kernel", Duration.ofMillis(1400)));
    }

    @Test
    void aPhaseWithoutACountShowsItsNameAndTheTime() {
        assertEquals("smpboot: writing the report   2.0 s", ProgressBar.line("writing the report", 0, 0, "",
                Duration.ofSeconds(2)));
    }

    @Test
    void theCountNeverOverflowsTheBar() {
        assertEquals("smpboot: booting              [##############################] 3/3 APs in the kernel  0.0 s",
                ProgressBar.line("booting", 5, 3, "APs in the kernel", Duration.ZERO));
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = ProgressBar.onTerminal(new PrintWriter(err))) {
            bar.phase("booting", 10, "APs in the kernel");
            bar.advance();
        }
        assertEquals("", err.toString());
    }
}
