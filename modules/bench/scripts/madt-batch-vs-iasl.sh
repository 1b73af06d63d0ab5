#!/usr/bin/env bash
# Times `iasl -d` and `smpboot madt --batch --text` decoding the same MADTs: the real-firmware
# corpus copied 20 times over (about 22,000 files), whole process, both writing their full text
# decoding. iasl writes one .dsl file beside each table (it has no other mode); smpboot writes all
# listings, in file order, to one file. Not part of ./mvnw verify.
#
# Each iasl run gets a fresh copy of the tables (made before the clock starts, and no tree deleted
# before the end), so it creates its .dsl files where no files were just deleted: on ext4 (this
# machine's file system), creating files where thousands were just deleted costs about 400 us of
# system time each, which would make iasl four times slower for reasons that are not iasl's. That slower case, iasl re-run after its
# .dsl files were deleted, is timed once as well and reported apart. smpboot reads its own copy,
# so it never sees iasl's .dsl files, and writes a new output file each run.
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

# The corpus tables, flattened into one directory, then COPIES directories of them: one tree for
# smpboot, and one fresh tree per iasl run.
one="$work/one"
rm -rf "$work/one" "$work/copies" "$work"/iasl-*
mkdir -p "$one"
corpus=${CORPUS:-$root/../shared/corpus}
if [ -d "$corpus/tables" ]; then
    (cd "$corpus/tables" && find . -name '*.bin' | while read -r f; do cp "$f" "$one/$(echo "${f#./}" | tr / _)"; done)
else
    (cd "$one" && unzip -q -j "$root/modules/acpi/src/test/resources/corpus/madt-corpus.zip" 'tables/*.bin')
fi
tree() { # tree DIR: COPIES directories c01.. holding the corpus
    mkdir -p "$1"
    for i in $(seq -w 1 "$copies"); do mkdir "$1/c$i" && cp "$one"/*.bin "$1/c$i/"; done
}
tree "$work/copies"
files=$(find "$work/copies" -name '*.bin' | wc -l)

java_cmd=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED,org.smpboot.cli
    -p "$cli/lib:$cli/smpboot-cli.jar" -m org.smpboot.cli/org.smpboot.cli.Main)
# A JDK 25 AOT cache (classes loaded and linked, method profiles) from a training run on one copy,
# so the measured run starts warm; C1 only and the serial collector suit a run of a few hundred ms.
# A small young generation: the run allocates little, and reusing 32 MiB of eden costs less than
# the kernel zeroing fresh pages for a large one (0.2 s of system time with -Xmn512m).
jvm_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn32m)
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
iasl_all() { # iasl_all TREE: one iasl process per copy directory (22,000 names exceed one command line)
    for d in "$1"/c*; do (cd "$d" && iasl -d ./*.bin); done
}
smpboot_all() { # smpboot_all OUTPUT
    "$JAVA_HOME/bin/java" "${jvm_flags[@]}" "${java_cmd[@]:1}" madt --batch "$work/copies" --text --output "$1"
}

iasl_times=(); iasl_cpu=()
smpboot_times=(); smpboot_cpu=()
for run in $(seq "$runs"); do
    # Trees are kept until the end: deleting one frees the inodes and blocks the next would get.
    tree "$work/iasl-$run"
    sync
    read -r wall cpu < <(measure iasl_all "$work/iasl-$run"); iasl_times+=("$wall"); iasl_cpu+=("$cpu")
    rm -f "$work"/smpboot-*.txt
    sync
    read -r wall cpu < <(measure smpboot_all "$work/smpboot-$run.txt"); smpboot_times+=("$wall"); smpboot_cpu+=("$cpu")
done
# iasl again on the last tree, after deleting the .dsl files it wrote: the file system's slow case.
find "$work/iasl-$runs" -name '*.dsl' -delete
sync
read -r rerun_wall rerun_cpu < <(measure iasl_all "$work/iasl-$runs")
iasl_bytes=$(find "$work/iasl-$runs" -name '*.dsl' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)
smpboot_bytes=$(stat -c %s "$work/smpboot-$runs.txt")

stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {printf "min %.3f s, median %.3f s", a[1], a[int((NR+1)/2)]}'; }
best() { printf '%s\n' "$@" | sort -g | head -n 1; }
echo "files:   $files MADTs ($copies copies of the corpus), $runs runs each, $(nproc) cores"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times; CPU times are steadier)"
echo "iasl:    wall $(stats "${iasl_times[@]}"); cpu $(stats "${iasl_cpu[@]}")  (iasl $iasl_version -d, $((files / copies)) files per process, .dsl files: $((iasl_bytes / 1048576)) MiB)"
echo "smpboot: wall $(stats "${smpboot_times[@]}"); cpu $(stats "${smpboot_cpu[@]}")  (one JVM, all cores, one listing file: $((smpboot_bytes / 1048576)) MiB)"
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.1f'; }
echo "speedup: wall $(ratio "$(best "${iasl_times[@]}")" "$(best "${smpboot_times[@]}")")x, cpu $(ratio "$(best "${iasl_cpu[@]}")" "$(best "${smpboot_cpu[@]}")")x (best against best, iasl writing into fresh directories)"
echo "re-run:  iasl after deleting its .dsl files: wall $(printf '%.3f' "$rerun_wall") s, cpu $(printf '%.3f' "$rerun_cpu") s; smpboot's best is $(ratio "$rerun_wall" "$(best "${smpboot_times[@]}")")x faster (wall) than that"
[ -n "${WORK:-}" ] || rm -rf "$work"
