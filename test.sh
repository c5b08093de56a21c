#!/usr/bin/env bash
# Runs every test of Quiz Trainer. On a fresh Debian machine it first installs what is missing:
# a JDK, Maven, and Debian's chromium and chromium-driver for the browser tests.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Unit, property, DAO, HTTP, durability and browser tests; formatting check; mutation testing of
# the core (PIT). The jar is built as part of verify.
mvn -B -Pmutation verify

# The outside check of the public contract, when the shared tools sit beside this checkout.
if [ -x ../shared/tools/check-api ] && command -v python3 >/dev/null 2>&1; then
  ../shared/tools/check-api
fi
