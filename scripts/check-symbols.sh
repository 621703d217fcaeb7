#!/usr/bin/env bash
# DESIGN.md section 1: nodus uses only V8's API from libnode; never node:: or napi_*.
set -euo pipefail
bin="${1:-build/release/nodus}"
bad=$(nm -D --undefined-only "$bin" | c++filt | grep -E 'node::|napi_|uv_.*node' || true)
if [ -n "$bad" ]; then
  echo "check-symbols: $bin references libnode's own API:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "check-symbols: ok ($(nm -D --undefined-only "$bin" | grep -c 'v8') V8 symbols, no node:: / napi_)"
