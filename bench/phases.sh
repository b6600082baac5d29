#!/usr/bin/env bash
# Where a cold one-workbook PDF report spends its time: the JVM's uptime when each stage first loads a class of its
# own package (-Xlog:class+load), so each line's difference to the next is roughly that stage's cost. Run after
# mvn package; the figures are from one run, so run it twice or three times.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/dist/readiness/bin/readiness
[ -x "$launcher" ] || { echo "no $launcher: run mvn package first" >&2; exit 2; }
log=$(mktemp)
out=$(mktemp -d)
start=$(date +%s%N)
READINESS_JAVA_OPTS="-Xlog:class+load:file=$log:uptime" "$launcher" report "${1:-samples/priya-raman.xlsx}" \
  -o "$out" >/dev/null
end=$(date +%s%N)
first() { # label, package prefix
  grep -m1 " $2" "$log" | sed 's/^\[\([0-9.]*\)s\].*/\1/' | awk -v l="$1" '{printf "%6.0f ms  %s\n", $1 * 1000, l}'
}
{
  first "command line (picocli)" "picocli."
  first "rubric" "dev.readiness.rubric.RubricLoader"
  first "fonts (OpenPDF)" "com.lowagie.text.pdf.BaseFont"
  first "workbook read (POI)" "org.apache.poi."
  first "scoring and plan" "dev.readiness.scoring"
  first "PDF pages and charts (OpenPDF, JFreeChart)" "dev.readiness.pdf.SummaryChapter"
} | sort -n
tail -1 "$log" | sed 's/^\[\([0-9.]*\)s\].*/\1/' | awk '{printf "%6.0f ms  last class loaded\n", $1 * 1000}'
echo "$(( (end - start) / 1000000 )) ms  the whole run, as the user waits for it"
rm -rf "$log" "$out"
