#!/usr/bin/env bash
# Cold start, as ratios to a hello-world JVM measured in the same run: `readiness --version` and one PDF report of
# one workbook through bin/readiness (target/dist, built by mvn package); java -jar and LibreOffice for comparison.
# Also the libraries' floor that issue 13 names (bench/floor/Floor.java: one POI read and one OpenPDF page with a
# JFreeChart chart, nothing of the tool's), run by the same runtime with its own class-data archive and the
# launcher's flags, so the report's distance from what its libraries cost can be read off the same run.
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
runtime=target/dist/readiness/runtime/bin/java
mkdir -p "$out/floor"
javac -d "$out/floor" -cp target/readiness.jar bench/floor/Floor.java
jar cf "$out/floor/floor.jar" -C "$out/floor" Floor.class
floor_cp=target/readiness.jar:$out/floor/floor.jar
"$runtime" -XX:DumpLoadedClassList="$out/floor/classes.lst" -Djava.awt.headless=true -cp "$floor_cp" \
  Floor "$input" "$out/floor/train.pdf"
"$runtime" -Xshare:dump -XX:SharedClassListFile="$out/floor/classes.lst" -XX:SharedArchiveFile="$out/floor/floor.jsa" \
  -XX:+UseSerialGC -Xlog:disable -cp "$floor_cp" >/dev/null 2>&1
# without its archive the floor would run slower and flatter the report's ratio to it
[ -s "$out/floor/floor.jsa" ] || { echo "the floor's class-data archive was not made" >&2; exit 1; }
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
read -r floor floor_kb < <(measure floor "$runtime" -XX:SharedArchiveFile="$out/floor/floor.jsa" -Xshare:auto \
  -Xlog:disable -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss1m -Xmx200m -Djava.awt.headless=true \
  -cp "$floor_cp" \
  Floor "$input" "$out/floor/out.pdf")
read -r jar jar_kb < <(measure jar java -jar target/readiness.jar report "$input" -o "$out/r")
ratio() { awk -v a="$1" -v b="$hello" 'BEGIN{printf "%.1fx", a/b}'; }
echo "hello world (java -cp . Hello):        $hello s, ${hello_kb} KB"
echo "readiness --version (bin/readiness):   $version s, ${version_kb} KB = $(ratio "$version") hello world (target: at most 2x)"
echo "readiness report, 1 workbook to PDF:   $report s, ${report_kb} KB = $(ratio "$report") hello world (target: at most 5x)"
echo "libraries' floor (bench/floor):        $floor s, ${floor_kb} KB = $(ratio "$floor") hello world;\
 the report is $(awk -v a="$report" -v b="$floor" 'BEGIN{printf "%.2fx", a/b}') the floor"
echo "java -jar readiness.jar report (same): $jar s, ${jar_kb} KB = $(ratio "$jar") hello world"
if command -v soffice >/dev/null; then
  read -r lo lo_kb < <(measure lo soffice -env:UserInstallation=file://$out/lo --headless --convert-to pdf \
    --outdir "$out/lo-pdf" "$input")
  echo "soffice --convert-to pdf (same file):  $lo s, ${lo_kb} KB = $(ratio "$lo") hello world"
else
  echo "soffice is not installed: no comparison (apt-get install libreoffice-calc-nogui)"
fi
rm -rf "$out"
