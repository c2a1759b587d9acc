#!/usr/bin/env bash
# Starts Balancebook: the desktop application, or with --web the same application in a browser
# (for machines where Electron cannot start). Dependencies are installed (npm ci) only when
# node_modules is missing or package-lock.json changed since the last install; otherwise it
# starts at once. `npm start` fetches Electron's program the first time (scripts/ensure-electron.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=./ensure-node.sh
source scripts/ensure-node.sh
node_ts() { node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON "$@"; }
install_state="$(node_ts scripts/install-state.ts check)"
if [ "$install_state" = "install" ]; then
  echo "Installing dependencies (package-lock.json changed or first start)"
  npm ci --no-audit --no-fund --loglevel=error
  node_ts scripts/install-state.ts record
fi
if [ "${1:-}" = "--web" ]; then
  npm run start:web
else
  npm start
fi
