#!/usr/bin/env bash
# 2,000 generated workbooks, one of them with a hostile name (GenerateBatch.HOSTILE), through bin/readiness. The
# hostile name itself is now written like any other; to show that one candidate that cannot be written never stops
# the batch, its report's file name is taken in advance by a folder of the user's (a folder in the way). Expected:
# 1,999 reports, the one listed with its reason, the summary made, exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
work=${BENCH_DIR:-$(mktemp -d)}
n=${N:-2000}
hostile=$((n / 2))
mkdir -p "$work"
if [ ! -d "$work/in$n" ]; then
  java -cp "$CP" dev.readiness.bench.GenerateBatch "$n" "$work/in$n" "$hostile" >/dev/null
fi
one=$(printf '%s/in%d/candidate-%04d.xlsx' "$work" "$n" "$hostile")
rm -rf "$work/probe" "$work/out"
target/dist/readiness/bin/readiness report "$one" -o "$work/probe" >/dev/null
base=$(ls "$work/probe")
echo "the hostile candidate's report: $base ($(printf '%s' "$base" | wc -c) bytes)"
mkdir -p "$work/out/$base" && echo mine > "$work/out/$base/notes.txt"
set +e
/usr/bin/time -v target/dist/readiness/bin/readiness report "$work/in$n" -o "$work/out" >"$work/stdout.txt" \
  2>"$work/stderr.txt"
code=$?
set -e
echo "exit code: $code (expected 1)"
echo "PDF reports: $(ls "$work/out" | grep -v '^summary' | grep -c '\.pdf$' || true) (the hostile one's name is a folder)"
echo "summary: $(ls "$work/out" | grep '^summary' | tr '\n' ' ')"
echo "failures listed: $(grep -c 'cannot write' "$work/stderr.txt" || true)"
grep 'cannot write' "$work/stderr.txt" | cut -c1-400
tail -1 "$work/stdout.txt"
grep -E 'Elapsed \(wall clock\)|Maximum resident' "$work/stderr.txt"
python3 - "$work/out/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("summary.json: candidates", s["candidates"], "rows", len(s["rows"]), "failures", [(f["file"], f["reason"][:80]) for f in s["failures"]])
PY
echo "(files in $work)"
