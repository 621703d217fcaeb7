#!/usr/bin/env bash
# Differential fuzzing of the HTTP parser: tools/difffuzz-http-parser.js under node 22 and nodus
# with the same seed; prints the cases whose events differ (error positions aside), grouped.
#   usage: tools/difffuzz-http-parser.sh [seed] [count] [nodus-binary]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seed="${1:-1}"; count="${2:-20000}"; nodus="${3:-$root/build/nodus}"
node="$(bash "$root/scripts/setup-node22.sh")"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$node" --no-deprecation "$root/tools/difffuzz-http-parser.js" "$seed" "$count" > "$tmp/node"
"$nodus" --no-deprecation "$root/tools/difffuzz-http-parser.js" "$seed" "$count" > "$tmp/nodus"
python3 - "$tmp/node" "$tmp/nodus" <<'PY'
import collections, json, sys
# Lines hold latin-1 text: split on '\n' only (str.splitlines also splits at \x85, \x1c...).
a = open(sys.argv[1], encoding='utf-8').read().split('\n')[:-1]
b = open(sys.argv[2], encoding='utf-8').read().split('\n')[:-1]
def events(line):
    out = line.split('\t', 1)[1]
    if out.startswith('THROW'): return [out]
    ev = json.loads(out)
    if ev and isinstance(ev[-1], list) and ev[-1][0] == 'err': ev[-1] = ev[-1][:3]
    return ev
def last(ev):
    l = ev[-1]
    return json.dumps(l[:3] if isinstance(l, list) and l[0] in ('err', 'ferr') else l if not isinstance(l, list) else l[0])
groups = collections.defaultdict(list)
for x, y in zip(a, b):
    ex, ey = events(x), events(y)
    if ex != ey: groups[(last(ex), last(ey))].append((x.split('\t')[0], ex, ey))
print(f'{sum(len(v) for v in groups.values())} of {len(a)} cases differ')
for (kn, kd), cases in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    inp, ex, ey = min(cases, key=lambda c: len(c[0]))
    print(f'{len(cases)}x node {kn} / nodus {kd}\n  input {inp}\n  node  {json.dumps(ex)[:300]}\n  nodus {json.dumps(ey)[:300]}')
PY
