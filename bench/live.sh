#!/usr/bin/env bash
# Live-session benchmark (issue 5): 500 students in one teacher-paced session against the real
# server in its own JVM with a 384 MB heap. Builds the jar if needed. Prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quiz-trainer.jar ] || mvn -B -q -DskipTests package
exec java -cp target/quiz-trainer.jar bench/LiveBenchmark.java "$@"
