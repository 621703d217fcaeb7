"""https hello world, nodus vs node 22 in one run: wrk against each server in turn (alternating,
--runs rounds), with keep-alive and with a new TLS connection per request (Connection: close, so
every request pays a full handshake), reporting requests/s, requests per server CPU-second and
the server's peak RSS, then nodus/node ratios (medians over the rounds).
Usage: bench/https/run.sh [--runs N] [--duration S] [--conns N] [--nodus BIN] [--node BIN]"""
import os
import re
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402

args = benchlib.arguments(runs=3, options=(('--duration', int, 5), ('--conns', int, 50)), filters=False)
server_js = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'server.js')


def one(binary, extra):
    p = subprocess.Popen([binary, server_js], stdout=subprocess.PIPE, text=True)
    try:
        url = f'https://127.0.0.1:{p.stdout.readline().strip()}/'
        wrk = ['wrk', '-t1', '-c', str(args.conns), *extra]
        subprocess.run([*wrk, '-d', '1s', url], capture_output=True)  # warm up
        c0 = benchlib.cpu_seconds(p.pid)
        out = subprocess.run([*wrk, '-d', f'{args.duration}s', url], capture_output=True, text=True).stdout
        c1 = benchlib.cpu_seconds(p.pid)
        reqs = int(re.search(r'(\d+) requests in', out).group(1))
        return {'rps': float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1)),
                'per_cpu_s': reqs / max(c1 - c0, 1e-9), 'rss_mb': benchlib.peak_rss_mb(p.pid)}
    finally:
        p.kill()
        p.wait()


print(f'https hello world: wrk -t1 -c{args.conns} -d{args.duration}s, {args.runs} rounds, medians')
print(f'{"":40} {"req/s":>9} {"req/CPU-s":>10} {"RSS MB":>7}')
for mode, extra in (('keep-alive', []), ('new connection per request', ['-H', 'Connection: close'])):
    res = {'nodus': [], 'node': []}
    for _ in range(args.runs):
        for name, binary in (('nodus', args.nodus), ('node', args.node)):
            res[name].append(one(binary, extra))
    med = {n: {k: statistics.median(x[k] for x in v) for k in ('rps', 'per_cpu_s', 'rss_mb')}
           for n, v in res.items()}
    for n in ('nodus', 'node'):
        m = med[n]
        print(f'{mode + ", " + n:40} {m["rps"]:9.0f} {m["per_cpu_s"]:10.0f} {m["rss_mb"]:7.1f}')
    a, b = med['nodus'], med['node']
    print(f'{mode + ", nodus/node":40} {a["rps"] / b["rps"]:9.2f} {a["per_cpu_s"] / b["per_cpu_s"]:10.2f} '
          f'{a["rss_mb"] / b["rss_mb"]:7.2f}')
