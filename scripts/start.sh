#!/usr/bin/env bash
# Installs Balancebook's dependencies on a fresh machine and starts it: the desktop application,
# or with --web the same application in a browser (for machines where Electron cannot start).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=./ensure-node.sh
source scripts/ensure-node.sh
npm ci --no-audit --no-fund --loglevel=error
if [ "${1:-}" = "--web" ]; then
  npm run start:web
else
  npm start
fi
