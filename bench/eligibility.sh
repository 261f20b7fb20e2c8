#!/usr/bin/env bash
# In-process eligibility evaluations per second: the seeded policy (0009-policy-seed.yaml, read without
# a database), 10,000 varied profiles, dates over 2024-2026, the full explanation built each time.
# The harness is a main class of the test sources (backend/src/test/java/vn/ansinh/policy/EligibilityBench.java)
# run with the test classpath; no server, no database.
# Usage: bench/eligibility.sh [seconds per round, default 10] [rounds, default 3] [threads, default: cores]
# Writes bench/results/<date>-eligibility.md with the machine, the commit, the load and the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_ROUND="${1:-10}"
ROUNDS="${2:-3}"
THREADS="${3:-$(nproc)}"
OUT="bench/results/$(date -u +%Y-%m-%d)-eligibility.md"
mkdir -p bench/target

(cd backend && ./mvnw -B -ntp -q -Pembedded test-compile \
  && ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=../bench/target/eligibility.cp)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
RESULT=$(cd backend && java -Xmx1g -cp "target/test-classes:target/classes:$(cat ../bench/target/eligibility.cp)" \
  vn.ansinh.policy.EligibilityBench "$SECONDS_PER_ROUND" "$ROUNDS" "$THREADS")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$RESULT"

{
  echo "# Eligibility evaluations in process — $(date -u +'%Y-%m-%d %H:%MZ')"
  echo
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)')"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo "- load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER"
  echo "- command: bench/eligibility.sh $SECONDS_PER_ROUND $ROUNDS $THREADS"
  echo
  echo '```'
  echo "$RESULT"
  echo '```'
} > "$OUT"
echo "wrote $OUT"
