package org.smpboot.cli.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smpboot.cli.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report's schema, pinned: the keys, their order and types, which optional keys appear
 * when, and byte-for-byte determinism. Tools parse this; a change here is a breaking change.
 */
class BootJsonTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<String> TOP_LEVEL = List.of("machine", "platform", "apicMode", "wakeup", "expected", "online",
            "virtualTimeNs", "cpus", "violations");
    static final List<String> CPU_KEYS_IN_ORDER = List.of("index", "apicId", "role", "state", "reason", "onlineAtNs",
            "machineState", "faultReason");
    static final List<String> VIOLATION_KEYS_IN_ORDER = List.of("source", "kind", "atNs", "cpu", "message");

    private static List<String> keys(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    /** Checks that {@code node}'s keys are a subsequence of {@code order}, containing {@code required}. */
    private static void assertKeys(JsonNode node, List<String> order, Set<String> required) {
        List<String> keys = keys(node);
        assertTrue(keys.containsAll(required), "missing keys in " + node);
        assertEquals(order.stream().filter(keys::contains).toList(), keys, "key order of " + node);
    }

    private static String run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        CliRun run = BootCommandTests.smpboot(all.toArray(String[]::new));
        assertTrue(run.status() == 0 || run.status() == 3, run.err());
        return run.out();
    }

    @Nested
    class Schema {

        @Test
        void theTopLevelKeysAreExactlyTheDocumentedOnesInOrder() {
            assertEquals(TOP_LEVEL, keys(JSON.readTree(run("--cpus", "2"))));
        }

        @Test
        void valuesHaveTheirDocumentedTypes() {
            JsonNode report = JSON.readTree(run("--cpus", "2"));
            for (String text : List.of("machine", "platform", "apicMode", "wakeup")) {
                assertTrue(report.get(text).isString(), text);
            }
            for (String number : List.of("expected", "online", "virtualTimeNs")) {
                assertTrue(report.get(number).isIntegralNumber(), number);
            }
            assertTrue(report.get("cpus").isArray());
            assertTrue(report.get("violations").isArray());
        }

        @Test
        void anOnlineCpuHasATimeAndNoReason() {
            JsonNode bsp = JSON.readTree(run("--cpus", "2")).get("cpus").get(0);
            assertKeys(bsp, CPU_KEYS_IN_ORDER, Set.of("index", "apicId", "role", "state", "onlineAtNs", "machineState"));
            assertEquals(List.of("index", "apicId", "role", "state", "onlineAtNs", "machineState"), keys(bsp));
            assertEquals("bsp", bsp.get("role").asString());
            assertEquals(0, bsp.get("onlineAtNs").asLong());
        }

        @Test
        void aFailedCpuHasAReasonAndNoTime() {
            JsonNode failed = JSON.readTree(run("--cpus", "3", "--fault", "cpu=2:bad-boot-code")).get("cpus").get(2);
            assertEquals(List.of("index", "apicId", "role", "state", "reason", "machineState", "faultReason"),
                    keys(failed));
            assertEquals("ap", failed.get("role").asString());
            assertEquals("failed", failed.get("state").asString());
        }

        @Test
        void aPhantomCpuHasNoMachineState() {
            JsonNode phantom = JSON.readTree(run("--cpus", "2", "--fault", "madt:phantom=1")).get("cpus").get(2);
            assertEquals(List.of("index", "apicId", "role", "state", "reason"), keys(phantom));
        }

        @Test
        void machineViolationsHaveATimeAndACpu() {
            JsonNode violations = JSON.readTree(run("--machine", "tdx", "--cpus", "2", "--platform", "x86"))
                    .get("violations");
            assertTrue(violations.size() > 0);
            violations.forEach(violation -> {
                assertEquals(VIOLATION_KEYS_IN_ORDER, keys(violation));
                assertEquals("machine", violation.get("source").asString());
            });
        }

        @Test
        void firmwareViolationsHaveNeitherTimeNorCpu() {
            // A MADT that does not list the BSP is a firmware defect the kernel reports.
            JsonNode report = JSON.readTree(run("--cpus", "2", "--fault", "madt:omit=0"));
            List<JsonNode> firmware = new ArrayList<>();
            report.get("violations").forEach(violation -> {
                if (violation.get("source").asString().equals("firmware")) {
                    firmware.add(violation);
                }
            });
            assertTrue(!firmware.isEmpty(), report.toString());
            firmware.forEach(violation -> assertEquals(List.of("source", "kind", "message"), keys(violation)));
        }

        @Test
        void apicIdsAreNumbersEvenWhenWide() {
            JsonNode last = JSON.readTree(run("--cpus", "300")).get("cpus").get(299);
            assertTrue(last.get("apicId").isIntegralNumber());
            assertEquals(299, last.get("apicId").asInt());
        }
    }

    @Nested
    class Determinism {

        @Test
        void theSameFlagsAndSeedGiveByteIdenticalJson() {
            String[] flags = {"--cpus", "6", "--seed", "42", "--wakeup", "parallel", "--delays", "modern",
                "--fault", "cpu=4:late=2ms"};
            assertEquals(run(flags), run(flags));
        }

        @Test
        void theJsonIsOneLine() {
            assertEquals(1, run("--cpus", "2").lines().count());
        }
    }
}
