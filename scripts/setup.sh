#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine: the browsers for the
# end-to-end tests (Debian's chromium and firefox-esr) and the npm packages. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/lib/chromium/chromium ] || need_apt+=(chromium)
[ -x /usr/lib/firefox-esr/firefox-esr ] || need_apt+=(firefox-esr)
# Language packs: the e2e tests also run both browsers in French (_locales/fr).
for pkg in chromium-l10n firefox-esr-l10n-fr; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ "${CONTEXT_LENS_SKIP_BROWSERS:-}" != 1 ] && [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${need_apt[*]} (Debian packages)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
