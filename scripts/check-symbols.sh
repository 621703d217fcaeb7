#!/usr/bin/env bash
# DESIGN.md section 1: nodus uses only V8's API from libnode; never node:: or napi_*.
# The runtime (everything that links libnode) is libnodus-runtime.so; the nodus launcher links none.
set -euo pipefail
bin="${1:-build/release/libnodus-runtime.so}"
bad=$(nm -D --undefined-only "$bin" | c++filt | grep -E 'node::|napi_' || true)
if [ -n "$bad" ]; then
  echo "check-symbols: $bin references libnode's own API:" >&2
  echo "$bad" >&2
  exit 1
fi
# scripts/bind-libnode.py binds libnode's strong data objects to its own definitions: the binary
# (the runtime) must not interpose them (an exported or copy-relocated symbol that libnode defines as such).
libdir="$(dirname "$0")/../build/deps/root/usr/lib/x86_64-linux-gnu"
for lib in "$libdir"/libnode.so.108 "$libdir"/libcrypto.so.3 "$libdir"/libssl.so.3 \
           "$libdir"/libicui18n.so.72 "$libdir"/libicuuc.so.72; do
  [ -f "$lib" ] || continue
  clash=$(comm -12 <(nm -D --defined-only "$bin" | awk '{print $3}' | sort -u) \
                   <(nm -D --defined-only "$lib" | awk '$2 ~ /^[DBR]$/ {print $3}' | sort -u))
  if [ -n "$clash" ]; then
    echo "check-symbols: $bin defines data symbols $(basename "$lib") also defines (bound at unpack):" >&2
    echo "$clash" | c++filt >&2
    exit 1
  fi
done
echo "check-symbols: ok ($(nm -D --undefined-only "$bin" | grep -c 'v8') V8 symbols, no node:: / napi_)"
