#!/usr/bin/env bash
# Deterministic per-request cost of the hello-world server, nodus vs node 22: the server runs
# under callgrind; after WARMUP requests, N keep-alive requests over CONNS connections
# (keepalive-client.py, a separate process) are counted: instructions per request (callgrind,
# main thread and all threads, zeroed after warm-up) and V8 heap bytes allocated and GCs per request.
# Usage: bench/http/instructions.sh [nodus-binary] [node-binary]; env N (20000), CONNS (50),
# WARMUP (10000), NODUS_FLAGS (extra flags for nodus only, e.g. --min-semi-space-size=2). Pass
# "-" as node-binary to skip node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
NODUS="$(realpath "${1:-$root/build/nodus}")"
NODE="${2:-$(bash "$root/scripts/setup-node22.sh")}"
[ "$NODE" = - ] || NODE="$(realpath "$NODE")"
N="${N:-20000}"; CONNS="${CONNS:-50}"; WARMUP="${WARMUP:-10000}"
tmp="$(mktemp -d)"; server=
trap '[ -z "$server" ] || kill "$server" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT

one() {
  local name="$1" bin="$2" flags="${3:-}"
  (cd "$tmp" && exec valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$tmp/cg.$name" \
     "$bin" $flags "$here/measure-server.js" >"$tmp/out.$name" 2>"$tmp/err.$name") &
  local pid=$!
  server=$pid
  until [ -s "$tmp/out.$name" ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/err.$name" >&2; exit 1; }
    sleep 0.2
  done
  local port; port="$(head -1 "$tmp/out.$name")"
  python3 "$here/keepalive-client.py" "$port" "$WARMUP" "$CONNS"
  kill -USR2 "$pid"
  until grep -q started "$tmp/out.$name"; do sleep 0.1; done
  callgrind_control -z "$pid" >/dev/null 2>&1
  python3 "$here/keepalive-client.py" "$port" "$N" "$CONNS"
  callgrind_control -d "$pid" >/dev/null 2>&1
  kill -USR2 "$pid"
  until grep -q allocated "$tmp/out.$name"; do sleep 0.1; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  server=
  python3 - "$name" "$N" "$(grep allocated "$tmp/out.$name")" "$tmp"/cg."$name".*-[0-9]* <<'PY'
import json, re, sys
name, n, mem, files = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4:]
main = total = 0
for f in files:  # cg.<name>.<dump>-<thread>: thread 01 is the main (event loop) thread
    ir = int(re.search(r'^totals: (\d+)', open(f).read(), re.M).group(1))
    total += ir
    main += ir if f.endswith('-01') else 0
gcs = ', '.join(f'{k} {v / n * 1000:.2f}' for k, v in sorted(mem['gcs'].items()))
print(f'{name}: instructions/request {main / n:.0f} main thread, {total / n:.0f} all threads; '
      f'{mem["allocated"] / n:.0f} heap bytes/request; GCs per 1000 requests: {gcs or "none"}')
PY
}
one nodus "$NODUS" "${NODUS_FLAGS:-}"
[ "$NODE" = - ] || one node "$NODE"
