#!/usr/bin/env bash
# Times `iasl -d` and `smpboot madt --batch --text` decoding the same MADTs: the real-firmware
# corpus copied 20 times over (about 22,000 files), whole process, both writing their full text
# decoding. iasl writes one .dsl file beside each table (it has no other mode); smpboot writes all
# listings, in file order, to one file. Not part of ./mvnw verify.
#
# Usage: modules/bench/scripts/madt-batch-vs-iasl.sh [COPIES] [RUNS]   (defaults 20 and 5)
# Env:   CORPUS=dir with tables/ (default ../shared/corpus, else the test zip)   WORK=scratch dir
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
copies=${1:-20}
runs=${2:-5}
work=${WORK:-$(mktemp -d /tmp/madt-bench.XXXXXX)}
# shellcheck source=../../../.ci/find-jdk.sh
. "$root/.ci/find-jdk.sh"
smpboot_select_jdk || exit 1

if ! command -v iasl >/dev/null 2>&1; then
    echo "madt-batch-vs-iasl: installing iasl (Debian acpica-tools)..." >&2
    if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    env DEBIAN_FRONTEND=noninteractive $apt_get install -y acpica-tools >/dev/null \
        || { env DEBIAN_FRONTEND=noninteractive $apt_get update >/dev/null && env DEBIAN_FRONTEND=noninteractive $apt_get install -y acpica-tools >/dev/null; }
fi
iasl_version=$(iasl -v 2>&1 | sed -n 's/.*version \([0-9]*\).*/\1/p' | head -n 1)

cli="$root/modules/cli/target"
if [ ! -f "$cli/smpboot-cli.jar" ]; then
    (cd "$root" && ./mvnw -q -B -pl modules/cli -am -DskipTests package)
fi

# The corpus tables, flattened into one directory, then COPIES directories of them.
one="$work/one"
rm -rf "$work/one" "$work/copies"
mkdir -p "$one" "$work/copies"
corpus=${CORPUS:-$root/../shared/corpus}
if [ -d "$corpus/tables" ]; then
    (cd "$corpus/tables" && find . -name '*.bin' | while read -r f; do cp "$f" "$one/$(echo "${f#./}" | tr / _)"; done)
else
    (cd "$one" && unzip -q -j "$root/modules/acpi/src/test/resources/corpus/madt-corpus.zip" 'tables/*.bin')
fi
for i in $(seq -w 1 "$copies"); do mkdir "$work/copies/c$i" && cp "$one"/*.bin "$work/copies/c$i/"; done
files=$(find "$work/copies" -name '*.bin' | wc -l)

java_cmd=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED
    -p "$cli/lib:$cli/smpboot-cli.jar" -m org.smpboot.cli/org.smpboot.cli.Main)
# A JDK 25 AOT cache (classes loaded and linked, method profiles) from a training run on one copy,
# so the measured run starts warm; C1 only and the serial collector suit a run of a few hundred ms.
jvm_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms1g -Xmn512m)
aot="$work/madt.aot"
"$JAVA_HOME/bin/java" "${jvm_flags[@]}" -XX:AOTCacheOutput="$aot" "${java_cmd[@]:1}" madt --batch "$one" --text \
    --output "$work/training.txt" >/dev/null 2>&1
jvm_flags+=(-XX:AOTCache="$aot")

measure() { # runs "$@"; prints "wall cpu" seconds (cpu = user + system of the process and its children)
    local start end before after me=$BASHPID
    before=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    after=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
    echo "$(echo "$end - $start" | bc -l) $(echo "($after - $before) / $(getconf CLK_TCK)" | bc -l)"
}
iasl_all() { # one iasl process per copy directory (22,000 names exceed one command line)
    for d in "$work/copies"/c*; do (cd "$d" && iasl -d ./*.bin); done
}
smpboot_all() {
    "$JAVA_HOME/bin/java" "${jvm_flags[@]}" "${java_cmd[@]:1}" madt --batch "$work/copies" --text --output "$work/smpboot.txt"
}

iasl_times=(); iasl_cpu=()
smpboot_times=(); smpboot_cpu=()
for _ in $(seq "$runs"); do
    find "$work/copies" -name '*.dsl' -delete
    read -r wall cpu < <(measure iasl_all); iasl_times+=("$wall"); iasl_cpu+=("$cpu")
    read -r wall cpu < <(measure smpboot_all); smpboot_times+=("$wall"); smpboot_cpu+=("$cpu")
done
iasl_bytes=$(find "$work/copies" -name '*.dsl' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)
smpboot_bytes=$(stat -c %s "$work/smpboot.txt")

stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "min %.3f s, median %.3f s", a[1], a[int((NR+1)/2)]}'; }
best() { printf '%s\n' "$@" | sort -g | head -n 1; }
echo "files:   $files MADTs ($copies copies of the corpus), $runs runs each, $(nproc) cores"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times; CPU times are steadier)"
echo "iasl:    wall $(stats "${iasl_times[@]}"); cpu $(stats "${iasl_cpu[@]}")  (iasl $iasl_version -d, $((files / $(find "$work/copies" -mindepth 1 -maxdepth 1 -type d | wc -l))) files per process, .dsl files: $((iasl_bytes / 1048576)) MiB)"
echo "smpboot: wall $(stats "${smpboot_times[@]}"); cpu $(stats "${smpboot_cpu[@]}")  (one JVM, all cores, one listing file: $((smpboot_bytes / 1048576)) MiB)"
echo "speedup: wall $(echo "$(best "${iasl_times[@]}") / $(best "${smpboot_times[@]}")" | bc -l | xargs printf '%.1f')x, cpu $(echo "$(best "${iasl_cpu[@]}") / $(best "${smpboot_cpu[@]}")" | bc -l | xargs printf '%.1f')x (best against best)"
[ -n "${WORK:-}" ] || rm -rf "$work"
