package org.smpboot.cli.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.cli.CliRun;

/**
 * The boot log as a reader meets it: {@code printk} stamps, one line per MADT decision, per IPI step
 * and per AP coming online, the machine's consequences merged, and a summary naming every CPU that
 * did not come up.
 */
class BootLogTests {

    private static final Pattern STAMPED = Pattern.compile("^\\[ {0,4}\\d+\\.\\d{6}] \\S.*");

    private static List<String> log(String... args) {
        CliRun run = BootCommandTests.smpboot(args);
        assertTrue(run.status() == 0 || run.status() == 3, run.err());
        return run.out().lines().toList();
    }

    private static List<String> stamped(List<String> lines) {
        return lines.stream().takeWhile(line -> !line.isEmpty()).toList();
    }

    private static long count(List<String> lines, String part) {
        return lines.stream().filter(line -> line.contains(part)).count();
    }

    @Nested
    class Stamps {

        @Test
        void everyLineBeforeTheSummaryCarriesAPrintkStamp() {
            List<String> lines = stamped(log("--cpus", "3"));
            assertTrue(lines.size() > 10, lines.toString());
            lines.forEach(line -> assertTrue(STAMPED.matcher(line).matches(), line));
        }

        @Test
        void stampsNeverGoBackInTime() {
            List<String> lines = stamped(log("--cpus", "3"));
            double previous = 0;
            for (String line : lines) {
                double seconds = Double.parseDouble(line.substring(1, line.indexOf(']')).strip());
                assertTrue(seconds >= previous, line);
                previous = seconds;
            }
        }

        @Test
        void theStampIsSecondsAndMicrosecondsRightAligned() {
            assertEquals("[    0.080123]", BootLogText.stamp(80_123_456));
            assertEquals("[   12.000001]", BootLogText.stamp(12_000_001_999L));
        }
    }

    @Nested
    class Lines {

        @Test
        void everyMadtProcessorDecisionIsALine() {
            List<String> lines = log("--cpus", "4");
            assertEquals(4, count(lines, "ACPI: Processor Local APIC"));
            assertEquals(1, count(lines, "(UID 0): the BSP"));
            assertEquals(3, count(lines, "enabled: will boot"));
        }

        @Test
        void everyIpiStepOfTheBroadcastIsALine() {
            List<String> lines = log("--cpus", "4");
            assertEquals(4, count(lines, "machine: cpu 0: sent "), "INIT, INIT de-assert, SIPI, SIPI");
        }

        @Test
        void theConsequencesOfABroadcastMergeIntoOneLineNamingTheCpus() {
            List<String> lines = log("--cpus", "4");
            assertEquals(1, count(lines, "machine: cpus 1-3 (3): accepted init vector 0x00 from cpu 0"), lines.toString());
            assertEquals(1, count(lines, "machine: cpus 1-3 (3): accepted startup vector 0x08 from cpu 0"),
                    lines.toString());
        }

        @Test
        void aPerCpuSequenceKeepsOneLinePerApAndStep() {
            List<String> lines = log("--cpus", "4", "--wakeup", "per-cpu", "--delays", "modern");
            // INIT, INIT de-assert, one SIPI: the second is skipped for an AP already up.
            assertEquals(3 * 3, count(lines, "machine: cpu 0: sent "));
            assertEquals(3, count(lines, "entered the kernel"));
        }

        @Test
        void everyApComingOnlineIsALine() {
            List<String> lines = log("--cpus", "4");
            for (int apicId = 1; apicId < 4; apicId++) {
                assertEquals(1, count(lines, "(APIC ID 0x%x) is up".formatted(apicId)), lines.toString());
            }
        }

        @Test
        void anomaliesAreLinesOfTheirOwn() {
            List<String> lines = log("--cpus", "4", "--wakeup", "per-cpu", "--delays", "modern", "--fault", "cpu=2:dead");
            assertEquals(1, count(lines, "machine: cpu 0: no processor accepted init to destination 0x2"));
            assertEquals(1, count(lines, "machine: cpu 0: ESR 0x04 [send-accept]"));
        }
    }

    @Nested
    class Summary {

        @Test
        void itFollowsTheLogAfterABlankLine() {
            List<String> lines = log("--cpus", "2");
            int blank = lines.indexOf("");
            assertTrue(blank > 0);
            assertEquals("boot: 2 of 2 CPUs online (machine x86, platform x86, xapic, wakeup broadcast) in 80.008 ms "
                    + "of virtual time", lines.get(blank + 1));
        }

        @Test
        void itNamesEveryCpuThatDidNotComeUpWithTheKernelsReasonAndTheMachinesView() {
            List<String> lines = log("--cpus", "5", "--fault", "cpu=1:bad-boot-code", "--fault", "cpu=3:dead");
            List<String> notUp = lines.stream().filter(line -> line.startsWith("boot: index ")).toList();
            assertEquals(2, notUp.size(), lines.toString());
            assertTrue(notUp.get(0).startsWith("boot: index 1, APIC ID 0x1 failed: never answered; machine: cpu 1 "
                    + "faulted: triple fault"), notUp.get(0));
            assertTrue(notUp.get(1).startsWith("boot: index 3, APIC ID 0x3 failed: never answered; machine: cpu 3 "
                    + "dead"), notUp.get(1));
        }

        @Test
        void itCountsTheViolationsByKind() {
            List<String> lines = log("--machine", "tdx", "--cpus", "2", "--platform", "x86");
            assertEquals(1, count(lines, "boot: 4 violations: 4 ipi-dropped"), lines.toString());
        }

        @Test
        void disabledCpusAreNamedAsNotBootedWithTheMadtsWord() {
            List<String> lines = log("--madt", BootCommandTests.resource("hp-proliant-dl380-g5.APIC.bin").toString());
            assertEquals(4, count(lines, "not booted: disabled and not online capable: ignored"), lines.toString());
        }
    }
}
