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
format=${FORMAT:-pdf}
if [ ! -d "$work/in$n" ]; then
  # one workbook written by the tool's own writer, then copies with only the name and ID changed in its shared
  # strings (writing 2,000 through POI takes longer than the run measured)
  java -cp "$CP" dev.readiness.bench.GenerateBatch 1 "$work/seed" >/dev/null
  python3 - "$work/seed/candidate-0000.xlsx" "$work/in$n" "$n" "$hostile" <<'PY'
import os, sys, zipfile
src, out, n, hostile = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
os.makedirs(out, exist_ok=True)
with zipfile.ZipFile(src) as z:
    parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
HOSTILE = "a" * 59 + "\U00020000\U00020000\u202e\u6f22\u5b57"  # GenerateBatch.HOSTILE
for i in range(n):
    name = HOSTILE if i == hostile else "Candidate %04d" % i
    with zipfile.ZipFile(os.path.join(out, "candidate-%04d.xlsx" % i), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            if part == "xl/sharedStrings.xml":
                text = data.decode("utf-8")
                assert ">Candidate 0000<" in text and ">B-0<" in text
                data = text.replace(">Candidate 0000<", ">" + name + "<").replace(">B-0<", ">B-%d<" % i).encode("utf-8")
            z.writestr(part, data)
PY
fi
one=$(printf '%s/in%d/candidate-%04d.xlsx' "$work" "$n" "$hostile")
rm -rf "$work/probe" "$work/out"
target/dist/readiness/bin/readiness report "$one" --format "$format" -o "$work/probe" >/dev/null
base=$(ls "$work/probe")
echo "the hostile candidate's report: $base ($(printf '%s' "$base" | wc -c) bytes)"
mkdir -p "$work/out/$base" && echo mine > "$work/out/$base/notes.txt"
set +e
/usr/bin/time -v target/dist/readiness/bin/readiness report "$work/in$n" --format "$format" -o "$work/out" >"$work/stdout.txt" \
  2>"$work/stderr.txt"
code=$?
set -e
echo "exit code: $code (expected 1)"
echo "reports: $(find "$work/out" -maxdepth 1 -type f -name "*.$format" ! -name 'summary.*' | wc -l) files (the hostile one's name is taken by a folder)"
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
