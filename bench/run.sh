#!/usr/bin/env bash
# Runs the benchmarks. Usage: bench/run.sh [scoring|plan|report|alpha|cold|batch|hostile]... (default: scoring plan report alpha cold)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q -Dstyle.color=never -DskipTests package test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >target/bench-build.log 2>&1 \
  || { cat target/bench-build.log; exit 1; }
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
what=("$@")
[ ${#what[@]} -gt 0 ] || what=(scoring plan report alpha cold)
for w in "${what[@]}"; do
  case "$w" in
    # JMH: one forked JVM, 5 warm-up and 10 measured seconds (see Bench's annotations); the mean time of one operation
    scoring|plan|report|alpha) java -cp "$CP" org.openjdk.jmh.Main "dev\.readiness\.bench\.Bench\.$w\$" ;;
    cold) bash bench/cold.sh ;;
    batch) bash bench/batch.sh ;;
    hostile) bash bench/hostile.sh ;;
    *) echo "unknown benchmark $w" >&2; exit 2 ;;
  esac
done
