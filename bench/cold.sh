#!/usr/bin/env bash
# Cold start: one report from the shell, against LibreOffice's PDF export of the same workbook.
# Each is run once to warm the disk cache (and LibreOffice's profile), then 7 times; prints the median wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
input=samples/priya-raman.xlsx
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # label, command...
  local label=$1; shift
  "$@" >/dev/null 2>&1
  for i in 1 2 3 4 5 6 7; do
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
  done > "$out/times"
  echo "$label: median $(cut -d' ' -f1 "$out/times" | median) s wall, peak RSS $(cut -d' ' -f2 "$out/times" | median) KB"
}
run "readiness report (java -jar, cold JVM)" java -jar target/readiness.jar report "$input" -o "$out/r"
if command -v soffice >/dev/null; then
  run "soffice --headless --convert-to pdf" soffice -env:UserInstallation=file://$out/lo --headless --convert-to pdf \
    --outdir "$out/lo-pdf" "$input"
else
  echo "soffice is not installed: no comparison (apt-get install libreoffice-calc-nogui)"
fi
rm -rf "$out"
