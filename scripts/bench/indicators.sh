#!/usr/bin/env bash
# Benchmark of indicator values (docs/benchmarks.md): 1,008,000 measurements in a fresh database
# partnerskab_bench, then the latency of one indicator's series (3 areas × 10 years of months)
# through the packaged API, and the import speed of a 36,000-row CSV (preview and store).
# Needs Keycloak running (scripts/keycloak.sh start) and the jar (scripts/api.sh build).
#   scripts/bench/indicators.sh [REQUESTS]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

requests=${1:-200}
port=8090
management_port=9090
api="http://localhost:$port/api/v1"
jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
[[ -f $jar ]] || die "$jar is missing; run 'scripts/api.sh build' first"
"$ROOT/scripts/keycloak.sh" status | grep -q '^running' || die "Keycloak is not running; run 'scripts/keycloak.sh start'"
export PGPASSWORD=partnerskab
sql() { psql -h localhost -U partnerskab -d partnerskab_bench -v ON_ERROR_STOP=1 -qAt "$@"; }

require_free_port "$port" "benchmark API"
require_free_port "$management_port" "benchmark API management"
"$ROOT/scripts/postgres.sh" reset partnerskab_bench >/dev/null
say "starting the API on :$port against partnerskab_bench (Flyway creates the schema)"
PORT=$port MANAGEMENT_PORT=$management_port DB_URL=jdbc:postgresql://localhost:5432/partnerskab_bench MAIL_MOCK=true java -Xmx384m -XX:+ExitOnOutOfMemoryError -jar "$jar" >"$LOG_DIR/bench-api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for_url "http://localhost:$management_port/q/health/ready" 120 "The API" "$LOG_DIR/bench-api.log" "$pid"

say "seeding 2,800 indicators × 3 areas × 120 months = 1,008,000 measurements"
t0=$(date +%s.%N)
sql <<'SQL'
INSERT INTO partnership (id, name) VALUES ('00000000-0000-4000-d000-000000000001', 'Benchmark');
INSERT INTO indicator (id, partnership_id, code, name, unit, up_is_good, frequency, aggregation, baseline_value, baseline_period,
                       target_value, target_period, created_at, updated_at)
SELECT ('00000000-0000-4000-e000-' || lpad(g::text, 12, '0'))::uuid, '00000000-0000-4000-d000-000000000001', 'B-' || g,
       'Indikator ' || g, 'antal', false, 'MONTH', 'SUM', 60, '2016-12', 30, '2026-12', now(), now()
FROM generate_series(1, 2800) g;
INSERT INTO indicator_area (id, indicator_id, name, position)
SELECT gen_random_uuid(), i.id, a.name, a.pos FROM indicator i
CROSS JOIN (VALUES ('Herlev', 0), ('Ballerup', 1), ('Gladsaxe', 2)) AS a(name, pos);
INSERT INTO measurement (id, indicator_id, area_id, period, period_start, value, entered_at, entered_by)
SELECT gen_random_uuid(), a.indicator_id, a.id, to_char(d, 'YYYY-MM'), d::date, (random() * 40)::int, now(), 'benchmark'
FROM indicator_area a CROSS JOIN generate_series(date '2017-01-01', date '2026-12-01', interval '1 month') d;
ANALYZE measurement; ANALYZE indicator; ANALYZE indicator_area;
SQL
echo "    seeded $(sql -c 'select count(*) from measurement') rows in $(printf '%.0f' "$(echo "$(date +%s.%N) - $t0" | bc)") s"

token=$("$ROOT/scripts/keycloak.sh" token admin)
series="$api/partnerships/00000000-0000-4000-d000-000000000001/indicators/00000000-0000-4000-e000-000000001400/series"
curl -sf -H "Authorization: Bearer $token" "$series" -o /dev/null || die "the series request failed"
say "$requests series requests (360 values each), after 20 warm-up requests"
for _ in $(seq 20); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$series"; done
for _ in $(seq "$requests"); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$series"
done | sort -n | awk '{t[NR] = $1 * 1000} END {
  printf "    series: median %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)\n", t[int((NR + 1) / 2)], t[int(NR * 0.99 + 0.5)], t[NR], NR }'
curl -s -o /dev/null -H "Authorization: Bearer $token" "$series?aggregate=YEAR" -w '    series added up to years: %{time_total} s\n'
sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT area_id, period, value FROM measurement
        WHERE indicator_id = '00000000-0000-4000-e000-000000001400' ORDER BY period_start, area_id" | grep -E "Index|Execution" | sed 's/^/    /'

say "importing 36,000 rows (100 indicators × 3 areas × 120 months of 2027–2036)"
csv="$LOCAL/bench-import.csv"
sql -F ';' -c "SELECT 'indikator;område;periode;værdi'
  UNION ALL SELECT i.code || ';' || a.name || ';' || to_char(d, 'YYYY-MM') || ';' || (random() * 40)::int
  FROM indicator i JOIN indicator_area a ON a.indicator_id = i.id
  CROSS JOIN generate_series(date '2027-01-01', date '2036-12-01', interval '1 month') d
  WHERE i.code IN (SELECT 'B-' || g FROM generate_series(1, 100) g)" >"$csv"
rows=$(($(wc -l <"$csv") - 1))
import="$api/partnerships/00000000-0000-4000-d000-000000000001/measurements/import"
for mode in true false; do
  token=$("$ROOT/scripts/keycloak.sh" token admin)
  seconds=$(curl -s -o "$LOCAL/bench-import.json" -w '%{time_total}' -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    --data-binary "@$csv" "$import?dryRun=$mode&filename=bench.csv")
  grep -q '"rejected":0' "$LOCAL/bench-import.json" || die "the import rejected rows: $(head -c 300 "$LOCAL/bench-import.json")"
  printf '    import dryRun=%s: %d rows in %.2f s = %.0f rows/s\n' "$mode" "$rows" "$seconds" "$(echo "$rows / $seconds" | bc -l)"
done
token=$("$ROOT/scripts/keycloak.sh" token admin)
seconds=$(curl -s -o "$LOCAL/bench-import.json" -w '%{time_total}' -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
  --data-binary "@$csv" "$import?dryRun=false&filename=bench.csv")
grep -q "\"unchanged\":$rows" "$LOCAL/bench-import.json" || die "the second import changed something"
printf '    the same file again: %d rows unchanged in %.2f s\n' "$rows" "$seconds"
echo "    measurements now: $(sql -c 'select count(*) from measurement')"
