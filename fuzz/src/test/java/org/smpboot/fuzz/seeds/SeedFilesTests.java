package org.smpboot.fuzz.seeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder seeds in the inputs directories are exactly what the seed builders make today, so a
 * change to a builder or a target's input format cannot leave stale seeds behind.
 *
 * <p>To regenerate them after such a change:
 * {@code ./mvnw -pl fuzz -am test -Dtest=SeedFilesTests -Dsurefire.failIfNoSpecifiedTests=false -Dsmpboot.fuzz.writeSeeds=true}.
 */
class SeedFilesTests {

    private static final boolean WRITE = Boolean.getBoolean("smpboot.fuzz.writeSeeds");

    static Stream<Arguments> builderSeeds() {
        return Arrays.stream(SeedFiles.values()).flatMap(target -> target.builderSeeds().entrySet().stream()
                .map(seed -> Arguments.of(target, seed.getKey(), seed.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("builderSeeds")
    void everyBuilderSeedIsCommittedAsBuilt(SeedFiles target, String name, byte[] built) throws IOException {
        Path file = target.directory().resolve(name);
        if (WRITE) {
            Files.createDirectories(file.getParent());
            Files.write(file, built);
        }
        assertTrue(Files.isRegularFile(file), () -> file + " is missing: regenerate with -Dsmpboot.fuzz.writeSeeds=true");
        assertArrayEquals(built, Files.readAllBytes(file), () -> file + " is stale: regenerate with -Dsmpboot.fuzz.writeSeeds=true");
    }
}
