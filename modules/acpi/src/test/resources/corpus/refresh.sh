#!/usr/bin/env bash
# Rebuilds madt-corpus.zip, the copy of the shared MADT corpus that the tests read, so that a
# fresh CI machine without /work/shared can run them.
#
# Usage: refresh.sh [CORPUS_DIR]   (default: ../shared/corpus relative to the repository root)
#
# Takes tables/**/*.bin and the iasl 20250404 decodings beside them (*.iasl-20250404.dsl), the
# MANIFEST.tsv and acpidump/*.txt. File times are fixed so the zip is reproducible.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
corpus="${1:-$root/../shared/corpus}"
[[ -f "$corpus/MANIFEST.tsv" ]] || { echo "refresh.sh: no MANIFEST.tsv in $corpus" >&2; exit 2; }
command -v zip >/dev/null || { echo "refresh.sh: needs zip (apt-get install zip)" >&2; exit 2; }
out="$here/madt-corpus.zip"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$corpus" && find tables -name '*.bin' -o -name '*.iasl-20250404.dsl' | sort > "$work/list"
 echo MANIFEST.tsv >> "$work/list"; find acpidump -name '*.txt' | sort >> "$work/list")
(cd "$corpus" && tar -cf - -T "$work/list") | (cd "$work" && mkdir copy && cd copy && tar -xf -)
find "$work/copy" -exec touch -h -d '2026-01-01 00:00:00Z' {} +
rm -f "$out"
(cd "$work/copy" && zip -q -X -9 "$out" -@ < "$work/list")
echo "refresh.sh: wrote $out ($(wc -c < "$out") bytes, $(wc -l < "$work/list") files)"
