#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (Playwright cannot download browsers here).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [[ ! -x $CHROMIUM ]]; then
  [[ $(id -u) -eq 0 ]] || die "Chromium is missing and installing it needs root: sudo apt-get install -y chromium"
  command -v apt-get >/dev/null || die "Chromium is missing and apt-get is not available; install Chromium and set CHROMIUM_PATH"
  say "installing Chromium with apt-get (once)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || die "apt-get install chromium failed"
fi
"$CHROMIUM" --version >/dev/null 2>&1 || die "$CHROMIUM does not run"
