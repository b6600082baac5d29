#!/usr/bin/env bash
# A folder of 1,000 generated workbooks of distinct candidates -> 1,000 PDFs plus the summary, in one run of
# bin/readiness (its own heap and GC flags); the same for the first 100, to show memory stays flat; then
# LibreOffice's PDF export of the 1,000.
set -euo pipefail
cd "$(dirname "$0")/.."
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
if [ ! -d "$work/in1000" ]; then
  java -cp "$CP" dev.readiness.bench.GenerateBatch 1000 "$work/in1000" >/dev/null
  mkdir -p "$work/in100" && cp "$work"/in1000/candidate-00[0-9][0-9].xlsx "$work/in100/"
fi
measure() { # label, input dir, output dir
  rm -rf "$3"
  /usr/bin/time -v target/dist/readiness/bin/readiness report "$2" -o "$3" >/dev/null 2>"$work/time.txt" || true
  local wall rss n
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
  n=$(ls "$3" | grep -c '\.pdf$' || true)
  echo "$1: $n PDFs (incl. summary.pdf) in ${wall} s = $(awk -v n="$n" -v w="$wall" 'BEGIN{printf "%.1f", (n-1)/w}') reports/s, peak RSS ${rss} KB ($(awk -v r="$rss" 'BEGIN{printf "%.0f", r/1024}') MB; target: at most 256 MB)"
  last_wall=$wall
}
measure "readiness (bin/readiness), 100 workbooks" "$work/in100" "$work/out100"
measure "readiness (bin/readiness), 1000 workbooks" "$work/in1000" "$work/out1000"
readiness_wall=$last_wall
if command -v soffice >/dev/null && [ "${SKIP_SOFFICE:-}" = "" ]; then
  # One soffice call over all 1,000 files exits 0 after about 250 of them (seen with LibreOffice 7.4 here), so it
  # is given 200 files at a time; the calls run one after another, as one command would.
  rm -rf "$work/lo"
  start=$(date +%s.%N)
  ls "$work"/in1000/*.xlsx | xargs -n 200 soffice -env:UserInstallation=file://$work/lo-profile --headless \
    --convert-to pdf --outdir "$work/lo" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  lo_wall=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b-a}')
  echo "soffice --convert-to pdf, 1000 workbooks: $(ls "$work/lo" | wc -l) PDFs in ${lo_wall} s"
  echo "readiness against LibreOffice, same 1000 workbooks, this run: $(awk -v a="$readiness_wall" -v b="$lo_wall" \
    'BEGIN{printf "%.3f", a/b}')x the time (target: at most 0.15x, aim 0.1x)"
fi
echo "(files in $work)"
