#!/usr/bin/env bash
# make test: every test. Backend unit and @QuarkusTest suites on PostgreSQL; frontend lint, types
# and unit tests; then the packaged API, the real Keycloak and the built SPA are started with demo
# data for the integration suite (real tokens) and the browser end-to-end suite (Chromium).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started_keycloak=false
kc_job=
t0=$SECONDS
timings=()
step() { timings+=("$(printf '%-34s %4ss' "$1" $((SECONDS - ${2})))"); }

cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  [[ -n $kc_job ]] && wait "$kc_job" 2>/dev/null || true
  "$ROOT/scripts/spa.sh" stop || true
  "$ROOT/scripts/api.sh" stop || true
  if $started_keycloak; then "$ROOT/scripts/keycloak.sh" stop >/dev/null || true; fi
  if ((rc == 0)); then
    say "all tests passed in $((SECONDS - t0))s"
    printf '    %s\n' "${timings[@]}"
  else
    printf '\033[31mTESTS FAILED (exit %s) after %ss\033[0m\n' "$rc" $((SECONDS - t0)) >&2
  fi
  exit "$rc"
}
trap cleanup INT TERM EXIT

require_tools
require_free_port "$API_PORT" "API"
require_free_port "$MANAGEMENT_PORT" "API management"
require_free_port "$SPA_PORT" "SPA"

"$ROOT/scripts/postgres.sh" ensure partnerskab_test

# No Docker engine here; where a compose tool exists, let it validate the deployment file too.
if docker compose version >/dev/null 2>&1; then
  docker compose -f "$ROOT/docker-compose.yml" config -q || die "docker-compose.yml is invalid"
elif command -v docker-compose >/dev/null; then
  docker-compose -f "$ROOT/docker-compose.yml" config -q || die "docker-compose.yml is invalid"
fi

# Keycloak's first start takes ~45 s: let it come up while the backend suites run. The download
# goes first, in the foreground, so that two Maven processes never fill ~/.m2 at the same time.
"$ROOT/scripts/keycloak.sh" fetch
"$ROOT/scripts/keycloak.sh" status | grep -q '^running' || started_keycloak=true
KEYCLOAK_START_TIMEOUT=${KEYCLOAK_START_TIMEOUT:-420} "$ROOT/scripts/keycloak.sh" start >"$LOG_DIR/keycloak-start.log" 2>&1 &
kc_job=$!

s=$SECONDS
say "backend: unit and @QuarkusTest suites, then the packaged jar"
(cd "$ROOT" && mvn -B verify) || die "backend tests failed (reports in backend/target/surefire-reports)"
step "backend unit + @QuarkusTest" "$s"

s=$SECONDS
"$ROOT/scripts/spa.sh" install
say "frontend: generated types, format, lint, type check, unit tests, build"
cmp -s "$ROOT/frontend/src/api/schema.d.ts" <(cd "$ROOT/frontend" && npx --no-install openapi-typescript ../openapi.yaml 2>/dev/null) \
  || die "frontend/src/api/schema.d.ts is not what openapi.yaml generates; run 'make openapi' and commit the result"
(cd "$ROOT/frontend" && npx --no-install prettier --check . >/dev/null && npm run --silent lint && npm run --silent typecheck && npm test) \
  || die "frontend checks failed (formatting: npx prettier --write . in frontend/)"
"$ROOT/scripts/spa.sh" build
step "frontend lint + types + unit + build" "$s"

s=$SECONDS
wait "$kc_job" || { cat "$LOG_DIR/keycloak-start.log" >&2; die "Keycloak did not start"; }
kc_job=
"$ROOT/scripts/postgres.sh" reset partnerskab_e2e
"$ROOT/scripts/api.sh" start partnerskab_e2e true
"$ROOT/scripts/spa.sh" start
step "start stack (Keycloak, API, SPA)" "$s"

s=$SECONDS
say "integration: the packaged API with tokens from the real Keycloak"
(cd "$ROOT" && mvn -B -pl backend failsafe:integration-test failsafe:verify -Dit.test='*IT,!OutageIT' \
  -Dit.api-url="$API_URL" -Dit.management-url="$MANAGEMENT_URL" -Dit.keycloak-url="$KEYCLOAK_URL") || die "integration tests failed"
step "integration (packaged API + Keycloak)" "$s"

s=$SECONDS
"$ROOT/scripts/chromium.sh"
say "end to end: Chromium through the Keycloak login"
(cd "$ROOT/frontend" && E2E_BASE_URL="$SPA_URL" npm run test:e2e) || die "end-to-end tests failed"
step "end to end (Chromium)" "$s"

# Last, because it takes the database away from everything for a few seconds.
s=$SECONDS
say "fault: PostgreSQL restarts while a client writes; then Keycloak stops"
(cd "$ROOT" && mvn -B -pl backend failsafe:integration-test failsafe:verify -Dit.test=OutageIT \
  -Dit.restart-postgres="$ROOT/scripts/postgres.sh restart 6" \
  -Dit.stop-keycloak="$ROOT/scripts/keycloak.sh stop" \
  -Dit.api-url="$API_URL" -Dit.management-url="$MANAGEMENT_URL" -Dit.keycloak-url="$KEYCLOAK_URL") || die "outage test failed"
if ! $started_keycloak; then
  # It was running before the tests; leave it running after them.
  "$ROOT/scripts/keycloak.sh" start >"$LOG_DIR/keycloak-restart.log" 2>&1 &
fi
started_keycloak=false
step "fault (PostgreSQL restart, Keycloak stopped)" "$s"
