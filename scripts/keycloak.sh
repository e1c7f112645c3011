#!/usr/bin/env bash
# Local Keycloak for development and tests: a real Keycloak 26 server (dev mode, H2 database)
# on http://localhost:8180 with the realm "partnerskab" imported from keycloak/partnerskab-realm.json.
#
#   scripts/keycloak.sh fetch            download and unpack the Keycloak distribution (once)
#   scripts/keycloak.sh start            start it (or reuse a running one) and wait until the realm answers
#   scripts/keycloak.sh stop             stop it (no error when it is not running)
#   scripts/keycloak.sh status           print "running" / "not running"
#   scripts/keycloak.sh token USER [PW]  print an access token (password grant on partnerskab-cli; PW defaults to USER)
#   scripts/keycloak.sh token --integration
#                                        print a client-credentials token of partnerskab-integration
#
# Environment (all optional):
#   KEYCLOAK_JAVA_HOME     JDK to run Keycloak with (default: Temurin 25 if installed, else the default java)
#   JAVA_OPTS_KC_HEAP      heap options read by kc.sh (kc.sh's default: -Xms64m -Xmx512m)
#   KEYCLOAK_JAVA_OPTS     replaces kc.sh's whole default JAVA_OPTS (a JAVA_OPTS in the environment is ignored)
#   KEYCLOAK_START_TIMEOUT seconds to wait for the realm at start (default 180)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#                          master-realm admin for the admin console (default admin / admin; dev only)
set -euo pipefail

KC_VERSION=26.7.3
PORT=8180
REALM=partnerskab
BASE_URL="http://localhost:${PORT}"
REALM_URL="${BASE_URL}/realms/${REALM}"
WELL_KNOWN="${REALM_URL}/.well-known/openid-configuration"
TOKEN_URL="${REALM_URL}/protocol/openid-connect/token"
INTEGRATION_SECRET=partnerskab-integration-dev-secret

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

KC_PARENT="$ROOT/.local/keycloak"
KC_HOME="$KC_PARENT/keycloak-${KC_VERSION}"
REALM_JSON="$ROOT/keycloak/partnerskab-realm.json"
LOG_DIR="$ROOT/.local/log"
RUN_DIR="$ROOT/.local/run"
LOG_FILE="$LOG_DIR/keycloak.log"
PID_FILE="$RUN_DIR/keycloak.pid"
HASH_FILE="$KC_HOME/data/realm-import.sha256"

die() { echo "keycloak.sh: $*" >&2; exit 1; }
info() { echo "keycloak.sh: $*"; }

need_cmd() { command -v "$1" >/dev/null 2>&1 || die "$1 is required but not installed${2:+ ($2)}"; }

# ---------------------------------------------------------------- helpers

http_code() { # URL -> HTTP status code ("000" when nothing answers)
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

realm_ready() { [ "$(http_code "$WELL_KNOWN")" = "200" ]; }

port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "( sport = :${PORT} )" 2>/dev/null | grep -q . && return 0
  fi
  # fall back to (or double-check with) a connect attempt on IPv4 and IPv6 loopback
  (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/${PORT}") 2>/dev/null && return 0
  return 1
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

recorded_pid() { [ -f "$PID_FILE" ] && tr -dc '0-9' <"$PID_FILE" || true; }

# PIDs of processes running our distribution (java started by kc.sh carries -Dkc.home.dir=<dist>/bin/..)
our_java_pids() {
  local p cmd
  for p in /proc/[0-9]*; do
    cmd="$( { tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null || true)"
    case "$cmd" in
      *"-Dkc.home.dir=${KC_HOME}/bin/.."*) echo "${p#/proc/}" ;;
    esac
  done
}

pick_java_home() {
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then
    echo "$KEYCLOAK_JAVA_HOME"
  elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    echo /usr/lib/jvm/temurin-25-jdk-amd64
  elif [ -n "${JAVA_HOME:-}" ] && [ -x "${JAVA_HOME}/bin/java" ]; then
    echo "$JAVA_HOME"
  else
    local j
    j="$(command -v java || true)"
    [ -n "$j" ] || die "java is not installed (Keycloak ${KC_VERSION} needs JDK 17 or newer): apt-get install openjdk-17-jre-headless"
    dirname "$(dirname "$(readlink -f "$j")")"
  fi
}

unzip_to() { # ZIP DIR
  local zip="$1" dir="$2"
  if ! command -v unzip >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    info "unzip is missing; installing it with apt-get"
    (apt-get install -y -q unzip >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q unzip >/dev/null 2>&1; }) || true
  fi
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$dir"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$dir"
  elif command -v jar >/dev/null 2>&1; then
    (cd "$dir" && jar xf "$zip")
  else
    die "cannot unpack $zip: install unzip (apt-get install unzip)"
  fi
  # python/jar do not keep the executable bits
  chmod +x "$dir"/keycloak-*/bin/*.sh 2>/dev/null || true
}

# ---------------------------------------------------------------- fetch

cmd_fetch() {
  if [ -x "$KC_HOME/bin/kc.sh" ]; then
    [ "${1:-}" = "--verbose" ] && info "Keycloak ${KC_VERSION} is already in ${KC_HOME#"$ROOT"/}"
    return 0
  fi
  need_cmd java "Keycloak ${KC_VERSION} needs JDK 17 or newer: apt-get install openjdk-17-jdk-headless"
  need_cmd mvn "it downloads Keycloak from Maven Central: apt-get install maven"
  local tmp
  tmp="$(mktemp -d)"
  FETCH_TMP="$tmp"
  trap 'rm -rf "${FETCH_TMP:-}"' EXIT
  info "downloading keycloak-quarkus-dist ${KC_VERSION} (~170 MiB) via Maven"
  # run outside the repository so Maven does not pick up a pom.xml
  if ! (cd "$tmp" && mvn -q -B -Dstyle.color=never dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip" \
      "-DoutputDirectory=$tmp/download") >"$tmp/mvn.log" 2>&1; then
    cat "$tmp/mvn.log" >&2
    die "Maven could not download org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
  fi
  local zip="$tmp/download/keycloak-quarkus-dist-${KC_VERSION}.zip"
  [ -f "$zip" ] || die "download finished but $zip is missing"
  info "unpacking to ${KC_PARENT#"$ROOT"/}"
  mkdir -p "$tmp/unpack"
  unzip_to "$zip" "$tmp/unpack"
  [ -x "$tmp/unpack/keycloak-${KC_VERSION}/bin/kc.sh" ] || die "unexpected archive layout: keycloak-${KC_VERSION}/bin/kc.sh not found"
  mkdir -p "$KC_PARENT"
  rm -rf "$KC_HOME"
  mv "$tmp/unpack/keycloak-${KC_VERSION}" "$KC_HOME"
  rm -rf "$tmp"
  FETCH_TMP=""
  info "Keycloak ${KC_VERSION} is in ${KC_HOME#"$ROOT"/}"
}

# ---------------------------------------------------------------- start

wait_until_ready() { # PID
  local pid="$1" timeout="${KEYCLOAK_START_TIMEOUT:-180}" start now
  start=$(date +%s)
  printf 'keycloak.sh: waiting for %s ' "$REALM_URL"
  while :; do
    if realm_ready; then
      now=$(date +%s)
      printf ' ready after %ss\n' "$((now - start))"
      return 0
    fi
    if ! pid_alive "$pid"; then
      printf ' failed\n'
      echo "keycloak.sh: Keycloak exited during start; last 30 lines of ${LOG_FILE#"$ROOT"/}:" >&2
      tail -n 30 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    now=$(date +%s)
    if [ $((now - start)) -ge "$timeout" ]; then
      printf ' timeout\n'
      echo "keycloak.sh: realm ${REALM} did not answer within ${timeout}s; last 30 lines of ${LOG_FILE#"$ROOT"/}:" >&2
      tail -n 30 "$LOG_FILE" >&2 || true
      echo "keycloak.sh: Keycloak (pid $pid) is left running; 'scripts/keycloak.sh stop' stops it" >&2
      exit 1
    fi
    printf '.'
    sleep 1
  done
}

# serialise start/stop of this checkout (a second "start" waits for the first one)
take_lock() {
  mkdir -p "$RUN_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$RUN_DIR/keycloak.lock"
    flock 9
  fi
}

cmd_start() {
  need_cmd curl "apt-get install curl"
  take_lock
  local pid
  pid="$(recorded_pid)"

  # a Keycloak we started earlier that is still booting: just wait for it
  if pid_alive "$pid" && ! realm_ready; then
    info "Keycloak (pid $pid) is starting"
    wait_until_ready "$pid"
    return 0
  fi

  if port_in_use; then
    if realm_ready; then
      info "Keycloak with realm ${REALM} is already running on ${BASE_URL}; reusing it"
      if [ -f "$HASH_FILE" ] && [ -f "$REALM_JSON" ] \
         && [ "$(sha256sum "$REALM_JSON" | cut -d' ' -f1)" != "$(cat "$HASH_FILE")" ]; then
        info "note: ${REALM_JSON#"$ROOT"/} changed since that import; run 'scripts/keycloak.sh stop' and start again to re-import"
      fi
      return 0
    fi
    die "port ${PORT} is taken by another process; stop it (make stop) or free the port"
  fi
  rm -f "$PID_FILE"

  cmd_fetch
  [ -f "$REALM_JSON" ] || die "realm file ${REALM_JSON#"$ROOT"/} is missing"
  command -v setsid >/dev/null 2>&1 || die "setsid is required (apt-get install util-linux)"

  # realm import: copy the JSON; wipe the dev database when the JSON changed so --import-realm imports afresh
  local data="$KC_HOME/data" hash old=""
  mkdir -p "$data/import" "$LOG_DIR" "$RUN_DIR"
  cp "$REALM_JSON" "$data/import/${REALM}-realm.json"
  hash="$(sha256sum "$REALM_JSON" | cut -d' ' -f1)"
  [ -f "$HASH_FILE" ] && old="$(cat "$HASH_FILE")"
  if [ ! -d "$data/h2" ] || [ "$hash" != "$old" ]; then
    if [ -d "$data/h2" ]; then
      info "realm JSON changed: deleting the dev database to re-import realm ${REALM}"
    else
      info "first start: realm ${REALM} will be imported"
    fi
    rm -rf "$data/h2" "$HASH_FILE"
  fi

  local java_home
  java_home="$(pick_java_home)"
  [ -x "$java_home/bin/java" ] || die "no java at $java_home/bin/java"
  info "starting Keycloak ${KC_VERSION} on ${BASE_URL} (java: $java_home; log: ${LOG_FILE#"$ROOT"/})"

  # setsid: kc.sh and the java it forks get their own process group (= the pid we record),
  # so stop can signal the whole group.
  : >"$LOG_FILE"
  JAVA_HOME="$java_home" \
  JAVA_OPTS="${KEYCLOAK_JAVA_OPTS:-}" \
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' keycloak "$PID_FILE" \
    "$KC_HOME/bin/kc.sh" start-dev \
      --http-port "$PORT" \
      --hostname "$BASE_URL" \
      --import-realm \
      --health-enabled=false --metrics-enabled=false \
    </dev/null >>"$LOG_FILE" 2>&1 9>&- &

  # the pid file is written by the child; give it a moment
  local i
  for i in $(seq 1 50); do
    pid="$(recorded_pid)"
    [ -n "$pid" ] && break
    sleep 0.1
  done
  [ -n "$pid" ] || die "could not start Keycloak (no pid file); see ${LOG_FILE#"$ROOT"/}"

  wait_until_ready "$pid"
  echo "$hash" >"$HASH_FILE"
  info "Keycloak is running (pid $pid): ${REALM_URL}  admin console: ${BASE_URL}/admin (master realm, ${KC_BOOTSTRAP_ADMIN_USERNAME:-admin})"
}

# ---------------------------------------------------------------- stop / status

cmd_stop() {
  local pid pids i
  take_lock
  pid="$(recorded_pid)"
  if ! pid_alive "$pid" && [ -z "$(our_java_pids)" ]; then
    rm -f "$PID_FILE"
    if port_in_use; then
      info "not running (port ${PORT} is used by a process this script did not start; left alone)"
      return 0
    fi
    info "not running"
    return 0
  fi
  if pid_alive "$pid"; then
    info "stopping Keycloak (process group $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  fi
  # also any java of our distribution that escaped the group (e.g. pid file lost)
  pids="$(our_java_pids)"
  if [ -n "$pids" ]; then
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
  fi
  for i in $(seq 1 60); do
    pids="$(our_java_pids)"
    if ! pid_alive "$pid" && [ -z "$pids" ]; then break; fi
    if [ "$i" = 40 ]; then
      info "Keycloak did not stop within 20s; killing it"
      [ -n "$pid" ] && kill -KILL -- "-$pid" 2>/dev/null || true
      # shellcheck disable=SC2086
      [ -n "$pids" ] && kill -KILL $pids 2>/dev/null || true
    fi
    sleep 0.5
  done
  rm -f "$PID_FILE"
  # wait for the port to be released
  for i in $(seq 1 40); do
    port_in_use || { info "stopped"; return 0; }
    sleep 0.5
  done
  if realm_ready; then
    die "a Keycloak not started by this script still answers on port ${PORT}; stop it by hand"
  fi
  die "port ${PORT} is still in use by another process"
}

cmd_status() {
  local pid
  pid="$(recorded_pid)"
  if realm_ready; then
    if pid_alive "$pid"; then
      echo "running (pid $pid) on ${BASE_URL}, realm ${REALM}"
    else
      echo "running on ${BASE_URL}, realm ${REALM} (not started by this script)"
    fi
  elif pid_alive "$pid"; then
    echo "starting (pid $pid)"
  else
    echo "not running"
  fi
}

# ---------------------------------------------------------------- token

json_field() { # FIELD < json
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$1" '.[$f] // empty'
  else
    python3 -c 'import json, sys; v = json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1"
  fi
}

cmd_token() {
  [ $# -ge 1 ] || die "usage: scripts/keycloak.sh token USER [PASSWORD] | token --integration"
  need_cmd curl
  local resp
  if [ "$1" = "--integration" ]; then
    resp="$(curl -s --max-time 20 "$TOKEN_URL" \
      -d grant_type=client_credentials \
      -d client_id=partnerskab-integration \
      --data-urlencode "client_secret=${INTEGRATION_SECRET}")" || die "Keycloak does not answer on ${BASE_URL} (scripts/keycloak.sh start)"
  else
    local user="$1" pass="${2:-$1}"
    resp="$(curl -s --max-time 20 "$TOKEN_URL" \
      -d grant_type=password \
      -d client_id=partnerskab-cli \
      -d scope=openid \
      --data-urlencode "username=${user}" \
      --data-urlencode "password=${pass}")" || die "Keycloak does not answer on ${BASE_URL} (scripts/keycloak.sh start)"
  fi
  local token
  token="$(printf '%s' "$resp" | json_field access_token 2>/dev/null || true)"
  if [ -z "$token" ]; then
    die "no token: $(printf '%s' "$resp" | head -c 300)"
  fi
  printf '%s\n' "$token"
}

# ---------------------------------------------------------------- main

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
  fetch) cmd_fetch --verbose ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  token) shift; cmd_token "$@" ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
