package org.smpboot.cli.icr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpboot.cli.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IcrCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> split(String args) {
        return List.of(args.trim().split("\\s+"));
    }

    private static CliRun smpboot(String args) {
        return CliRun.of(split(args).toArray(String[]::new));
    }

    @Nested
    class Encode {

        @Test
        void theSeedsSipiIsHighZeroLow000c4608() {
            CliRun run = smpboot("icr encode --mode xapic --delivery startup --vector 0x08 --shorthand all-but-self");
            assertEquals(0, run.status(), run.err());
            assertEquals("high 0x00000000 low 0x000c4608\n", run.out());
            assertEquals("", run.err());
        }

        @Test
        void jsonHasTheDocumentedShapeForXapic() {
            CliRun run = smpboot("icr encode --mode xapic --delivery startup --vector 8 --shorthand all-but-self --json");
            assertEquals("{\"mode\":\"xapic\",\"high\":\"0x00000000\",\"low\":\"0x000c4608\"}\n", run.out());
        }

        @Test
        void jsonHasTheDocumentedShapeForX2apic() {
            CliRun run = smpboot("icr encode --mode x2apic --delivery startup --vector 8 --shorthand all-but-self --json");
            assertEquals("{\"mode\":\"x2apic\",\"value\":\"0x00000000000c4608\"}\n", run.out());
        }

        @Test
        void x2apicDestinationsTakeThirtyTwoBits() {
            CliRun run = smpboot("icr encode --mode x2apic --delivery init --trigger level --dest 0x12345678");
            assertEquals("0x123456780000c500\n", run.out());
            assertTrue(run.err().startsWith("note: Level trigger with delivery mode init"), run.err());
        }

        @Test
        void xapicDestinationsGoToTheHighWord() {
            CliRun run = smpboot("icr encode --delivery startup --vector 8 --dest 5");
            assertEquals("high 0x05000000 low 0x00004608\n", run.out());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "icr encode --dest 0x100 --vector 0x40 | destination-wider-than-xapic",
            "icr encode --delivery startup --vector 0xa0 | reserved-startup-vector",
            "icr encode --delivery init --vector 3 | vector-not-used-by-delivery-mode",
            "icr encode --vector 5 | illegal-vector",
            "icr encode --delivery nmi --shorthand self | shorthand-only-with-fixed",
            "icr encode --delivery init --level deassert | init-deassert-needs-level-trigger",
            "icr encode --vector 0x40 --shorthand all --dest 1 | destination-ignored-with-shorthand",
        })
        void aForbiddenValueExitsTwoNamingTheRule(String args, String rule) {
            CliRun run = smpboot(args);
            assertEquals(2, run.status());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("smpboot icr encode: "), run.err());
            assertTrue(run.err().contains("[" + rule + ";"), run.err());
            assertEquals("", run.out());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "icr encode --vector 256 | Invalid --vector 0x100",
            "icr encode --vector -1 | '-1' is not a number",
            "icr encode --vector twelve | 'twelve' is not a number",
            "icr encode --dest 0x100000000 --mode x2apic | Invalid --dest 0x100000000",
            "icr encode --delivery reserved-011 | 'reserved-011' is not one of fixed, lowest, smi, nmi, init, startup",
            "icr encode --mode apic | 'apic' is not one of xapic, x2apic",
            "icr encode --shorthand everyone | 'everyone' is not one of none, self, all, all-but-self",
        })
        void aBadValueExitsTwoWithOneLine(String args, String expected) {
            CliRun run = smpboot(args);
            assertEquals(2, run.status());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().contains(expected), run.err());
        }
    }

    @Nested
    class Decode {

        @Test
        void everyFieldIsPrinted() {
            CliRun run = smpboot("icr decode --mode xapic 0x000c4608");
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("vector            0x08 (start-up at 0x8000)"), run.out());
            assertTrue(run.out().contains("delivery mode     startup (110)"), run.out());
            assertTrue(run.out().contains("shorthand         all-but-self (11)"), run.out());
        }

        @Test
        void jsonUsesTheEncodeFlagNames() throws Exception {
            CliRun run = smpboot("icr decode --mode xapic 0x0000c500 --high 0x05000000 --json");
            JsonNode node = JSON.readTree(run.out());
            assertEquals(0, node.get("vector").asInt());
            assertEquals("init", node.get("deliveryMode").asString());
            assertEquals("physical", node.get("destinationMode").asString());
            assertEquals("idle", node.get("deliveryStatus").asString());
            assertEquals("assert", node.get("level").asString());
            assertEquals("level", node.get("triggerMode").asString());
            assertEquals("none", node.get("shorthand").asString());
            assertEquals(5, node.get("destination").asInt());
        }

        @Test
        void aWholeSixtyFourBitXapicValueIsAccepted() throws Exception {
            JsonNode node = JSON.readTree(smpboot("icr decode 0x0500000000004608 --json").out());
            assertEquals(5, node.get("destination").asInt());
        }

        @Test
        void reservedDeliveryModesDecodeAsThemselves() throws Exception {
            JsonNode node = JSON.readTree(smpboot("icr decode 0x00004300 --json").out());
            assertEquals("reserved-011", node.get("deliveryMode").asString());
            assertTrue(node.get("notes").get(0).asString().contains("reserved-delivery-mode"), node.toString());
        }

        @Test
        void reservedBitsAreNotedWhenLenientAndRefusedWhenStrict() {
            CliRun lenient = smpboot("icr decode 0x00006030");
            assertEquals(0, lenient.status());
            assertTrue(lenient.out().contains("note: Reserved bits 0x0000000000002000 set and ignored"), lenient.out());
            CliRun strict = smpboot("icr decode --strict 0x00006030");
            assertEquals(2, strict.status());
            assertTrue(strict.err().contains("[reserved-bits-set;"), strict.err());
        }

        @Test
        void x2apicHasNoHighWord() {
            CliRun run = smpboot("icr decode --mode x2apic 0x4608 --high 0");
            assertEquals(2, run.status());
            assertEquals("smpboot icr decode: --high applies to xapic only: the x2APIC ICR is one 64-bit MSR (0x830)\n",
                    run.err());
        }

        @Test
        void decodeOfEncodeIsTheIdentity() throws Exception {
            String x2apic = JSON.readTree(smpboot(
                    "icr encode --mode x2apic --delivery fixed --vector 0xf2 --dest-mode logical --dest 0x00020001 --json")
                    .out()).get("value").asString();
            JsonNode node = JSON.readTree(smpboot("icr decode --mode x2apic --strict --json " + x2apic).out());
            assertEquals(0xF2, node.get("vector").asInt());
            assertEquals("logical", node.get("destinationMode").asString());
            assertEquals(0x0002_0001, node.get("destination").asInt());
        }
    }
}
