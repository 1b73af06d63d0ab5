package org.smpboot.fuzz.seeds;

import java.nio.file.Path;
import java.util.Map;
import org.smpboot.fuzz.boot.BootSeeds;
import org.smpboot.fuzz.discovery.DiscoverySeeds;
import org.smpboot.fuzz.files.FilesSeeds;
import org.smpboot.fuzz.mailbox.MailboxSeeds;
import org.smpboot.fuzz.records.RecordsSeeds;

/**
 * Where each target's inputs live: Jazzer's convention, {@code <package>/<TestClass>Inputs/<method>/}
 * under the test resources. The same directory holds the seeds (real tables named {@code corpus-*},
 * builder output named {@code builder-*}) and every finding (regression inputs), and Jazzer both
 * replays it in regression mode and starts fuzzing from it.
 */
public enum SeedFiles {
    /** The MADT target's inputs. */
    MADT("MadtFuzzTests", "anyTableKeepsTheReadersContract"),
    /** The discovery target's inputs. */
    DISCOVERY("DiscoveryFuzzTests", "anyFirmwareLayoutKeepsDiscoveryBounded"),
    /** The ICR target's inputs. */
    ICR("IcrFuzzTests", "everyIcrRoundTripsAndEveryRawValueDecodes"),
    /** The mailbox target's inputs. */
    MAILBOX("MailboxFuzzTests", "hostileFirmwareNeverHangsTheBsp"),
    /** The boot target's inputs. */
    BOOT("BootFuzzTests", "anyMadtBootsToACompleteReport"),
    /** The records target's inputs. */
    RECORDS("RecordsFuzzTests", "everyRecordAndBuilderKeepsItsContract"),
    /** The files target's inputs. */
    FILES("FilesFuzzTests", "anyTreeOfDumpsIsReadAsItsFilesSay");

    /** The test resources of this module, relative to the module directory (surefire's working directory). */
    private static final Path RESOURCES = Path.of("src", "test", "resources", "org", "smpboot", "fuzz");

    private final String testClass;
    private final String method;

    SeedFiles(String testClass, String method) {
        this.testClass = testClass;
        this.method = method;
    }

    /** {@return the inputs directory in the source tree} */
    public Path directory() {
        return RESOURCES.resolve(testClass + "Inputs").resolve(method);
    }

    /** {@return every seed in the inputs directory (real and built), by file name} */
    public Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(directory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("corpus-")).toList()) {
                seeds.put(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        seeds.putAll(builderSeeds());
        return seeds;
    }

    /** {@return the seeds the builders make for this target, by file name} */
    public Map<String, byte[]> builderSeeds() {
        return switch (this) {
            case MADT -> {
                Map<String, byte[]> tables = new java.util.LinkedHashMap<>(MadtSeeds.all());
                tables.putAll(MadtRuleSeeds.all());
                yield tables;
            }
            case ICR -> IcrSeeds.all();
            case DISCOVERY -> DiscoverySeeds.all(MADT.seeds());
            case MAILBOX -> MailboxSeeds.all();
            case BOOT -> BootSeeds.all(MADT.seeds());
            case RECORDS -> RecordsSeeds.all();
            case FILES -> FilesSeeds.all(MADT.seeds(), DISCOVERY.seeds());
        };
    }
}
