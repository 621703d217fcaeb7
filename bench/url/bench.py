#!/usr/bin/env python3
"""URL, URLSearchParams, url.parse and querystring: nodus vs node in the same run (DESIGN.md 6).

cases.js runs every case in one process; each runtime runs it `--runs` times, alternately. The
table shows median ops per CPU-second and the nodus/node ratio (higher is better).
  bench/url/bench.py [--runs N] [--seconds S] [--nodus BIN] [--node BIN] [filter...]
"""
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    args = benchlib.arguments(runs=3, options=[('--seconds', float, 0.3)])
    node = args.node
    samples = {'nodus': [], 'node': []}
    for _ in range(args.runs):
        for label, binary in (('nodus', args.nodus), ('node', node)):
            out = subprocess.run([binary, os.path.join(HERE, 'cases.js'), str(args.seconds)] +
                                 args.filter, capture_output=True, text=True, check=True)
            samples[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f'url, {args.runs} runs of {args.seconds}s CPU per case, medians (node: {node})')
    print(f'{"case":36} {"nodus ops/s":>13} {"node ops/s":>13} {"ratio":>7}')
    ratios = []
    for name in samples['node'][0]:
        a = statistics.median(s[name] for s in samples['nodus'])
        b = statistics.median(s[name] for s in samples['node'])
        ratios.append(a / b)
        print(f'{name:36} {a:13.0f} {b:13.0f} {a / b:7.2f}', flush=True)
    if ratios:
        print(f'{"geometric mean":36} {"":13} {"":13} {statistics.geometric_mean(ratios):7.2f}')


if __name__ == '__main__':
    main()
