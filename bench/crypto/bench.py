#!/usr/bin/env python3
"""crypto throughput: nodus vs node 22 in the same run (DESIGN.md section 6).

Hashing (sha256/sha1/md5 over 64 MiB in 64 KiB updates, and as a piped stream), HMAC,
AES-256-GCM, small hashes, randomBytes (sync and async), randomUUID and pbkdf2. Each case runs in its own process, alternating runtimes, `--runs` times; the table shows
median MiB (or operations) per CPU-second (threadpool included) and the nodus/node ratio
(higher is better; target >= 1.0), and the wall-clock ratio.
  bench/crypto/run.sh [--runs N] [--nodus BIN] [--node BIN] [filter...]
"""
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, 'cases.js')


def run(binary, case):
    out = subprocess.run([binary, CASES, case], capture_output=True, text=True, check=True)
    cpu, wall = out.stdout.split()
    return float(cpu), float(wall)


def main():
    args = benchlib.arguments(runs=3)
    node = args.node
    names = subprocess.run([node, CASES, '--list'], capture_output=True, text=True,
                           check=True).stdout.split('\n')
    names = [n for n in names if n and (not args.filter or any(f in n for f in args.filter))]
    if True:
        print(f'crypto, {args.runs} runs, medians (node: {node})')
        print(f'{"case":34} {"nodus /cpu-s":>16} {"node /cpu-s":>15} {"ratio":>6} '
              f'{"wall ratio":>10}')
        ratios = []
        for name in names:
            res = {'nodus': [], 'node': []}
            for _ in range(args.runs):
                res['nodus'].append(run(args.nodus, name))
                res['node'].append(run(node, name))
            a = statistics.median(r[0] for r in res['nodus'])
            b = statistics.median(r[0] for r in res['node'])
            wa = statistics.median(r[1] for r in res['nodus'])
            wb = statistics.median(r[1] for r in res['node'])
            ratios.append(a / b)
            print(f'{name:34} {a:16.1f} {b:15.1f} {a / b:6.2f} {wa / wb:10.2f}', flush=True)
        if ratios:
            geo = 1.0
            for r in ratios:
                geo *= r
            geo **= 1.0 / len(ratios)
            print(f'{"geometric mean":34} {"":16} {"":15} {geo:6.2f}')


if __name__ == '__main__':
    main()
