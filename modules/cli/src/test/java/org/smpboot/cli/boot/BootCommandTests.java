package org.smpboot.cli.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpboot.cli.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code smpboot boot}: every flag, every outcome's exit status, every error path. Boots are small
 * (2 to 8 CPUs) so the suite stays quick; scale is the writers' tests' and the benchmarks' concern.
 */
class BootCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CliRun smpboot(String... args) {
        List<String> all = new ArrayList<>(List.of("boot"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    static JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        CliRun run = smpboot(all.toArray(String[]::new));
        assertTrue(run.status() == 0 || run.status() == 3, run.err());
        return JSON.readTree(run.out());
    }

    static Path resource(String name) {
        try {
            return Path.of(BootCommandTests.class.getResource("/madt/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode cpu(JsonNode report, int index) {
        return report.get("cpus").get(index);
    }

    @Nested
    class Defaults {

        @Test
        void withoutFlagsAnEightCpuBareX86MachineBootsWithTheSeedsBroadcast() {
            JsonNode report = json();
            assertEquals("x86", report.get("machine").asString());
            assertEquals("x86", report.get("platform").asString());
            assertEquals("xapic", report.get("apicMode").asString());
            assertEquals("broadcast", report.get("wakeup").asString());
            assertEquals(8, report.get("expected").asInt());
            assertEquals(8, report.get("online").asInt());
        }

        @Test
        void aCompleteBootExitsZeroAndSaysSo() {
            CliRun run = smpboot("--cpus", "2");
            assertEquals(BootCommand.COMPLETE, run.status(), run.err());
            assertTrue(run.out().contains("smp: Brought up 2 CPUs of 2"), run.out());
            assertTrue(run.out().contains("boot: every bootable CPU is up"), run.out());
            assertEquals("", run.err());
        }

        @Test
        void moreThan255CpusGetX2ApicModeAsFirmwareWouldGiveThem() {
            assertEquals("x2apic", json("--cpus", "300").get("apicMode").asString());
        }
    }

    @Nested
    class MachineFlags {

        @Test
        void machineTdxBootsThroughTheMailboxWithPlatformAuto() {
            JsonNode report = json("--machine", "tdx", "--cpus", "4");
            assertEquals("tdx", report.get("machine").asString());
            assertEquals("tdx", report.get("platform").asString());
            assertEquals("mailbox", report.get("wakeup").asString());
            assertEquals("x2apic", report.get("apicMode").asString());
            assertEquals(4, report.get("online").asInt());
        }

        @Test
        void cpusSetsTheProcessorCount() {
            JsonNode report = json("--cpus", "5");
            assertEquals(5, report.get("expected").asInt());
            assertEquals(5, report.get("cpus").size());
        }

        @Test
        void topologyGivesApicIdsWithTheGapsOfRealMachines() {
            // Two packages of three single-thread cores: IDs 0-2 and 4-6.
            JsonNode report = json("--topology", "2x3x1");
            List<Integer> ids = new ArrayList<>();
            report.get("cpus").forEach(cpu -> ids.add(cpu.get("apicId").asInt()));
            assertEquals(List.of(0, 1, 2, 4, 5, 6), ids);
            assertEquals(6, report.get("online").asInt());
        }

        @Test
        void apicSelectsTheModeFirmwareHandsOverIn() {
            assertEquals("x2apic", json("--cpus", "2", "--apic", "x2apic").get("apicMode").asString());
            assertEquals("xapic", json("--cpus", "2", "--apic", "xapic").get("apicMode").asString());
        }

        @Test
        void seedChangesTheJitterAndSoTheArrivalTimes() {
            JsonNode first = json("--cpus", "4", "--seed", "1");
            JsonNode second = json("--cpus", "4", "--seed", "2");
            assertNotEquals(cpu(first, 1).get("onlineAtNs"), cpu(second, 1).get("onlineAtNs"));
        }
    }

    @Nested
    class PlatformFlags {

        @Test
        void platformX86InsideATdxGuestFailsEveryApAndRecordsTheDroppedIpis() {
            CliRun run = smpboot("--machine", "tdx", "--cpus", "3", "--platform", "x86", "--json");
            assertEquals(BootCommand.INCOMPLETE, run.status(), run.err());
            JsonNode report = JSON.readTree(run.out());
            assertEquals("x86", report.get("platform").asString());
            assertEquals(1, report.get("online").asInt());
            assertTrue(report.get("violations").size() > 0, report.toString());
            report.get("violations").forEach(v -> assertEquals("ipi-dropped", v.get("kind").asString()));
        }

        @ParameterizedTest(name = "--wakeup {0}")
        @ValueSource(strings = {"broadcast", "per-cpu", "parallel"})
        void wakeupChoosesTheInitSipiSipiVariant(String wakeup) {
            JsonNode report = json("--cpus", "3", "--wakeup", wakeup, "--delays", "modern");
            assertEquals(wakeup, report.get("wakeup").asString());
            assertEquals(3, report.get("online").asInt());
        }

        @Test
        void delaysChangeHowLongTheBootTakes() {
            long seed = json("--cpus", "2", "--delays", "seed").get("virtualTimeNs").asLong();
            long sdm = json("--cpus", "2", "--delays", "sdm").get("virtualTimeNs").asLong();
            long modern = json("--cpus", "2", "--delays", "modern").get("virtualTimeNs").asLong();
            assertTrue(modern < sdm && sdm < seed, "modern %d < sdm %d < seed %d".formatted(modern, sdm, seed));
        }

        @Test
        void aFlagTheChosenPlatformDoesNotReadIsAUsageError() {
            CliRun run = smpboot("--machine", "tdx", "--cpus", "2", "--wakeup", "per-cpu");
            assertEquals(2, run.status());
            assertEquals(List.of("smpboot boot: platform tdx refused --wakeup per-cpu: Platform tdx does not understand "
                    + "option(s) [wakeup]; it accepts [ack-timeout]"), run.errLines());
        }

        @Test
        void anUnknownPlatformIsAUsageErrorListingTheAvailableOnes() {
            CliRun run = smpboot("--cpus", "2", "--platform", "arm");
            assertEquals(2, run.status());
            assertEquals(List.of("smpboot boot: platform selection: Unknown platform 'arm'; available: auto, tdx, x86"),
                    run.errLines());
        }

        @Test
        void aValueThePlatformDoesNotKnowIsAUsageErrorNamingTheChoices() {
            CliRun run = smpboot("--cpus", "2", "--delays", "fast");
            assertEquals(2, run.status());
            assertTrue(run.err().contains("choose one of seed, sdm, modern"), run.err());
        }
    }

    @Nested
    class Madt {

        @Test
        void aRawTableBootsExactlyItsEnabledProcessorsAndReportsTheDisabledOnes() {
            JsonNode report = json("--madt", resource("hp-proliant-dl380-g5.APIC.bin").toString());
            assertEquals(4, report.get("expected").asInt());
            assertEquals(4, report.get("online").asInt());
            long disabled = 0;
            for (JsonNode cpu : report.get("cpus")) {
                disabled += cpu.get("state").asString().equals("disabled") ? 1 : 0;
            }
            assertEquals(4, disabled);
        }

        @Test
        void anAcpidumpTextFileIsReadForItsMadt() {
            JsonNode report = json("--madt", resource("kvm-4cpu.acpidump.txt").toString());
            assertEquals(4, report.get("online").asInt());
        }

        @Test
        void aTablesDirectoryIsReadForItsMadt(@TempDir Path tables) throws IOException {
            Files.copy(resource("hp-proliant-dl380-g5.APIC.bin"), tables.resolve("APIC"));
            Files.writeString(tables.resolve("notes.txt"), "not a table");
            assertEquals(4, json("--madt", tables.toString()).get("online").asInt());
        }

        @Test
        void aMadtWithNoBootableCpuIsAUsageError() {
            Path arm = resource("surface-pro-9-5g.APIC.bin");
            CliRun run = smpboot("--madt", arm.toString());
            assertEquals(2, run.status());
            assertEquals(List.of("smpboot boot: --madt " + arm + " lists no bootable x86 processor: no enabled Local "
                    + "APIC or Local x2APIC entry with a real APIC ID, so there is nothing to boot"), run.errLines());
        }

        @Test
        void aMissingFileIsAUsageError(@TempDir Path directory) {
            Path missing = directory.resolve("APIC");
            CliRun run = smpboot("--madt", missing.toString());
            assertEquals(2, run.status());
            assertEquals(List.of("smpboot boot: cannot read --madt " + missing + ": no such file or directory"),
                    run.errLines());
        }

        @Test
        void aFileWithoutAnyTableIsAUsageError(@TempDir Path directory) throws IOException {
            Path text = Files.writeString(directory.resolve("hostname"), "builder\n");
            CliRun run = smpboot("--madt", text.toString());
            assertEquals(2, run.status());
            assertTrue(run.err().startsWith("smpboot boot: --madt " + text + " holds no MADT"), run.err());
            assertEquals(1, run.errLines().size());
        }

        @Test
        void thisMachinesOwnTablesBootOrFailInOneLine() {
            // /sys/firmware/acpi/tables may be absent or unreadable in a sandbox: then one line, status 2.
            CliRun run = smpboot("--madt", "/sys/firmware/acpi/tables", "--json");
            if (run.status() == 2) {
                assertEquals(1, run.errLines().size(), run.err());
            } else {
                assertEquals(0, run.status(), run.err());
                assertTrue(JSON.readTree(run.out()).get("online").asInt() >= 1);
            }
        }

        @ParameterizedTest(name = "--madt with {0}")
        @CsvSource({"--cpus,4", "--topology,1x2x2", "--machine,tdx"})
        void flagsTheTableDecidesConflictWithIt(String flag, String value) {
            CliRun run = smpboot("--madt", resource("hp-proliant-dl380-g5.APIC.bin").toString(), flag, value);
            assertEquals(2, run.status());
            assertEquals(1, run.errLines().size(), run.err());
        }
    }

    @Nested
    class Faults {

        @Test
        void aDeadCpuFailsTheBootWithStatusThreeAndTheSummarySaysWhy() {
            CliRun run = smpboot("--cpus", "4", "--fault", "cpu=3:dead");
            assertEquals(BootCommand.INCOMPLETE, run.status());
            assertTrue(run.out().contains("boot: 3 of 4 CPUs online"), run.out());
            assertTrue(run.out().contains("boot: index 3, APIC ID 0x3 failed: never answered; machine: cpu 3 dead: never "
                    + "left reset, accepts no IPI (injected cpu=3:dead)"), run.out());
        }

        @Test
        void aCpuIgnoringTheFirstSipiStillComesUpOnTheSecond() {
            assertEquals(3, json("--cpus", "3", "--fault", "cpu=2:ignore-first-sipi").get("online").asInt());
        }

        @Test
        void aCpuLateBeyondTheWaitFailsForTheKernelWhileTheMachineSeesItArriveAndPark() {
            JsonNode report = json("--cpus", "3", "--fault", "cpu=2:late=200ms");
            assertEquals("failed", cpu(report, 2).get("state").asString());
            assertEquals("never answered", cpu(report, 2).get("reason").asString());
            assertEquals("halted", cpu(report, 2).get("machineState").asString());
        }

        @Test
        void badBootCodeIsATripleFaultTheJsonNames() {
            JsonNode cpu = cpu(json("--cpus", "3", "--fault", "cpu=1:bad-boot-code"), 1);
            assertEquals("faulted", cpu.get("machineState").asString());
            assertTrue(cpu.get("faultReason").asString().contains("triple fault"), cpu.toString());
        }

        @Test
        void mailboxFaultsFailTheirCpusInsideATdxGuest() {
            JsonNode report = json("--machine", "tdx", "--cpus", "3", "--fault", "mailbox:never-ack=1",
                    "--fault", "mailbox:late-ack=2:5ms");
            assertEquals(1, report.get("online").asInt());
            assertTrue(cpu(report, 1).get("reason").asString().contains("not acknowledged"), report.toString());
        }

        @Test
        void madtFaultsInventAndHideProcessors() {
            JsonNode report = json("--cpus", "3", "--fault", "madt:phantom=1", "--fault", "madt:omit=2");
            List<String> states = new ArrayList<>();
            report.get("cpus").forEach(cpu -> states.add(cpu.get("state").asString()));
            assertEquals(List.of("online", "online", "failed", "unlisted"), states);
            assertTrue(!cpu(report, 2).has("machineState"), "a phantom has no machine processor");
        }

        @Test
        void aMalformedSpecIsAUsageErrorListingTheAcceptedForms() {
            CliRun run = smpboot("--fault", "cpu=3:sleepy");
            assertEquals(2, run.status());
            assertEquals(1, run.errLines().size());
            assertTrue(run.err().contains("Accepted: cpu=N:dead, cpu=N:ignore-first-sipi"), run.err());
        }

        @ParameterizedTest(name = "--fault {0}")
        @ValueSource(strings = {"cpu=9:dead", "cpu=0:dead", "mailbox:never-ack=1"})
        void aFaultThatDoesNotFitTheMachineIsAUsageError(String spec) {
            CliRun run = smpboot("--fault", spec);
            assertEquals(2, run.status());
            assertTrue(run.err().startsWith("smpboot boot: Invalid fault " + spec), run.err());
        }
    }

    @Nested
    class UsageErrors {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "--frobnicate|Unknown option: '--frobnicate'",
            "--cpus 0|Invalid --cpus 0: it must be 1 to 262144",
            "--cpus many|'many' is not a number",
            "--cpus 300 --apic xapic|Invalid APIC ID 0xff of cpu 255 in an xAPIC machine",
            "--topology 2x2|'2x2' is not a topology: use SOCKETSxCORESxTHREADS",
            "--topology 0x1x1|Invalid topology packages 0",
            "--topology 1024x1024x1|more than 262144",
            "--cpus 2 --topology 1x2x1|--cpus and --topology both give the processor count",
            "--machine arm|'arm' is not one of x86, tdx",
            "--machine tdx --apic xapic|Invalid TDX guest in xAPIC mode",
            "--apic x3apic|'x3apic' is not one of xapic, x2apic",
            "--seed -1|'-1' is not a number",
        })
        void badUsageIsOneLineWithStatusTwo(String args, String message) {
            CliRun run = smpboot(args.split(" "));
            assertEquals(2, run.status(), run.out());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("smpboot boot: "), run.err());
            assertTrue(run.err().contains(message), run.err());
            assertEquals("", run.out());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"--trace", "--svg"})
        void anUnwritableOutputFileIsAUsageError(String flag, @TempDir Path directory) {
            Path file = directory.resolve("missing").resolve("boot.out");
            CliRun run = smpboot("--cpus", "2", flag, file.toString());
            assertEquals(2, run.status());
            assertEquals(List.of("smpboot boot: cannot write %s %s: no such directory".formatted(flag, file)),
                    run.errLines());
        }
    }

    @Nested
    class Pictures {

        @Test
        void traceAndSvgAreWrittenBesideTheLog(@TempDir Path directory) throws IOException {
            Path trace = directory.resolve("boot.json");
            Path svg = directory.resolve("boot.svg");
            CliRun run = smpboot("--cpus", "3", "--trace", trace.toString(), "--svg", svg.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(JSON.readTree(trace.toFile()).has("traceEvents"));
            assertTrue(Files.readString(svg).contains("<svg"));
            assertTrue(run.out().contains("boot: 3 of 3 CPUs online"), run.out());
        }
    }
}
