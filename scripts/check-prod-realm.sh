#!/usr/bin/env bash
# Checks the environment a production Keycloak imports keycloak/production/partnerskab-realm.json
# with, before the import: Keycloak replaces ${VAR} from its environment, but an unset variable
# stays in the realm as its own text, so a forgotten secret would become the public string
# "${PARTNERSKAB_INTEGRATION_SECRET}". Run it in the environment Keycloak runs in.
#   scripts/check-prod-realm.sh [REALM_JSON]
set -euo pipefail

realm=${1:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)/keycloak/production/partnerskab-realm.json"}
[[ -f $realm ]] || { echo "check-prod-realm: $realm is missing" >&2; exit 1; }

problems=()
# Upper-case placeholders are environment variables; lower-case ones are Keycloak's message keys.
for var in $(grep -o '\${[A-Z][A-Z0-9_]*}' "$realm" | tr -d '${}' | sort -u); do
  [[ -n ${!var:-} ]] || problems+=("$var is not set")
done

# The values are pasted into the JSON text before it is parsed: quotes or backslashes would break it.
origin=${SPA_ORIGIN:-}
if [[ -n $origin && ! $origin =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
  problems+=("SPA_ORIGIN must be the SPA's https origin without a path or trailing slash, e.g. https://partnerskab.example.dk")
fi
secret=${PARTNERSKAB_INTEGRATION_SECRET:-}
if [[ -n $secret && ! $secret =~ ^[A-Za-z0-9_-]{32,}$ ]]; then
  problems+=("PARTNERSKAB_INTEGRATION_SECRET must be at least 32 letters, digits, - or _ (openssl rand -hex 32)")
fi

if ((${#problems[@]})); then
  printf 'check-prod-realm: %s\n' "${problems[@]}" >&2
  exit 1
fi
echo "check-prod-realm: the environment has what $(basename "$realm") needs"
