#!/usr/bin/env python3
"""Startup: nodus vs node in the same run (DESIGN.md section 6).

Runs each case alternately with both runtimes, records CPU time (user+sys, from wait4) and wall
time, and prints medians and the nodus/node ratio. Target: CPU ratio <= 0.5.
  bench/startup/bench.py [--runs N] [--nodus BIN] [--node BIN]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'bench'))
import benchlib  # noqa: E402


def measure(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f'failed: {" ".join(cmd)}')
    return ru.ru_utime + ru.ru_stime, wall, ru.ru_maxrss


def main():
    args = benchlib.arguments(runs=20, filters=False)
    node = args.node
    tmp = tempfile.mkdtemp()
    hello = os.path.join(tmp, 'hello.js')
    with open(hello, 'w') as f:
        f.write('console.log("hello")\n')
    mods = os.path.join(tmp, 'modules.js')
    with open(mods, 'w') as f:
        f.write("require('events'); require('timers'); require('util'); require('path');\n")
    cases = [('-e 0', ['-e', '0']), ('hello.js', [hello]), ('require events/timers/util', [mods])]
    print(f'startup, {args.runs} runs each, medians (node: {node})')
    print(f'{"case":32} {"nodus cpu ms":>12} {"node cpu ms":>12} {"cpu ratio":>10} '
          f'{"wall ratio":>10} {"rss ratio":>10}')
    for name, argv in cases:
        res = {'nodus': [], 'node': []}
        for _ in range(args.runs):
            res['nodus'].append(measure([args.nodus] + argv))
            res['node'].append(measure([node] + argv))
        med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in res.items()}
        print(f'{name:32} {med["nodus"][0]*1000:12.1f} {med["node"][0]*1000:12.1f} '
              f'{med["nodus"][0]/med["node"][0]:10.2f} {med["nodus"][1]/med["node"][1]:10.2f} '
              f'{med["nodus"][2]/med["node"][2]:10.2f}')


if __name__ == '__main__':
    sys.exit(main())
