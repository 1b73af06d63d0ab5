package org.smpboot.fuzz.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpboot.acpi.problem.AcpiException;
import org.smpboot.acpi.problem.Problems;
import org.smpboot.acpi.problem.Strictness;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.acpi.table.Signature;
import org.smpboot.fuzz.seeds.SeedFiles;
import org.smpboot.kernel.api.hw.PhysicalAddress;
import org.smpboot.kernel.api.hw.PhysicalMemory;

/** Each discovery seed is a firmware a strict kernel boots from: it leads discovery to its MADT. */
class DiscoverySeedsTests {

    /** The layout seeds: all but the acpidump text. */
    static Stream<Arguments> seeds() {
        return SeedFiles.DISCOVERY.builderSeeds().entrySet().stream().filter(seed -> !seed.getKey().contains("acpidump"))
                .map(seed -> Arguments.of(seed.getKey(), seed.getValue()));
    }

    /** The firmware a strict kernel boots from: all but the seeds that break a rule on purpose. */
    static Stream<Arguments> wellFormedSeeds() {
        return seeds().filter(seed -> !((String) seed.get()[0]).startsWith("builder-rule-")
                && !((String) seed.get()[0]).startsWith("builder-table-length-past")
                && !((String) seed.get()[0]).startsWith("builder-rsdp-revision-2-in-the-last")
                && !((String) seed.get()[0]).equals(WITHOUT_LOW_MEMORY));
    }

    static Stream<Arguments> ruleSeeds() {
        return Stream.of(
                Arguments.of("builder-rule-rsdp-revision-1", List.of("rsdp-revision")),
                Arguments.of("builder-rule-rsdp-checksum", List.of("rsdp-checksum")),
                Arguments.of("builder-rule-rsdp-length-and-extended-checksum", List.of("rsdp-length", "rsdp-extended-checksum")),
                Arguments.of("builder-table-length-past-backed-memory", List.of("length-beyond-buffer")));
    }

    @Test
    void aRevision2RsdpCutByTheEndOfRamIsRefusedForItsLength() {
        Firmware firmware = Firmware.current();
        LayoutInput layout = LayoutInput.parse(
                SeedFiles.DISCOVERY.builderSeeds().get("builder-rsdp-revision-2-in-the-last-20-bytes-of-ram"), firmware.bases());
        try (MemoryPatch patch = MemoryPatch.apply(firmware.memory(), layout)) {
            AcpiException refusal = assertThrows(AcpiException.class, () -> TableSources.fromRsdp(firmware.memory(),
                    PhysicalAddress.of(layout.blobs().getFirst().address()), new Problems(Strictness.LENIENT)));
            assertEquals("rsdp-length", refusal.rule().id());
        }
    }

    /** The scan seed whose discovery sees no memory below 1 MiB. */
    private static final String WITHOUT_LOW_MEMORY = "builder-scan-without-low-memory";

    @Test
    void withoutLowMemoryAScanFindsNoRsdp() {
        Firmware firmware = Firmware.current();
        LayoutInput layout = LayoutInput.parse(SeedFiles.DISCOVERY.builderSeeds().get(WITHOUT_LOW_MEMORY), firmware.bases());
        try (MemoryPatch patch = MemoryPatch.apply(firmware.memory(), layout)) {
            assertTrue(TableSources.scanMemory(firmware.memory(), new Problems(Strictness.STRICT)).find(Signature.MADT).isPresent(),
                    "the machine's own memory holds the RSDP the seed wrote");
            AcpiException refusal = assertThrows(AcpiException.class, () -> TableSources.scanMemory(
                    RestrictedMemory.of(firmware.memory(), layout), new Problems(Strictness.STRICT)));
            assertEquals("rsdp-not-found", refusal.rule().id(), "the EBDA pointer and the BIOS area are out of reach");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleSeeds")
    void eachRuleSeedBreaksTheRulesItIsNamedFor(String name, List<String> rules) {
        Firmware firmware = Firmware.current();
        LayoutInput layout = LayoutInput.parse(SeedFiles.DISCOVERY.builderSeeds().get(name), firmware.bases());
        try (MemoryPatch patch = MemoryPatch.apply(firmware.memory(), layout)) {
            Problems problems = new Problems(Strictness.LENIENT);
            TableSource source = TableSources.fromRsdp(firmware.memory(), PhysicalAddress.of(layout.blobs().getFirst().address()),
                    problems);
            List<String> found = new java.util.ArrayList<>(source.problems().stream().map(p -> p.rule().id()).toList());
            source.find(Signature.MADT).ifPresent(madt -> org.smpboot.acpi.madt.Madt.parse(madt.bytes(), Strictness.LENIENT)
                    .problems().forEach(p -> found.add(p.rule().id())));
            assertTrue(found.containsAll(rules), () -> name + " broke " + found);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormedSeeds")
    void strictDiscoveryFindsTheSeedsMadt(String name, byte[] seed) {
        Firmware firmware = Firmware.current();
        LayoutInput layout = LayoutInput.parse(seed, firmware.bases());
        try (MemoryPatch patch = MemoryPatch.apply(firmware.memory(), layout)) {
            Problems problems = new Problems(Strictness.STRICT);
            PhysicalMemory memory = RestrictedMemory.of(firmware.memory(), layout);
            TableSource source = layout.scan()
                    ? TableSources.scanMemory(memory, problems)
                    : TableSources.fromRsdp(memory, PhysicalAddress.of(layout.blobs().getFirst().address()), problems);
            assertTrue(source.find(Signature.MADT).isPresent(), () -> name + " found " + source.tables());
            assertEquals(Optional.empty(), source.problems().stream().findFirst());
            assertEquals(layout.blobs().stream().filter(blob -> new String(blob.bytes(), 0, 4,
                    java.nio.charset.StandardCharsets.ISO_8859_1).equals("APIC")).findFirst().orElseThrow().bytes().length,
                    source.find(Signature.MADT).orElseThrow().bytes().byteSize(), "the whole MADT is found");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theSeedUndoesItsWrites(String name, byte[] seed) {
        Firmware firmware = Firmware.current();
        LayoutInput layout = LayoutInput.parse(seed, firmware.bases());
        Map<Long, byte[]> before = new java.util.HashMap<>();
        layout.blobs().forEach(blob -> before.put(blob.address(), firmware.memory().read(blob.address(), blob.bytes().length)));
        try (MemoryPatch patch = MemoryPatch.apply(firmware.memory(), layout)) {
            assertTrue(layout.blobs().stream().anyMatch(blob -> !java.util.Arrays.equals(before.get(blob.address()),
                    firmware.memory().read(blob.address(), blob.bytes().length))), "the seed writes something");
        }
        before.forEach((address, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes,
                firmware.memory().read(address, bytes.length), () -> "memory at 0x%x is restored".formatted(address)));
    }
}
