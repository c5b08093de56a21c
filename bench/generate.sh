#!/usr/bin/env bash
# Generator benchmark (issue 3): builds the jar if needed, then runs bench/GenerateBenchmark.java
# on it with a 256 MB heap, so running at all proves the heap target. Prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quiz-trainer.jar ] || mvn -B -q -DskipTests package
exec java -Xmx256m -cp target/quiz-trainer.jar bench/GenerateBenchmark.java
