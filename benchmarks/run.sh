#!/usr/bin/env bash
# Builds the benchmarks and runs the performance comparison: xtp4j against chicory-sdk 0.3.0 (JMH, one run), the
# retained heap per instance, and the Extism JS SDK on node; prints the comparison tables.
#
#   benchmarks/run.sh [--quick] [--no-build] [--no-node] [--out DIR] [-- EXTRA JMH ARGS]
#
#   --quick     1 warmup and 1 measurement iteration of 0.3 s (a smoke test: the numbers mean little)
#   --no-build  use the existing benchmarks/target/benchmarks.jar
#   --no-node   skip the Extism JS SDK
#   --out DIR   where results go (default benchmarks/target/results/jdk<N>)
#   BENCH_JAVA  the java to run the benchmarks with (default: java on the PATH); Maven builds with its own JDK.
#               Example: BENCH_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java benchmarks/run.sh
#
# Writes jmh.json, jmh.log, footprint.json, report.md, node.json and node.md to the output directory.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
java=${BENCH_JAVA:-java}
quick=false build=true node=true out=""
jmh_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    --no-node) node=false ;;
    --out) out=$2; shift ;;
    --) shift; jmh_extra=("$@"); break ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done

cd "$root"
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
out=${out:-benchmarks/target/results/jdk$feature}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if $build; then
  echo "== build: mvn -B -q -Pbench -pl benchmarks -am package -DskipTests"
  mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
fi
jar=benchmarks/target/benchmarks.jar

timing=()
if $quick; then
  timing=(-wi 1 -i 1 -w 300ms -r 300ms)
fi
echo "== JMH ($("$java" -version 2>&1 | head -1)): xtp4j vs chicory-sdk"
"$java" -jar "$jar" 'dev\.xtp4j\.benchmarks\.plugins\..*' -prof gc -prof dev.xtp4j.benchmarks.plugins.CpuTimeProfiler \
  -rf json -rff "$out/jmh.json" \
  ${timing[@]+"${timing[@]}"} ${jmh_extra[@]+"${jmh_extra[@]}"} | tee "$out/jmh.log"

echo "== retained heap per instance"
"$java" -Djdk.attach.allowAttachSelf=true -cp "$jar" dev.xtp4j.benchmarks.plugins.Footprint \
  --out "$out/footprint.json"

if $node; then
  echo "== Extism JS SDK ($(node --version))"
  (
    cd benchmarks/peers/node
    [ -d node_modules ] || npm ci --prefer-offline --no-audit --no-fund
    node_args=()
    $quick && node_args=(--warmup 1 --rounds 1 --round-ms 300)
    node --no-warnings bench.mjs --jmh "$out/jmh.json" --out "$out/node.json" ${node_args[@]+"${node_args[@]}"} \
      > "$out/node.md"
  )
fi

echo
echo "== xtp4j vs chicory-sdk 0.3.0 (same JMH run, same wasm files)"
"$java" -cp "$jar" dev.xtp4j.benchmarks.plugins.Report --jmh "$out/jmh.json" --footprint "$out/footprint.json" \
  --out "$out/report.md"
if $node; then
  echo
  echo "== xtp4j vs the Extism JS SDK"
  cat "$out/node.md"
fi
echo
echo "results: $out"
