#!/bin/bash -eu
# Builds smpboot's Jazzer targets (one per line of fuzz/targets) for OSS-Fuzz / ClusterFuzzLite:
# the fuzz module and what it drives (./mvnw, JDK 25), copied into $OUT with a JDK 25 to run them,
# one wrapper script per target for the image's jazzer_driver, each target's seed corpus and
# libFuzzer options.
# The targets, their limits and flags are the ones fuzz/run uses; see docs/fuzzing.md.

cd "$SRC/smpboot"
# shellcheck source=../.ci/find-jdk.sh
. .ci/find-jdk.sh
smpboot_select_jdk
./mvnw -B -q -pl fuzz -am -DskipTests package \
    dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=com.code-intelligence \
    -DoutputDirectory="$OUT/smpboot-lib"
cp fuzz/target/fuzz-*.jar "$OUT/smpboot-lib/"
rm -f "$OUT"/smpboot-lib/fuzz-*-tests.jar

# The runner image's JDK is older than the targets' class files: ship the build's JDK.
rm -rf "$OUT/jdk-25"
cp -r "$JAVA_HOME" "$OUT/jdk-25"

# The Jazzer API comes with the image's agent, not from the class path.
RUNTIME_CLASSPATH=$(cd "$OUT" && ls smpboot-lib/*.jar | xargs printf -- "\$this_dir/%s:")\$this_dir
# jazzer_driver splits --jvm_args at ':' unless escaped: the -XX options carry a '\:' (written
# '\\:' into the wrapper's double quotes). The heap and native-memory limits are fuzz/run's.
JVM_ARGS='-Xmx2048m:-XX\\:MaxDirectMemorySize=1g:--enable-native-access=ALL-UNNAMED'
inputs=fuzz/src/test/resources/org/smpboot/fuzz

# The targets, as fuzz/run runs them: name|class|inputs|max_len|timeout|description|flags.
# The instrumentation excludes are fuzz/lib.sh's fuzz_excludes.
excludes=$(sed -n "s/^fuzz_excludes='\\(.*\\)'$/\\1/p" fuzz/lib.sh)
grep -v '^#' fuzz/targets | while IFS='|' read -r name target_class corpus max_len timeout description flags; do
    fuzzer="smpboot_$name"
    echo "#!/bin/bash
# LLVMFuzzerTestOneInput for fuzzer detection. smpboot: $description
this_dir=\$(dirname \"\$0\")
export JAVA_HOME=\$this_dir/jdk-25
export LD_LIBRARY_PATH=\"\$JAVA_HOME/lib/server\":\$this_dir
\$this_dir/jazzer_driver --agent_path=\$this_dir/jazzer_agent_deploy.jar \\
    --cp=$RUNTIME_CLASSPATH \\
    --target_class=$target_class \\
    --instrumentation_includes='org.smpboot.**' --instrumentation_excludes='$excludes' $flags \\
    --jvm_args=\"$JVM_ARGS\" \\
    \$@" >"$OUT/$fuzzer"
    chmod u+x "$OUT/$fuzzer"
    # The entropic schedule's bounds are fuzz/lib.sh's fuzz_libfuzzer_flags (see the reason there).
    printf '[libfuzzer]\nmax_len = %s\ntimeout = %s\nrss_limit_mb = 0\n%s\n' "$max_len" "$timeout" \
        "$(sed -n 's/^fuzz_libfuzzer_flags=(\(.*\))$/\1/p' fuzz/lib.sh | tr ' ' '\n' | sed 's/^-//; s/=/ = /')" \
        >"$OUT/$fuzzer.options"
    (cd "$inputs/$corpus" && zip -q -r "$OUT/${fuzzer}_seed_corpus.zip" .)
done
