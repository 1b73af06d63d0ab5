package org.smpboot.fuzz.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.smpboot.acpi.problem.Problem;
import org.smpboot.acpi.problem.TableLengthException;
import org.smpboot.acpi.source.SourceRule;
import org.smpboot.acpi.source.TableSource;
import org.smpboot.acpi.source.TableSources;
import org.smpboot.fuzz.seeds.SeedFiles;

/**
 * Each files seed is the tree it is named for, and reaches the rule it sits at: the writer and
 * {@link TreeInput#parse} agree byte for byte, and {@code TableSources} meets each limit.
 *
 * <p>Jazzer's provider runtime is loaded by the agent a {@code @FuzzTest} installs, so the checks
 * run inside one (in regression mode it runs once, on the empty input, which it ignores).
 */
class FilesSeedsTests {

    private static final Map<String, byte[]> SEEDS = SeedFiles.FILES.builderSeeds();

    @FuzzTest
    void everySeedIsTheTreeItIsNamedFor(FuzzedDataProvider ignored) throws IOException {
        SEEDS.forEach((name, seed) -> parse(name, seed));
        everySysfsSeedHoldsItsMadtAsTheApicFile();
        theDepthSeedHasATableOnEachLevelAndOnlyTheFirstTwoAreRead();
        theCountSeedsReachAndPassTheFileLimit();
        theSizeSeedsSitAtTheSizeLimit();
        theHexDumpSeedIsNoTableThoughItsLengthIsInRange();
    }

    private static void everySysfsSeedHoldsItsMadtAsTheApicFile() {
        Map<String, byte[]> madts = SeedFiles.MADT.seeds();
        byte[] firecracker = madts.get("corpus-firecracker.APIC.bin");
        TreeInput tree = parse("builder-sysfs-firecracker", SEEDS.get("builder-sysfs-firecracker"));
        assertEquals(List.of("APIC", "DSDT", "dynamic/SSDT1"), tree.files().stream().map(f -> f.relative().toString()).toList());
        assertArrayEquals(firecracker, tree.files().getFirst().head());
    }

    private static void theDepthSeedHasATableOnEachLevelAndOnlyTheFirstTwoAreRead() throws IOException {
        TreeInput tree = parse("builder-depth-1-to-4", SEEDS.get("builder-depth-1-to-4"));
        assertEquals(List.of(1, 2, 3, 4), tree.files().stream().map(PlannedFile::depth).toList());
        assertEquals(2, written(tree).tables().size());
    }

    private static void theCountSeedsReachAndPassTheFileLimit() throws IOException {
        TableSource atLimit = written(parse("at", SEEDS.get("builder-files-at-count-limit")));
        assertEquals(TableSources.MAX_DIRECTORY_FILES, atLimit.tables().size());
        assertEquals(List.of(), atLimit.problems());
        TableSource beyond = written(parse("beyond", SEEDS.get("builder-files-beyond-count-limit")));
        assertEquals(TableSources.MAX_DIRECTORY_FILES, beyond.tables().size());
        assertEquals(List.of(SourceRule.TOO_MANY_FILES), beyond.problems().stream().map(Problem::rule).toList());
    }

    private static void theSizeSeedsSitAtTheSizeLimit() {
        assertEquals(TableSources.MAX_FILE_SIZE, only(parse("at", SEEDS.get("builder-size-at-limit"))).size());
        PlannedFile above = only(parse("above", SEEDS.get("builder-size-above-limit")));
        assertEquals(TableSources.MAX_FILE_SIZE + 1, above.size());
        ScratchTree.current().write(parse("above", SEEDS.get("builder-size-above-limit")));
        assertThrows(TableLengthException.class, () -> TableSources.open(ScratchTree.current().root().resolve("APIC")));
    }

    private static void theHexDumpSeedIsNoTableThoughItsLengthIsInRange() {
        PlannedFile file = only(parse("hex", SEEDS.get("builder-header-hex-dump-header")));
        assertEquals(" @", new String(file.head(), 4, 2, StandardCharsets.US_ASCII));
        assertEquals(TableRules.Verdict.NOT_A_TABLE, TableRules.opened(file));
    }

    private static TreeInput parse(String name, byte[] seed) {
        try (FuzzedDataProviderImpl provider = FuzzedDataProviderImpl.withJavaData(seed)) {
            TreeInput tree = TreeInput.parse(provider);
            assertEquals(0, provider.remainingBytes(), () -> name + " has bytes the tree does not read");
            return tree;
        }
    }

    private static PlannedFile only(TreeInput tree) {
        assertEquals(1, tree.files().size());
        return tree.files().getFirst();
    }

    private static TableSource written(TreeInput tree) throws IOException {
        ScratchTree.current().write(tree);
        return TableSources.open(ScratchTree.current().root());
    }
}
