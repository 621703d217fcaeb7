#!/usr/bin/env python3
"""Buffer throughput: nodus vs node in the same run (DESIGN.md section 6).

Each case of cases.js runs in its own process, alternating runtimes, `--runs` times; the table
shows median ops per CPU-second and the nodus/node ratio (higher is better; target >= 1.0).
  bench/buffer/bench.py [--runs N] [--seconds S] [--nodus BIN] [--node BIN] [filter...]
"""
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(binary, case, seconds):
    out = subprocess.run([binary, os.path.join(HERE, 'cases.js'), case, str(seconds)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main():
    args = benchlib.arguments(runs=3, options=[('--seconds', float, 0.3)])
    node = args.node
    names = subprocess.run([node, os.path.join(HERE, 'cases.js'), '--list'],
                           capture_output=True, text=True, check=True).stdout.split('\n')
    names = [n for n in names if n and (not args.filter or any(f in n for f in args.filter))]
    print(f'buffer, {args.runs} runs of {args.seconds}s CPU each, medians (node: {node})')
    print(f'{"case":32} {"nodus ops/s":>14} {"node ops/s":>14} {"ratio":>7}')
    ratios = []
    for name in names:
        res = {'nodus': [], 'node': []}
        for _ in range(args.runs):
            res['nodus'].append(run(args.nodus, name, args.seconds))
            res['node'].append(run(node, name, args.seconds))
        a = statistics.median(res['nodus'])
        b = statistics.median(res['node'])
        ratios.append(a / b)
        print(f'{name:32} {a:14.0f} {b:14.0f} {a / b:7.2f}', flush=True)
    if ratios:
        geo = 1.0
        for r in ratios:
            geo *= r
        geo **= 1.0 / len(ratios)
        print(f'{"geometric mean":32} {"":14} {"":14} {geo:7.2f}')


if __name__ == '__main__':
    main()
