#!/usr/bin/env bash
# Cold start, as ratios to a hello-world JVM measured in the same run: `readiness --version` and one PDF report of
# one workbook through bin/readiness (target/dist, built by mvn package); java -jar and LibreOffice for comparison.
# Each command runs once to warm the disk cache, then 7 times; the median wall time and peak RSS are used.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
input=samples/priya-raman.xlsx
launcher=target/dist/readiness/bin/readiness
[ -x "$launcher" ] || { echo "no $launcher: run mvn package first" >&2; exit 2; }
mkdir -p "$out/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$out/hello/Hello.java"
javac -d "$out/hello" "$out/hello/Hello.java"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # name, command... -> prints "seconds KB": the median wall time (to the millisecond) and peak RSS
  local name=$1; shift
  "$@" >/dev/null 2>&1 || true
  for i in 1 2 3 4 5 6 7; do
    rm -rf "$out/r"
    local start end kb
    start=$(date +%s%N)
    kb=$(/usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1)
    end=$(date +%s%N)
    echo "$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", (b-a)/1e9}') $kb"
  done >"$out/t-$name"
  echo "$(cut -d' ' -f1 "$out/t-$name" | median) $(cut -d' ' -f2 "$out/t-$name" | median)"
}
read -r hello hello_kb < <(measure hello java -cp "$out/hello" Hello)
read -r version version_kb < <(measure version "$launcher" --version)
read -r report report_kb < <(measure report "$launcher" report "$input" -o "$out/r")
read -r jar jar_kb < <(measure jar java -jar target/readiness.jar report "$input" -o "$out/r")
ratio() { awk -v a="$1" -v b="$hello" 'BEGIN{printf "%.1fx", a/b}'; }
echo "hello world (java -cp . Hello):        $hello s, ${hello_kb} KB"
echo "readiness --version (bin/readiness):   $version s, ${version_kb} KB = $(ratio "$version") hello world (target: at most 2x)"
echo "readiness report, 1 workbook to PDF:   $report s, ${report_kb} KB = $(ratio "$report") hello world (target: at most 5x)"
echo "java -jar readiness.jar report (same): $jar s, ${jar_kb} KB = $(ratio "$jar") hello world"
if command -v soffice >/dev/null; then
  read -r lo lo_kb < <(measure lo soffice -env:UserInstallation=file://$out/lo --headless --convert-to pdf \
    --outdir "$out/lo-pdf" "$input")
  echo "soffice --convert-to pdf (same file):  $lo s, ${lo_kb} KB = $(ratio "$lo") hello world"
else
  echo "soffice is not installed: no comparison (apt-get install libreoffice-calc-nogui)"
fi
rm -rf "$out"
