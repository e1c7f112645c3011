#!/usr/bin/env bash
# The SPA: install npm packages, build it, serve the build on :5173, stop it.
#   scripts/spa.sh install | build | start | stop
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FRONTEND="$ROOT/frontend"

install() {
  # npm ci only when package-lock.json changed since the last install.
  local hash stamp="$FRONTEND/node_modules/.installed-lock.sha256"
  hash=$(sha256sum "$FRONTEND/package-lock.json" | cut -d' ' -f1)
  if [[ ! -f $stamp || $(cat "$stamp") != "$hash" ]]; then
    say "installing the SPA's npm packages"
    (cd "$FRONTEND" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed; check that the npm registry is reachable"
    echo "$hash" >"$stamp"
  fi
}

case ${1:-} in
  install) install ;;
  build)
    install
    say "building the SPA"
    (cd "$FRONTEND" && npm run --silent build >"$LOG_DIR/spa-build.log" 2>&1) || { tail -n 40 "$LOG_DIR/spa-build.log"; die "the SPA build failed; see $LOG_DIR/spa-build.log"; }
    ;;
  start)
    [[ -f $FRONTEND/dist/index.html ]] || die "the SPA is not built; run 'scripts/spa.sh build' first"
    require_free_port "$SPA_PORT" "SPA"
    say "serving the SPA on $SPA_URL"
    start_bg spa "$LOG_DIR/spa.log" bash -c "cd '$FRONTEND' && exec npx --no-install vite preview --port $SPA_PORT --strictPort --host localhost"
    wait_for_url "$SPA_URL/" 60 "The SPA server" "$LOG_DIR/spa.log" "$(cat "$RUN_DIR/spa.pid")"
    ;;
  stop) stop_bg spa ;;
  *) die "usage: $0 install | build | start | stop" ;;
esac
