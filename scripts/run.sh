#!/usr/bin/env bash
# make run: the whole system with demo data, in the foreground. Ctrl-C stops what it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
started_keycloak=false

cleanup() {
  trap - INT TERM EXIT
  echo
  say "stopping"
  "$ROOT/scripts/spa.sh" stop || true
  "$ROOT/scripts/api.sh" stop || true
  if $started_keycloak; then "$ROOT/scripts/keycloak.sh" stop >/dev/null || true; fi
}

newer_than() { # TARGET PATH...: true when TARGET is missing or any PATH has a newer file
  [[ -e $1 ]] || return 0
  local target=$1
  shift
  [[ -n $(find "$@" -newer "$target" -type f -print -quit 2>/dev/null) ]]
}

require_tools
require_free_port "$API_PORT" "API"
require_free_port "$MANAGEMENT_PORT" "API management"
require_free_port "$SPA_PORT" "SPA"

"$ROOT/scripts/postgres.sh" ensure partnerskab
"$ROOT/scripts/keycloak.sh" status | grep -q '^running' || started_keycloak=true
trap cleanup INT TERM EXIT
"$ROOT/scripts/keycloak.sh" start

if newer_than "$JAR" "$ROOT/pom.xml" "$ROOT/backend/pom.xml" "$ROOT/backend/src/main"; then
  "$ROOT/scripts/api.sh" build
fi
"$ROOT/scripts/api.sh" start partnerskab true

if newer_than "$ROOT/frontend/dist/index.html" "$ROOT/frontend/src" "$ROOT/frontend/index.html" \
  "$ROOT/frontend/package-lock.json" "$ROOT/frontend/vite.config.ts" "$ROOT/frontend/public"; then
  "$ROOT/scripts/spa.sh" build
fi
"$ROOT/scripts/spa.sh" start

cat <<TXT

  Partnerskabsportalen is running with demo data.

  Open:      $SPA_URL
  API:       $API_URL/api/v1   (contract: $MANAGEMENT_URL/q/openapi, health: $MANAGEMENT_URL/q/health/ready)
  Keycloak:  $KEYCLOAK_URL     (admin console: admin / admin)

  Demo logins (password = username):
    admin        administrator, sees every partnership
    sekretariat  Herlev Kommune, secretariat of Herlev–Ballerup–Gladsaxe and "Herlev passer på Herlev"
    herlev       Herlev Kommune, member of Herlev–Ballerup–Gladsaxe and "Herlev passer på Herlev"
    ballerup     Ballerup Kommune, member of Herlev–Ballerup–Gladsaxe
    gladsaxe     Gladsaxe Kommune, member of Herlev–Ballerup–Gladsaxe
    politi       Københavns Vestegns Politi, member of Herlev–Ballerup–Gladsaxe and "Herlev passer på Herlev"
    furesoe      Furesø Kommune, member of "Trygt Furesø" only
    lokalraad    Herlev Lokalråd, observer of Herlev–Ballerup–Gladsaxe

  Logs in .local/log/. Press Ctrl-C to stop.
TXT

while true; do
  for name in api spa; do
    pid=$(cat "$RUN_DIR/$name.pid" 2>/dev/null || true)
    if [[ -z $pid ]] || ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$LOG_DIR/$name.log" >&2 || true
      die "the $name process stopped; see $LOG_DIR/$name.log"
    fi
  done
  # sleep in the background: `wait` returns at once on a signal, so a plain kill -INT/-TERM works too
  sleep 2 &
  wait $! || true
done
