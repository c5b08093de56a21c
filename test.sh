#!/usr/bin/env bash
# Runs every test of Quiz Trainer. On a fresh Debian machine it first installs what is missing:
# a JDK, Maven, and Debian's chromium and chromium-driver for the browser tests.
#
#   ./test.sh              the whole suite on the embedded H2 database, then mutation testing
#   ./test.sh --postgres   the same, and the suite again on a throw-away PostgreSQL (Debian's,
#                          installed if missing) with the two-node tests, beside mutation
#                          testing. CI runs this.
set -euo pipefail
cd "$(dirname "$0")"

postgres=false
case "${1:-}" in
  --postgres) postgres=true ;;
  "") ;;
  *) echo "usage: $0 [--postgres]" >&2; exit 2 ;;
esac

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if $postgres && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Unit, property, DAO, HTTP, durability and browser tests (then, in a JVM of their own, the tests
# that need the language models); formatting check. The jar is built as part of verify.
mvn -B verify

# Mutation testing of the core (PIT) on the classes verify compiled; the build fails below the
# threshold in pom.xml.
mutation() {
  mvn -B -Pmutation org.pitest:pitest-maven:mutationCoverage
}

# The outside check of the public contract, when the shared tools sit beside this checkout.
check_api() {
  if [ -x ../shared/tools/check-api ] && command -v python3 >/dev/null 2>&1; then
    ../shared/tools/check-api
  fi
}
check_api

if ! $postgres; then
  mutation
  exit 0
fi

source scripts/throwaway-postgres.sh
throwaway_postgres_start

# Mutation testing keeps both cores busy while the PostgreSQL pass mostly waits on the database
# and sockets: run side by side they take about two minutes less than one after the other. Its
# report is printed when it ends.
mutation > target/mutation.log 2>&1 &
mutation_pid=$!

# The whole suite again, every test app on a fresh PostgreSQL database of its own, plus the
# tests that need PostgreSQL (two nodes); less the tests of the embedded H2 file itself, the
# tests that need the language models (their SQL is the same DAOs every app start runs), the
# browser tests (they drive the same handlers and SQL the HTTP tests run here), and the tests
# of the plain-Java core, which never touch a database (scripts/core-tests.txt).
QUIZ_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/" mvn -B surefire:test \
  -Dtests.excluded=h2-file,nlp,browser -Dsurefire.excludesFile=scripts/core-tests.txt \
  -Dtests.reports=target/surefire-reports-postgres

# The contract once more, with the app on PostgreSQL.
throwaway_postgres_createdb contract
QUIZ_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/contract" QUIZ_DB_USER=postgres check_api

status=0
wait "$mutation_pid" || status=$?
cat target/mutation.log
exit "$status"
