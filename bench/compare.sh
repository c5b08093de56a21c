#!/usr/bin/env bash
# Issue 8: the stack benchmark (issue 7, bench/throughput.sh) and the live-session benchmark
# (issue 5, bench/live.sh), each on the embedded H2 and on a throw-away PostgreSQL on the same
# machine, in one run. Prints every figure, then the two databases side by side. Needs Debian's
# postgresql package; builds the jar if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quiz-trainer.jar ] || mvn -B -q -DskipTests package
source scripts/throwaway-postgres.sh
throwaway_postgres_start
out=$(mktemp -d /tmp/quiz-trainer-compare.XXXXXX)
pg() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"; }

echo "== throughput, H2 =="
bench/throughput.sh | tee "$out/throughput-h2.txt"
echo "== throughput, PostgreSQL =="
throwaway_postgres_createdb throughput
BENCH_DB_URL=$(pg throughput) BENCH_DB_USER=postgres bench/throughput.sh \
  | tee "$out/throughput-pg.txt"
echo "== live session, H2 =="
bench/live.sh | tee "$out/live-h2.txt"
echo "== live session, PostgreSQL =="
throwaway_postgres_createdb live
BENCH_DB_URL=$(pg live) BENCH_DB_USER=postgres bench/live.sh | tee "$out/live-pg.txt"

# Each figure of one database's run beside the other's.
side() { # side FILE-STEM LABEL PATTERN [NTH]
  local n=${4:-1}
  echo "$2"
  echo "  H2:         $(grep -E -- "$3" "$out/$1-h2.txt" | sed -n "${n}p" | sed 's/^ *//')"
  echo "  PostgreSQL: $(grep -E -- "$3" "$out/$1-pg.txt" | sed -n "${n}p" | sed 's/^ *//')"
}
echo
echo "== side by side ($(nproc) cores, $(date -u +%F)) =="
side throughput "(a) /health" '^\(a\)'
side throughput "    where the CPU went" 'cores busy' 1
side throughput "(b) quiz page" '^\(b\)'
side throughput "    where the CPU went" 'cores busy' 2
side throughput "(c) durable answers" '^\(c\)'
side throughput "    where the CPU went" 'cores busy' 3
side throughput "(d) 500 students at a human pace" '^\(d\)'
side throughput "    where the CPU went" 'cores busy' 4
side live "live: answer latency" 'answer latency'
side live "live: next -> every device" 'advance to last'
side live "live: answers" '^answers:'
side live "live: server heap" 'peak heap'
echo "(full output in $out)"
