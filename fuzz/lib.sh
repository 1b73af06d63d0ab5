# shellcheck shell=bash
# What fuzz/run and fuzz/coverage share: the target table (fuzz/targets), the JDK, the build, and
# a class path of private copies of the project's jars. Sourced, with $fuzz and $root set.

inputs_root="$fuzz/src/test/resources/org/smpboot/fuzz"

# The targets: name|class|inputs|max_len|timeout|description, one per line (shared with
# .clusterfuzzlite/build.sh).
mapfile -t fuzz_targets < <(grep -v '^#' "$fuzz/targets")

fuzz_field() { # fuzz_field LINE INDEX
    local IFS='|'
    # shellcheck disable=SC2206
    local parts=($1)
    echo "${parts[$2]:-}"
}

fuzz_list() {
    local line
    for line in "${fuzz_targets[@]}"; do
        printf '%-10s %s\n' "$(fuzz_field "$line" 0)" "$(fuzz_field "$line" 5)"
    done
}

# fuzz_lookup NAME: sets target_class, inputs, max_len, timeout and target_flags (an array), or
# fails listing the targets.
fuzz_lookup() {
    local line
    for line in "${fuzz_targets[@]}"; do
        if [ "$(fuzz_field "$line" 0)" = "$1" ]; then
            target_class=$(fuzz_field "$line" 1)
            inputs="$inputs_root/$(fuzz_field "$line" 2)"
            max_len=$(fuzz_field "$line" 3)
            timeout=$(fuzz_field "$line" 4)
            # shellcheck disable=SC2207
            target_flags=($(fuzz_field "$line" 6))
            return 0
        fi
    done
    echo "fuzz: unknown target \"$1\"; the targets are:" >&2
    fuzz_list >&2
    return 1
}

# fuzz_build LIB_DIR: finds a JDK 25, builds the fuzz module and what it drives, and sets
# fuzz_classpath to the run's class path: this project's jars copied into LIB_DIR (so that
# building, or another run, cannot change classes under a running JVM), Jazzer's driver and the
# libraries.
fuzz_build() {
    local lib=$1 entry copy log="$fuzz/target-build.log"
    # shellcheck source=../.ci/find-jdk.sh
    . "$root/.ci/find-jdk.sh"
    smpboot_select_jdk || return 2
    echo "fuzz: building the fuzz module (./mvnw -pl fuzz -am package)..." >&2
    if ! (cd "$root" && ./mvnw -q -B -pl fuzz -am -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test) >"$log" 2>&1; then
        echo "fuzz: the build failed; the last lines of $log:" >&2
        tail -n 20 "$log" >&2
        return 2
    fi
    rm -f "$log"
    rm -rf "$lib"
    mkdir -p "$lib"
    fuzz_classpath=""
    for entry in "$(ls "$fuzz"/target/fuzz-*.jar | grep -v -- '-tests\.jar$' | head -n 1)" \
        $(tr ':' ' ' <"$fuzz/target/fuzz.classpath"); do
        case $entry in
            "$root"/*)
                copy="$lib/$(basename "$entry")"
                cp "$entry" "$copy"
                entry=$copy
                ;;
        esac
        fuzz_classpath="${fuzz_classpath:+$fuzz_classpath:}$entry"
    done
}

# The JVM flags of every Jazzer run. -Xmx bounds the heap and MaxDirectMemorySize the simulated
# machines' native memory (a full limit makes the JVM collect, rather than waiting for heap
# pressure while machines pile up); with libFuzzer's -rss_limit_mb=0, a runaway allocation is an
# OutOfMemoryError finding with a stack trace rather than libFuzzer killing the process.
fuzz_jvm_flags=(-Xmx2g -XX:MaxDirectMemorySize=1g -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED)

# Only smpboot's own code is instrumented, and not the targets' oracles: their branches say
# nothing about the code under test and cost time on every input. Nor the byte-level helpers
# (checksum, little-endian reads, the listing's hex dump): their loops have no decision an input
# could steer, yet a comparison hook per byte or word (the checksum reads each table up to five
# times per MADT input; the hex dump was 66 % of the discovery target's time).
fuzz_excludes='org.smpboot.fuzz.**:org.smpboot.acpi.table.Checksum:org.smpboot.acpi.internal.LittleEndian:org.smpboot.acpi.listing.AsciiBuffer'
fuzz_instrumentation=(--instrumentation_includes='org.smpboot.**' --instrumentation_excludes="$fuzz_excludes")

# libFuzzer's entropic schedule keeps a list of "rare" features: at least
# -entropic_number_of_rarest_features (default 100) and every feature seen fewer than
# -entropic_feature_frequency_threshold times (default 255). After every input it searches that
# list linearly for each feature the input hit whose count is at most that of the most abundant
# listed feature, and it trims the list only when a new feature turns up. Once a campaign's
# corpus has thousands of features and finds few new ones, that search costs more than the
# target: on the MADT target's grown corpus (about 9,200 features) it was 90 % of the time, and
# the target ran at 4,000 exec/s. Keeping the 10 rarest features and no others bounds the
# search at about 10 comparisons while the schedule still favours the inputs that hit them:
# madt 4,000 -> 59,000 exec/s, boot 1,135 -> 2,290, mailbox 1,039 -> 2,437, discovery unchanged
# (40 s runs each on the grown corpora, 2026-11-26, docs/fuzzing.md).
fuzz_libfuzzer_flags=(-entropic_feature_frequency_threshold=0 -entropic_number_of_rarest_features=10)
