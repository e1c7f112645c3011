# Shared helpers of the run/test scripts. Sourced, not executed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
LOCAL="$ROOT/.local"
LOG_DIR="$LOCAL/log"
RUN_DIR="$LOCAL/run"
mkdir -p "$LOG_DIR" "$RUN_DIR"

API_PORT=8080
# The packaged jar serves /q/health, /q/metrics and /q/openapi here, not on the API port.
MANAGEMENT_PORT=9000
SPA_PORT=5173
KEYCLOAK_PORT=8180
API_URL="http://localhost:$API_PORT"
MANAGEMENT_URL="http://localhost:$MANAGEMENT_PORT"
SPA_URL="http://localhost:$SPA_PORT"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true; }

# Checks both loopbacks: "localhost" may resolve to ::1 for some servers (vite) and 127.0.0.1 for others.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null || (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null; }

# wait_for_url URL SECONDS NAME LOGFILE PID: waits for a 200, failing early when PID dies.
wait_for_url() {
  local url=$1 seconds=$2 name=$3 log=$4 pid=${5:-}
  for ((i = 0; i < seconds; i++)); do
    [[ $(http_code "$url") == 200 ]] && return 0
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$log" >&2 || true
      die "$name stopped during start-up; the log above (from $log) says why"
    fi
    sleep 1
  done
  tail -n 40 "$log" >&2 || true
  die "$name did not become ready at $url within ${seconds}s; see $log"
}

# start_bg NAME LOGFILE CMD...: runs CMD in its own process group, records the group id.
start_bg() {
  local name=$1 log=$2
  shift 2
  : >"$log"
  setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

# stop_bg NAME: stops the process group started by start_bg, if it still runs.
stop_bg() {
  local name=$1 file="$RUN_DIR/$1.pid" pid
  [[ -f $file ]] || return 0
  pid=$(tr -dc '0-9' <"$file")
  rm -f "$file"
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}

require_tools() {
  command -v java >/dev/null || die "java is not installed; install a JDK 17+ (apt-get install -y openjdk-17-jdk-headless)"
  command -v mvn >/dev/null || die "mvn is not installed; install Maven 3.8+ (apt-get install -y maven)"
  command -v node >/dev/null || die "node is not installed; install Node.js 20+"
  command -v npm >/dev/null || die "npm is not installed; install npm 10+"
  command -v curl >/dev/null || die "curl is not installed (apt-get install -y curl)"
  local major
  major=$(java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}')
  [[ ${major:-0} -ge 17 ]] || die "java $major found; the API needs Java 17 or newer"
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
    || die "node $(node -v) found; the SPA's build (Vite 8) needs Node.js 20.19 or newer"
}

require_free_port() {
  local port=$1 what=$2
  if port_in_use "$port"; then
    die "port $port ($what) is already taken. If a stack from 'make run' is still up, stop it with 'make stop'; otherwise free the port (ss -ltnp | grep :$port)"
  fi
}
