#!/usr/bin/env bash
# Stack benchmark (issue 7): /health throughput as the ceiling, the quiz page rendered with jte,
# durable answers, and answer latency with 500 concurrent students, against the real server in
# its own JVM. Builds the jar if needed. Prints its figures and the ratios to /health.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quiz-trainer.jar ] || mvn -B -q -DskipTests package
exec java -cp target/quiz-trainer.jar bench/ThroughputBenchmark.java "$@"
