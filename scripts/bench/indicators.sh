#!/usr/bin/env bash
# Benchmark of indicator values (docs/benchmarks.md): 1,008,000 measurements in a fresh database
# partnerskab_bench, then the latency of one indicator's series (3 areas × 10 years of months)
# through the packaged API, the import speed of a 36,000-row CSV (preview and store), a 100,000-row
# workbook preview, and what a hostile workbook (small packed, huge unpacked) does to the API.
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

say "a workbook of 100,000 rows, and a hostile one: 1.4 MB that unpacks to 90 MB"
python3 - "$LOCAL/bench-import.xlsx" "$LOCAL/bench-hostile.xlsx" <<'PY'
import sys, zipfile
def workbook(path, rows):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open('xl/worksheets/sheet1.xml', 'w') as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            for r, cells in rows():
                sheet.write(('<row r="%d">' % r + ''.join('<c t="inlineStr"><is><t>%s</t></is></c>' % c for c in cells) + '</row>').encode())
            sheet.write(b'</sheetData></worksheet>')
def values():
    yield 1, ['indikator', 'område', 'periode', 'værdi']
    r = 1
    for i in range(1, 281):
        for area in ['Herlev', 'Ballerup', 'Gladsaxe']:
            for month in range(120):
                r += 1
                if r > 100001:
                    return
                yield r, ['B-%d' % i, area, '%d-%02d' % (2037 + month // 12, month % 12 + 1), str(month % 40)]
def hostile():
    yield 1, ['indikator', 'område', 'periode', 'værdi']
    for r in range(2, 500001):
        yield r, ['x' * 150]
workbook(sys.argv[1], values)
workbook(sys.argv[2], hostile)
PY
xlsx_type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status"; }
token=$("$ROOT/scripts/keycloak.sh" token admin)
seconds=$(curl -s -o "$LOCAL/bench-import.json" -w '%{time_total}' -H "Authorization: Bearer $token" -H "Content-Type: $xlsx_type" \
  --data-binary "@$LOCAL/bench-import.xlsx" "$import?dryRun=true&filename=bench.xlsx")
grep -q '"created":100000' "$LOCAL/bench-import.json" || die "the workbook preview went wrong: $(head -c 300 "$LOCAL/bench-import.json")"
printf '    workbook preview: 100,000 rows (%s KB) in %.2f s; API resident memory after: %s\n' \
  "$(($(stat -c %s "$LOCAL/bench-import.xlsx") / 1024))" "$seconds" "$(rss)"
seconds=$(curl -s -o "$LOCAL/bench-import.json" -w '%{time_total} %{http_code}' -H "Authorization: Bearer $token" -H "Content-Type: $xlsx_type" \
  --data-binary "@$LOCAL/bench-hostile.xlsx" "$import?dryRun=true&filename=hostile.xlsx")
printf '    hostile workbook (%s KB packed, %s MB unpacked): answered %s in %s s; API resident memory after: %s\n' \
  "$(($(stat -c %s "$LOCAL/bench-hostile.xlsx") / 1024))" \
  "$(($(python3 -c "import zipfile,sys; print(sum(i.file_size for i in zipfile.ZipFile(sys.argv[1]).infolist()))" "$LOCAL/bench-hostile.xlsx") / 1048576))" \
  "${seconds#* }" "${seconds% *}" "$(rss)"
curl -sf -o /dev/null "http://localhost:$management_port/q/health/ready" || die "the API is not ready after the hostile workbook"
echo "    the API is ready afterwards"
