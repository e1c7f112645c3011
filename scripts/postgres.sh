#!/usr/bin/env bash
# Makes sure a local PostgreSQL answers on localhost:5432 and that our role and databases exist.
#   scripts/postgres.sh ensure [DB ...]   start (or install) PostgreSQL, create role + databases
#   scripts/postgres.sh reset DB          drop and recreate one database (used for the e2e stack)
#   scripts/postgres.sh restart [SECONDS] stop the local cluster, wait, start it again (the outage test)
set -euo pipefail

PG_ROLE=${DB_USER:-partnerskab}
PG_PASSWORD=${DB_PASSWORD:-partnerskab}

say() { printf '[postgres] %s\n' "$*"; }
die() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -c "$(printf '%q ' "$@")"
  else
    sudo -u postgres "$@"
  fi
}

psql_admin() { as_postgres psql -v ON_ERROR_STOP=1 -qAt -h /var/run/postgresql "$@"; }

answers() { pg_isready -q -h localhost -p 5432 2>/dev/null; }

install_postgres() {
  [[ $(id -u) -eq 0 ]] || die "PostgreSQL is not installed and installing needs root: sudo apt-get install -y postgresql"
  command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is not available; install PostgreSQL 15+ and start it on port 5432"
  say "installing PostgreSQL with apt-get (once)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

cluster_on_5432() {
  pg_lsclusters --no-header 2>/dev/null | awk '$3 == 5432 {print $1" "$2; exit}'
}

# Only a cluster of this machine's own can be taken down and brought back; anything else is refused.
restart_postgres() {
  local down=${1:-5} line version cluster
  command -v pg_ctlcluster >/dev/null || die "restart needs a local PostgreSQL managed by pg_ctlcluster"
  line=$(cluster_on_5432)
  [[ -n $line ]] || die "no local PostgreSQL cluster on port 5432 to restart"
  read -r version cluster <<<"$line"
  say "stopping PostgreSQL $version/$cluster for $down s"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop -m fast 2>/dev/null \
    || pg_ctlcluster "$version" "$cluster" stop -m fast || die "could not stop PostgreSQL $version/$cluster"
  sleep "$down"
  start_postgres
}

start_postgres() {
  if answers; then return; fi
  if ! command -v pg_lsclusters >/dev/null; then
    install_postgres
  fi
  local line
  line=$(pg_lsclusters --no-header 2>/dev/null | awk '$3 == 5432 {print $1" "$2; exit}')
  if [[ -z $line ]]; then
    line=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}')
  fi
  if [[ -z $line ]]; then
    say "no PostgreSQL cluster found; creating one"
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n1)
    pg_createcluster "$version" main --port 5432 >/dev/null
    line="$version main"
  fi
  read -r version cluster <<<"$line"
  say "starting PostgreSQL $version/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start 2>/dev/null \
    || pg_ctlcluster "$version" "$cluster" start \
    || die "could not start PostgreSQL $version/$cluster; see /var/log/postgresql/postgresql-$version-$cluster.log"
  for _ in $(seq 1 30); do answers && return; sleep 1; done
  die "PostgreSQL did not answer on localhost:5432 within 30 s; is another server using the port? (ss -ltnp | grep 5432)"
}

ensure_role() {
  if [[ $(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'") != 1 ]]; then
    say "creating role $PG_ROLE"
    psql_admin -c "CREATE ROLE \"$PG_ROLE\" LOGIN PASSWORD '$PG_PASSWORD'"
  fi
}

ensure_db() {
  local db=$1
  if [[ $(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
    say "creating database $db"
    psql_admin -c "CREATE DATABASE \"$db\" OWNER \"$PG_ROLE\" ENCODING 'UTF8' TEMPLATE template0"
  fi
}

check_login() {
  PGPASSWORD=$PG_PASSWORD psql -qAt -h localhost -U "$PG_ROLE" -d "$1" -c 'SELECT 1' >/dev/null 2>&1 \
    || die "cannot log in to database $1 as $PG_ROLE over TCP on localhost:5432; check pg_hba.conf allows md5/scram for 127.0.0.1"
}

cmd=${1:-ensure}; shift || true
case $cmd in
  ensure)
    start_postgres
    ensure_role
    for db in "${@:-partnerskab}"; do ensure_db "$db"; check_login "$db"; done
    ;;
  reset)
    [[ $# -eq 1 ]] || die "usage: $0 reset DB"
    start_postgres
    ensure_role
    psql_admin -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)"
    ensure_db "$1"
    check_login "$1"
    ;;
  restart)
    restart_postgres "${1:-5}"
    ;;
  *) die "usage: $0 ensure [DB ...] | reset DB | restart [SECONDS]" ;;
esac
