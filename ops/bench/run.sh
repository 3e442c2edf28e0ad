#!/usr/bin/env bash
# One command, one dataset, every figure: builds the node, starts it in-process on a fresh embedded PostgreSQL,
# generates the history of the chosen scale and measures on it (see the README, section "Benchmark").
#   ops/bench/run.sh --scale small|district|city [--seed N] [--http-seconds S] [--vanilla-max-seconds S]
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=small
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
case "$scale" in small|district|city) ;; *) echo "usage: $0 --scale small|district|city" >&2; exit 2 ;; esac
./mvnw -q -DskipTests package
# the packaged jar is a Spring Boot jar: its launcher puts BOOT-INF/lib on the classpath for the Bench main class
# the node must do all of it within the 1 GiB heap the issue allows (BENCH_JAVA_OPTS overrides)
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -Dloader.main=vn.thidua.ledger.ops.bench.Bench \
  -cp ops/target/thidua-ledger.jar org.springframework.boot.loader.launch.PropertiesLauncher \
  --scale "$scale" --data-dir ops/target/bench-data "${args[@]}"
