#!/usr/bin/env bash
# make stop: stops a stack left behind by make run or make test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
"$ROOT/scripts/spa.sh" stop
"$ROOT/scripts/api.sh" stop
"$ROOT/scripts/keycloak.sh" stop
say "stopped (PostgreSQL is left running; it is the machine's server)"
