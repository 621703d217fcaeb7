#!/usr/bin/env bash
# Runs a differential fuzzing harness (tools/difffuzz-*.js: one line per random case, starting
# with the case's kind) under node 22 and nodus with the same seed and prints the cases whose
# lines differ, grouped by kind, shortest first.
#   usage: tools/difffuzz.sh tools/difffuzz-core.js [seed] [count] [kinds] [nodus-binary]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
harness="$1"; seed="${2:-1}"; count="${3:-20000}"; kinds="${4:-}"; nodus="${5:-$root/build/nodus}"
node="$(bash "$root/scripts/setup-node22.sh")"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$node" --no-deprecation "$harness" "$seed" "$count" $kinds > "$tmp/node" 2>&1
"$nodus" --no-deprecation "$harness" "$seed" "$count" $kinds > "$tmp/nodus" 2>&1
python3 - "$tmp/node" "$tmp/nodus" <<'PY'
import collections, sys
# split on '\n' only: str.splitlines would also split at \x85, \x1c... inside the cases
a = open(sys.argv[1], encoding='utf-8', errors='replace').read().split('\n')
b = open(sys.argv[2], encoding='utf-8', errors='replace').read().split('\n')
groups = collections.defaultdict(list)
for x, y in zip(a, b):
    if x != y: groups[x.split(' ', 1)[0]].append((x, y))
print(f'{sum(map(len, groups.values()))} of {len(a) - 1} lines differ')
for kind, cases in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    print(f'{kind}: {len(cases)}')
    for x, y in sorted(cases, key=lambda c: len(c[0]))[:3]:
        print(f'  node  {x[:300]}\n  nodus {y[:300]}')
PY
