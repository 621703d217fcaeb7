#!/usr/bin/env bash
# HTTP hello world with a 2-worker cluster vs one process, nodus vs node 22 in one run: wrk
# against each configuration in turn (ROUNDS rounds), reporting requests/s and requests per
# CPU-second of the whole process tree (primary + workers), medians, and nodus/node ratios.
# Usage: bench/cluster/run.sh [nodus-binary] [node-binary]; env DURATION (s, default 5), CONNS
# (default 50), ROUNDS (default 3), WORKERS (default 2).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
NODUS="${1:-$root/build/nodus}"
NODE="${2:-$(bash "$root/scripts/setup-node22.sh")}"
exec python3 - "$here/server.js" "$NODUS" "$NODE" <<'PY'
import os, re, statistics, subprocess, sys
server_js, nodus, node = sys.argv[1:4]
duration = os.environ.get('DURATION', '5')
conns = os.environ.get('CONNS', '50')
rounds = int(os.environ.get('ROUNDS', '3'))
workers = os.environ.get('WORKERS', '2')
tick = os.sysconf('SC_CLK_TCK')

def tree(pid):
    pids = [pid]
    try:
        for tid in os.listdir(f'/proc/{pid}/task'):
            for c in open(f'/proc/{pid}/task/{tid}/children').read().split():
                pids += tree(int(c))
    except OSError:
        pass
    return pids

def cpu(pid):
    total = 0.0
    for p in tree(pid):
        try:
            f = open(f'/proc/{p}/stat').read().rsplit(')', 1)[1].split()
            total += (int(f[11]) + int(f[12])) / tick
        except OSError:
            pass
    return total

def one(binary, nworkers):
    env = dict(os.environ, WORKERS=nworkers)
    p = subprocess.Popen([binary, server_js], stdout=subprocess.PIPE, text=True, env=env)
    try:
        port = p.stdout.readline().strip()
        url = f'http://127.0.0.1:{port}/'
        subprocess.run(['wrk', '-t1', '-c', conns, '-d', '1s', url], capture_output=True)
        c0 = cpu(p.pid)
        out = subprocess.run(['wrk', '-t1', '-c', conns, '-d', f'{duration}s', url],
                             capture_output=True, text=True).stdout
        c1 = cpu(p.pid)
        reqs = int(re.search(r'(\d+) requests in', out).group(1))
        rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
        return {'rps': rps, 'per_cpu_s': reqs / max(c1 - c0, 1e-9),
                'errors': 'Non-2xx' in out or 'Socket errors' in out}
    finally:
        for q in reversed(tree(p.pid)):
            try:
                os.kill(q, 9)
            except OSError:
                pass
        p.wait()

configs = [(n, b, w) for n, b in (('nodus', nodus), ('node', node)) for w in ('0', workers)]
res = {(n, w): [] for n, _, w in configs}
for r in range(rounds):
    for name, binary, w in configs:
        res[(name, w)].append(one(binary, w))
med = {k: {m: statistics.median(x[m] for x in v) for m in ('rps', 'per_cpu_s')}
       for k, v in res.items()}
print(f'http hello world, 1 process vs {workers}-worker cluster: wrk -t1 -c{conns} '
      f'-d{duration}s, {rounds} rounds, medians')
print(f'{"":18} {"req/s":>10} {"req/CPU-s":>10}')
for (n, w), m in med.items():
    label = f'{n} {"single" if w == "0" else "cluster"}'
    print(f'{label:18} {m["rps"]:10.0f} {m["per_cpu_s"]:10.0f}')
for w in ('0', workers):
    a, b = med[('nodus', w)], med[('node', w)]
    label = f'ratio {"single" if w == "0" else "cluster"}'
    print(f'{label:18} {a["rps"]/b["rps"]:10.2f} {a["per_cpu_s"]/b["per_cpu_s"]:10.2f}'
          '   (nodus / node)')
if any(x['errors'] for v in res.values() for x in v):
    print('warning: wrk reported socket errors or non-2xx responses')
PY
