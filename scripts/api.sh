#!/usr/bin/env bash
# The API: build the runnable jar, start it against a database, stop it.
#   scripts/api.sh build            package the jar (skipping tests; they run in make test)
#   scripts/api.sh start DB [DEMO]  start the jar on :8080 against database DB; DEMO=true loads demo data
#   scripts/api.sh stop
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"

case ${1:-} in
  build)
    say "building the API"
    (cd "$ROOT" && mvn -B -q -DskipTests package) || die "the API build failed; run 'mvn -DskipTests package' to see why"
    ;;
  start)
    db=${2:?database name}
    demo=${3:-false}
    [[ -f $JAR ]] || die "$JAR is missing; run 'scripts/api.sh build' first"
    require_free_port "$API_PORT" "API"
    require_free_port "$MANAGEMENT_PORT" "API management"
    say "starting the API on $API_URL (database $db, demo data $demo)"
    # The jar runs in the prod profile, which sends real mail unless told otherwise; locally the mails
    # go to the log, as README.md says, unless the caller set MAIL_MOCK=false with an SMTP server.
    start_bg api "$LOG_DIR/api.log" env DB_URL="jdbc:postgresql://localhost:5432/$db" DEMO_DATA="$demo" \
      MAIL_MOCK="${MAIL_MOCK:-true}" MANAGEMENT_PORT="$MANAGEMENT_PORT" java -Xms64m -Xmx384m -XX:+ExitOnOutOfMemoryError -jar "$JAR"
    wait_for_url "$MANAGEMENT_URL/q/health/ready" 120 "The API" "$LOG_DIR/api.log" "$(cat "$RUN_DIR/api.pid")"
    ;;
  stop) stop_bg api ;;
  *) die "usage: $0 build | start DB [DEMO] | stop" ;;
esac
