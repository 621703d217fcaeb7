#!/usr/bin/env bash
# http hello world, nodus vs node 22 in one run: wrk against each server in turn (alternating,
# ROUNDS rounds), reporting requests/s, requests per server CPU-second, p99 latency and the
# server's peak RSS, then nodus/node ratios (medians over the rounds).
# Usage: bench/http/run.sh [nodus-binary] [node-binary]; env DURATION (s, default 5), CONNS
# (default 50), ROUNDS (default 3), NODUS_FLAGS (extra flags for nodus only), CLOSE=1 (every
# request on a new connection: wrk sends `Connection: close`).
# Load-independent counts (callgrind instructions, heap bytes and GCs per request): instructions.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
NODUS="${1:-$root/build/nodus}"
NODE="${2:-$(bash "$root/scripts/setup-node22.sh")}"
exec python3 - "$here/server.js" "$NODUS" "$NODE" <<'PY'
import os, re, statistics, subprocess, sys, time
server_js, nodus, node = sys.argv[1:4]
duration = os.environ.get('DURATION', '5')
conns = os.environ.get('CONNS', '50')
rounds = int(os.environ.get('ROUNDS', '3'))
tick = os.sysconf('SC_CLK_TCK')

def cpu(pid):
    f = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick

def hwm(pid):
    for line in open(f'/proc/{pid}/status'):
        if line.startswith('VmHWM:'):
            return int(line.split()[1]) / 1024
    return 0.0

def unit(v, u):
    return float(v) * {'us': 1e-3, 'ms': 1.0, 's': 1e3}[u]

nodus_flags = os.environ.get('NODUS_FLAGS', '').split()
wrk_extra = ['-H', 'Connection: close'] if os.environ.get('CLOSE') == '1' else []

def one(binary):
    flags = nodus_flags if binary == nodus else []
    p = subprocess.Popen([binary, *flags, server_js], stdout=subprocess.PIPE, text=True)
    try:
        port = p.stdout.readline().strip()
        url = f'http://127.0.0.1:{port}/'
        subprocess.run(['wrk', '-t1', '-c', conns, '-d', '1s', *wrk_extra, url], capture_output=True)  # warm up
        c0 = cpu(p.pid)
        out = subprocess.run(['wrk', '-t1', '-c', conns, '-d', f'{duration}s', '--latency', *wrk_extra, url],
                             capture_output=True, text=True).stdout
        c1 = cpu(p.pid)
        reqs = int(re.search(r'(\d+) requests in', out).group(1))
        rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
        m = re.search(r'99%\s+([\d.]+)(us|ms|s)', out)
        return {'rps': rps, 'per_cpu_s': reqs / max(c1 - c0, 1e-9), 'p99_ms': unit(*m.groups()),
                'rss_mb': hwm(p.pid), 'errors': 'Non-2xx' in out or 'Socket errors' in out}
    finally:
        p.kill()
        p.wait()

res = {'nodus': [], 'node': []}
for r in range(rounds):
    for name, binary in (('nodus', nodus), ('node', node)):
        res[name].append(one(binary))
med = {n: {k: statistics.median(x[k] for x in v) for k in ('rps', 'per_cpu_s', 'p99_ms', 'rss_mb')}
       for n, v in res.items()}
print(f'http hello world: wrk -t1 -c{conns} -d{duration}s{" (Connection: close)" if wrk_extra else ""}, {rounds} rounds, medians')
print(f'{"":8} {"req/s":>10} {"req/CPU-s":>10} {"p99 ms":>8} {"RSS MB":>8}')
for n in ('nodus', 'node'):
    m = med[n]
    print(f'{n:8} {m["rps"]:10.0f} {m["per_cpu_s"]:10.0f} {m["p99_ms"]:8.2f} {m["rss_mb"]:8.1f}')
a, b = med['nodus'], med['node']
print(f'{"ratio":8} {a["rps"]/b["rps"]:10.2f} {a["per_cpu_s"]/b["per_cpu_s"]:10.2f} '
      f'{a["p99_ms"]/b["p99_ms"]:8.2f} {a["rss_mb"]/b["rss_mb"]:8.2f}   (nodus / node)')
if any(x['errors'] for v in res.values() for x in v):
    print('warning: wrk reported socket errors or non-2xx responses')
PY
