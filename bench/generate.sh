#!/usr/bin/env bash
# Generator benchmark (issue 13): builds the jar if needed, then runs bench/GenerateBenchmark.java
# on it, pinned to one core (taskset) with the heap the README recommends for a node that drafts
# quizzes, so running at all proves that heap is enough. Prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quiz-trainer.jar ] || mvn -B -q -DskipTests package
pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)
exec "${pin[@]}" java -Xmx2g -XX:ActiveProcessorCount=1 -cp target/quiz-trainer.jar bench/GenerateBenchmark.java
